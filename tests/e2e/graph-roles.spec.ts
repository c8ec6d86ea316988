/**
 * "Set it up for me" by someone who may not consent, and in a tenant whose app management policy
 * limits secrets: the role that is missing is named with the portal step, what was made stays
 * usable with a hand-off for the admin who may consent, and a secret is shortened to the policy
 * or refused with an explanation.
 */
import { test, expect } from './fixtures';
import { CONTOSO } from '../replicas/directory';
import { setGraphSwitches } from '../replicas/graph/switches';
import { createAgain, createRegion, emptyTenant, startCreation, waitForCreation } from './graph-helpers';

const DAY = 86_400_000;

test('a plain member: app, secret and Enterprise application made, consent refused with the role named, a hand-off, and done once an admin consented', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(150_000);
  // The organization consented the sign-in app's write scopes; the member's own roles still limit him.
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId, { user: 'member', consentWrite: true });
  const popup = await openPopup();
  const signin = await startCreation(context, popup, { path: 'imap', name: 'Member made' });
  const alert = signin.getByRole('alert');
  await expect(alert).toContainText(
    'Microsoft refused "Admin consent (delegated permissions)": it needs the role Cloud Application Administrator or Application Administrator.',
    { timeout: 60_000 },
  );
  await expect(alert).toContainText('By hand in the Azure portal:');

  // Usable partial state: one app with its secret and Enterprise application, no consent yet.
  expect(tenant.apps()).toHaveLength(1);
  const app = tenant.apps()[0]!;
  expect(app.passwordCredentials).toHaveLength(1);
  expect(tenant.servicePrincipals()).toHaveLength(1);
  expect(replicas.directory.grants.some((g) => g.clientId === tenant.servicePrincipals()[0]?.id)).toBe(false);
  await expect(signin.getByRole('heading', { name: 'Made so far, and how to remove it if you do not finish' })).toBeVisible();
  const handOff = signin.getByRole('textbox', { name: 'Hand-off text' });
  await expect(handOff).toHaveValue(new RegExp(`https://login\\.microsoftonline\\.com/${CONTOSO.id}/adminconsent\\?client_id=${app.appId}`));
  await expect(handOff).toHaveValue(/New-ServicePrincipal/);

  // The admin who may consent does it (as the hand-off's link would): a check finds it and finishes.
  replicas.directory.grantAdminConsent(app);
  const popup2 = await openPopup();
  await createRegion(popup2).getByRole('button', { name: 'Check consent again' }).click();
  await expect(createRegion(popup2)).toContainText('Done: the app registration "Member made" exists', { timeout: 60_000 });
  expect(tenant.apps()).toHaveLength(1);
  await expect(popup2.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(app.appId);
});

test('a 90-day secret policy: a shorter secret when the admin accepts one', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  test.setTimeout(120_000);
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
  setGraphSwitches(replicas.directory, CONTOSO.id, { passwordMaxLifetime: 'P90D' });
  const signin = await startCreation(context, await openPopup(), { path: 'imap', name: 'Policy shorter', lifetimeDays: 180, allowShorter: true });
  await waitForCreation(signin, 'Policy shorter');
  const secret = tenant.apps()[0]?.passwordCredentials[0];
  const days = (Date.parse(secret!.endDateTime) - Date.parse(secret!.startDateTime)) / DAY;
  expect(days).toBeLessThanOrEqual(90);
  await expect(signin.getByText(`The secret lives ${Math.round(days)} days, the longest your organization's policy allowed.`)).toBeVisible();
});

test('a 90-day secret policy: refused with an explanation when the admin did not accept a shorter one; the app is kept and a shorter choice finishes it', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(150_000);
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
  setGraphSwitches(replicas.directory, CONTOSO.id, { passwordMaxLifetime: 'P90D' });
  const popup = await openPopup();
  const signin = await startCreation(context, popup, { path: 'imap', name: 'Policy refused', lifetimeDays: 180 });
  await expect(signin.getByRole('alert')).toContainText("Your organization's app management policy allows client secrets a shorter life than 180 days.", {
    timeout: 60_000,
  });
  expect(tenant.apps()).toHaveLength(1);
  expect(tenant.apps()[0]?.passwordCredentials).toHaveLength(0);

  await createRegion(popup).getByRole('spinbutton', { name: 'Secret lifetime (days)' }).fill('60');
  const again = await createAgain(context, popup);
  await waitForCreation(again, 'Policy refused');
  expect(tenant.apps()).toHaveLength(1);
  const secret = tenant.apps()[0]!.passwordCredentials[0]!;
  expect(Math.round((Date.parse(secret.endDateTime) - Date.parse(secret.startDateTime)) / DAY)).toBe(60);
});
