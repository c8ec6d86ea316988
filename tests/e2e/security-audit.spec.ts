/**
 * SECURITY.md, "Where each value lives": the Graph audit's sign-in (msal in an extension page)
 * leaves no token and no secret in any console or on disk. Chromium persists an extension page's
 * sessionStorage (where msal keeps its cache) to the profile for session restore, so "wiped after
 * sign-in" must hold before the browser writes it.
 */
import { test, expect } from './fixtures';
import { CONTOSO } from '../replicas/directory';
import { registerSignInApp, setLoginAutoApprove } from '../replicas/identity-seed';
import { loginState } from '../replicas/identity-tokens';
import { checkRegion, seedApp, setSignInClientId, typeValues } from './checks-helpers';
import { ConsoleRecorder } from './security-helpers';
import { scanProfile } from './profile-scan';

/** Base64url of a JWT header that starts {"typ":"JWT", as every token the login replica signs. */
const JWT_HEADER = 'eyJ0eXAiOiJKV1Qi';

test('the audit sign-in leaves no token and no secret in any console or on disk', async ({
  context,
  replicas,
  serviceWorker,
  extensionId,
  openPopup,
  userDataDir,
}) => {
  const consoles = new ConsoleRecorder(context);
  const signInAppId = registerSignInApp(replicas.directory, { redirectUri: `https://${extensionId}.chromiumapp.org/` });
  setLoginAutoApprove(replicas.directory, true);
  await setSignInClientId(serviceWorker, signInAppId);
  const seeded = seedApp(replicas.directory, { path: 'imap' });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  const opened = context.waitForEvent('page', (p) => p.url().includes('/signin.html'));
  await checkRegion(popup, 'Configuration audit').getByRole('button', { name: 'Sign in and audit the configuration' }).click();
  const audit = await opened;
  await expect(audit.getByRole('button', { name: 'Sign in and audit again' })).toBeVisible({ timeout: 30_000 });
  await expect(audit.getByText(/Everything is configured/)).toBeVisible();

  // The sign-in really issued tokens (positive control), which are what must not stay behind.
  const refreshTokens = [...loginState(replicas.directory).refreshTokens.keys()];
  expect(refreshTokens.length).toBeGreaterThan(0);
  const leaked = await consoles.linesWith([seeded.secretText, ...refreshTokens, JWT_HEADER]);
  expect(leaked, 'console lines with a token or the secret').toEqual([]);

  await context.close();
  const scan = await scanProfile(userDataDir, [seeded.secretText, ...refreshTokens, JWT_HEADER]);
  expect(scan.hits, 'profile files with a token or the secret').toEqual([]);
});
