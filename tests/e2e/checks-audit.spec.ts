/**
 * Live check 3: the Graph configuration audit, signed in with real msal-browser code through
 * identity.launchWebAuthFlow against the login replica, reading the Graph replica.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONTOSO, FABRIKAM, newSecretText } from '../replicas/directory';
import { registerSignInApp, setLoginAutoApprove } from '../replicas/identity-seed';
import type { Replicas } from '../replicas/server';
import { blockMicrosoft, checkRegion, popupState, seedApp, setSignInClientId, typeValues, type SeededApp } from './checks-helpers';

async function prepareSignIn(replicas: Replicas, serviceWorker: Worker, extensionId: string, autoApprove = true): Promise<string> {
  const signInAppId = registerSignInApp(replicas.directory, { redirectUri: `https://${extensionId}.chromiumapp.org/` });
  setLoginAutoApprove(replicas.directory, autoApprove);
  await setSignInClientId(serviceWorker, signInAppId);
  return signInAppId;
}

/** Clicks "Sign in…" in the popup and returns the audit tab it opens. */
async function startAudit(context: BrowserContext, popup: Page): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('/signin.html'));
  await checkRegion(popup, 'Configuration audit').getByRole('button', { name: 'Sign in and audit the configuration' }).click();
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

function auditItem(page: Page, title: string) {
  return page.getByRole('list', { name: 'Configuration audit' }).getByRole('listitem').filter({ hasText: title });
}

async function finished(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Sign in and audit again' })).toBeVisible({ timeout: 30_000 });
}

async function auditOf(
  context: BrowserContext,
  popup: Page,
  seeded: SeededApp,
  options: { path?: 'imap' | 'mapi'; secret?: string; tenant?: string } = {},
): Promise<Page> {
  await typeValues(
    popup,
    { clientId: seeded.app.appId, tenantId: options.tenant ?? CONTOSO.id, secret: options.secret ?? seeded.secretText },
    options.path ?? 'imap',
  );
  const page = await startAudit(context, popup);
  await finished(page);
  return page;
}

test('sign-in app set in the options; a fully configured IMAP app is all green, in the audit tab and the popup', async ({
  context,
  openPopup,
  openOptions,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  const signInAppId = await prepareSignIn(replicas, serviceWorker, extensionId);
  await setSignInClientId(serviceWorker, undefined);
  const options = await openOptions();
  const section = options.getByRole('region', { name: 'Sign-in app for the configuration audit' });
  await expect(section.getByText(`https://${extensionId}.chromiumapp.org/`)).toBeVisible();
  const field = section.getByRole('textbox', { name: 'Sign-in app (client) ID' });
  await field.fill('not-a-guid');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('alert')).toContainText('Not a GUID');
  await expect(field).toHaveValue('not-a-guid');
  await field.fill(` ${signInAppId.toUpperCase()} `);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');
  await expect(field).toHaveValue(signInAppId);

  const seeded = seedApp(replicas.directory, { path: 'imap' });
  const popup = await openPopup();
  const page = await auditOf(context, popup, seeded);
  await expect(page.getByText(`Everything is configured (signed in as admin@${CONTOSO.domain}).`)).toBeVisible();
  for (const title of [
    'App registration',
    'Allow public client flows',
    'API permissions requested',
    'Admin consent',
    'Client secret',
    'Enterprise application (service principal)',
  ]) {
    await expect(auditItem(page, title)).toHaveClass(/check-ok/);
  }
  await expect(auditItem(page, 'Enterprise application')).toContainText(`Object ID ${seeded.sp.id}`);
  await expect(auditItem(page, 'Client secret')).toContainText(`starts with "${seeded.secretText.slice(0, 3)}"`);
  await expect(auditItem(page, 'Client secret')).toContainText('Valid until');
  // The popup learns the result from storage, without a reload.
  await expect(checkRegion(popup, 'Configuration audit').locator('.check-ok').first()).toHaveText(/Everything is configured/);
  await expect(checkRegion(popup, 'Configuration audit').getByRole('listitem')).toHaveCount(6);
});

test('MAPI: public client flows are not required, and the Enterprise application Object ID is the one for New-ServicePrincipal', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'mapi', publicClient: false });
  const popup = await openPopup();
  const page = await auditOf(context, popup, seeded, { path: 'mapi' });
  await expect(page.getByText(/Everything is configured/)).toBeVisible();
  await expect(auditItem(page, 'Allow public client flows')).toContainText('No (not needed for MAPI/EWS).');
  await expect(auditItem(page, 'Enterprise application')).toContainText(
    `Object ID ${seeded.sp.id} — use this one (not the app registration's Object ID) in New-ServicePrincipal -ObjectId.`,
  );
});

test("the App registration's Object ID entered for New-ServicePrincipal is caught", async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'mapi' });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText }, 'mapi');
  await popup.getByRole('textbox', { name: 'Enterprise application Object ID' }).fill(seeded.app.id);
  await expect.poll(async () => JSON.stringify(await popupState(popup))).toContain(seeded.app.id);
  const page = await startAudit(context, popup);
  await finished(page);
  const item = auditItem(page, 'Enterprise application');
  await expect(item).toHaveClass(/check-error/);
  await expect(item).toContainText(`The Object ID entered (${seeded.app.id}) is the App registration's Object ID; New-ServicePrincipal needs ${seeded.sp.id}.`);
});

test('public client flows off (IMAP) links to the Authentication step', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'imap', publicClient: false });
  const page = await auditOf(context, await openPopup(), seeded);
  const item = auditItem(page, 'Allow public client flows');
  await expect(item).toHaveClass(/check-error/);
  await expect(item).toContainText("No: ServiceOps' mailbox sign-in over IMAP needs it.");
  const link = item.getByRole('link', { name: /^Fix: / });
  await expect(link).toHaveAttribute(
    'href',
    `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/${seeded.app.appId}/isMSAApp~/false`,
  );
  await expect(page.getByText('1 problem found')).toBeVisible();
});

test('admin consent missing', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'mapi', consent: false });
  const page = await auditOf(context, await openPopup(), seeded, { path: 'mapi' });
  const item = auditItem(page, 'Admin consent');
  await expect(item).toHaveClass(/check-error/);
  await expect(item).toContainText('Not granted for: Office 365 Exchange Online full_access_as_app (application)');
  await expect(item.getByRole('link', { name: 'Fix: Grant admin consent' })).toHaveAttribute('href', /\/CallAnAPI\/appId\//);
  await expect(auditItem(page, 'API permissions requested')).toHaveClass(/check-ok/);
});

test('permissions not requested', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'imap', permissions: false });
  const page = await auditOf(context, await openPopup(), seeded);
  await expect(auditItem(page, 'API permissions requested')).toContainText('Missing: Microsoft Graph IMAP.AccessAsUser.All (delegated)');
  await expect(auditItem(page, 'API permissions requested').getByRole('link')).toHaveAttribute('href', /\/CallAnAPI\//);
});

test('app not in the tenant signed in to', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'imap', tenantId: FABRIKAM.id });
  const page = await auditOf(context, await openPopup(), seeded);
  await expect(auditItem(page, 'App registration')).toContainText(`The app is not in this tenant: no app registration with client ID ${seeded.app.appId}`);
  await expect(page.getByRole('list', { name: 'Configuration audit' }).getByRole('listitem')).toHaveCount(1);
});

test("expired secret, and a secret that is not one of the app's", async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'imap', secretExpiresInDays: -3 });
  const popup = await openPopup();
  const page = await auditOf(context, popup, seeded);
  await expect(auditItem(page, 'Client secret')).toHaveClass(/check-error/);
  await expect(auditItem(page, 'Client secret')).toContainText('The secret expired on');
  await expect(auditItem(page, 'Client secret').getByRole('link', { name: 'Fix: Create a client secret' })).toBeVisible();

  let other = newSecretText();
  while (other.slice(0, 3) === seeded.secretText.slice(0, 3)) other = newSecretText();
  await page.close();
  const second = await auditOf(context, popup, seeded, { secret: other });
  await expect(auditItem(second, 'Client secret')).toContainText(`None of the app's 1 secret(s) starts with "${other.slice(0, 3)}"`);
});

test('without a sign-in app the audit says what to set, and the popup points to the options', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  await setSignInClientId(serviceWorker, undefined);
  const seeded = seedApp(replicas.directory, { path: 'imap' });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  await expect(checkRegion(popup, 'Configuration audit')).toContainText('Needs a sign-in app: set "Sign-in app (client) ID" in the options.');
  await expect(checkRegion(popup, 'Configuration audit').getByRole('button', { name: 'Options' })).toBeVisible();
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/signin.html`);
  await expect(page.getByRole('alert')).toContainText('The sign-in app (client) ID is not set.');
  await expect(page.getByRole('button', { name: 'Sign in and audit' })).toBeDisabled();
});

test("interactive sign-in: the admin picks the account on Microsoft's page", async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId, false);
  const seeded = seedApp(replicas.directory, { path: 'imap' });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  const loginPage = context.waitForEvent('page', (p) => p.url().startsWith('https://login.microsoftonline.com/'));
  const page = await startAudit(context, popup);
  const login = await loginPage;
  await login.getByRole('button', { name: new RegExp(`admin@${CONTOSO.domain}`) }).click();
  await finished(page);
  await expect(page.getByText(/Everything is configured/)).toBeVisible();
});

test('offline: the audit ends with a clear message instead of hanging', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  await prepareSignIn(replicas, serviceWorker, extensionId);
  const seeded = seedApp(replicas.directory, { path: 'imap' });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  await blockMicrosoft(serviceWorker, true);
  const page = await startAudit(context, popup);
  await finished(page);
  await expect(page.locator('.check-warning')).toContainText('Microsoft could not be reached');
  await expect(checkRegion(popup, 'Configuration audit').locator('.check-warning')).toContainText('Microsoft could not be reached');
});
