/**
 * Secret expiry and rotation, end to end: the Graph audit dates the secret, the worker warns
 * (badge and notification, from the alarm), the popup offers "Rotate secret", and the rotation
 * page creates a new secret through the Graph replica, checks it at the login replica, fills the
 * same ServiceOps server and deletes the old secret only after the admin confirms.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONTOSO } from '../replicas/directory';
import { setGraphSwitches } from '../replicas/graph/switches';
import { registerSignInApp, setLoginAutoApprove } from '../replicas/identity-seed';
import { checkRegion, seedApp, setSignInClientId, typeValues } from './checks-helpers';
import { completeAndSave, listUrl, openAddDrawer } from './fill-helpers';
import { openPortalPane } from './helpers';

interface WorkerChrome {
  action: { getBadgeText(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
}
const badge = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({}));

async function openServiceOpsForm(context: BrowserContext): Promise<Page> {
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  return so;
}

test('a secret 6 days from its end: warned once, rotated through Graph into the same ServiceOps server, the old one deleted after confirmation', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const signInAppId = registerSignInApp(replicas.directory, { redirectUri: `https://${extensionId}.chromiumapp.org/` });
  setLoginAutoApprove(replicas.directory, true);
  await setSignInClientId(serviceWorker, signInAppId);
  const seeded = seedApp(replicas.directory, { path: 'imap', secretExpiresInDays: 6 });

  // Filled into ServiceOps once, with the secret that is about to expire.
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  let so = await openServiceOpsForm(context);
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup.locator('.results')).toContainText('Filled', { timeout: 20_000 });
  await so.bringToFront();
  await completeAndSave(so);

  // The audit reads the secret's end from Graph: the worker warns at once.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/signin.html'));
  await popup.bringToFront();
  await checkRegion(popup, 'Configuration audit').getByRole('button', { name: 'Sign in and audit the configuration' }).click();
  const audit = await opened;
  await expect(audit.getByRole('button', { name: 'Sign in and audit again' })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => badge(serviceWorker), { timeout: 10_000 }).toBe('6d');
  // The notification is created after the badge is set: wait for it, then it stays the only one.
  const notes = () => serviceWorker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.getAll()));
  await expect.poll(notes, { timeout: 10_000 }).toHaveLength(1);
  expect(await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.alarms.get('secret-expiry-check'))).toMatchObject({
    periodInMinutes: 60,
  });

  // The popup shows the date and offers the rotation.
  const popup2 = await openPopup();
  await expect(popup2.getByText(/^Secret expires on .*\. 6 days left\.$/)).toBeVisible();
  await expect(popup2.getByText('Filled into ServiceOps at serviceops.test.')).toBeVisible();
  const rotating = context.waitForEvent('page', (p) => p.url().includes('/rotate.html'));
  await popup2.getByRole('button', { name: 'Rotate secret' }).click();
  const rotate = await rotating;
  await expect(rotate.getByRole('heading', { name: 'Rotate the client secret' })).toBeVisible();
  await expect(rotate.getByRole('button', { name: 'Delete old secret' })).toHaveCount(0);

  await rotate.getByRole('button', { name: 'Create new secret with Microsoft Graph' }).click();
  await expect(rotate.getByText(/^New secret: it starts with/)).toBeVisible({ timeout: 30_000 });
  expect(replicas.directory.applications.find((a) => a.appId === seeded.app.appId)?.passwordCredentials).toHaveLength(2);
  // The new secret ends in 180 days: the badge clears.
  await expect.poll(() => badge(serviceWorker)).toBe('');

  await rotate.getByRole('button', { name: 'Check the new secret' }).click();
  await expect(rotate.getByText('Microsoft accepts the new secret.')).toBeVisible({ timeout: 20_000 });
  await expect(rotate.getByRole('button', { name: 'Delete old secret' })).toHaveCount(0);

  so = await openServiceOpsForm(context);
  await rotate.bringToFront();
  await rotate.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(rotate.getByText('Filled. Review the form and save it in ServiceOps.')).toBeVisible({ timeout: 20_000 });
  await so.bringToFront();
  const saved = await completeAndSave(so);
  const fresh = replicas.directory.applications.find((a) => a.appId === seeded.app.appId)?.passwordCredentials.find((c) => c.keyId !== seeded.keyId);
  expect(saved.clientSecret).toBe(fresh?.secretText);

  await rotate.bringToFront();
  await expect(rotate.getByRole('button', { name: 'Delete old secret' })).toHaveCount(0);
  await rotate.getByRole('checkbox', { name: /ServiceOps works with the new secret/ }).check();
  await rotate.getByRole('button', { name: 'Delete old secret' }).click();
  await expect(rotate.getByRole('status')).toHaveText('Rotation done: ServiceOps uses the new secret and the old one is gone.', { timeout: 20_000 });
  const left = replicas.directory.applications.find((a) => a.appId === seeded.app.appId)?.passwordCredentials ?? [];
  expect(left.map((c) => c.keyId)).toEqual([fresh?.keyId]);
});

test('a tenant whose policy allows 90 days: the 180-day secret is refused with the reason, a 90-day one is created', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const signInAppId = registerSignInApp(replicas.directory, { redirectUri: `https://${extensionId}.chromiumapp.org/` });
  setLoginAutoApprove(replicas.directory, true);
  await setSignInClientId(serviceWorker, signInAppId);
  setGraphSwitches(replicas.directory, CONTOSO.id, { passwordMaxLifetime: 'P90D' });
  const seeded = seedApp(replicas.directory, { path: 'mapi', secretExpiresInDays: 20 });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText }, 'mapi');
  const rotating = context.waitForEvent('page', (p) => p.url().includes('/rotate.html'));
  await popup.getByRole('button', { name: 'Rotate secret' }).click();
  const rotate = await rotating;
  await rotate.getByRole('button', { name: 'Create new secret with Microsoft Graph' }).click();
  await expect(rotate.getByText(/app management policy allows client secrets a shorter life than you chose/)).toBeVisible({ timeout: 30_000 });
  await rotate.getByRole('combobox', { name: 'Expires after' }).selectOption('90');
  await rotate.getByRole('button', { name: 'Create new secret with Microsoft Graph' }).click();
  await expect(rotate.getByText(/^New secret: it starts with/)).toBeVisible({ timeout: 30_000 });
  const creds = replicas.directory.applications.find((a) => a.appId === seeded.app.appId)?.passwordCredentials ?? [];
  expect(creds).toHaveLength(2);
  const fresh = creds.find((c) => c.keyId !== seeded.keyId);
  expect(Date.parse(fresh?.endDateTime ?? '') - Date.now()).toBeGreaterThan(89 * 86_400_000);
  expect(Date.parse(fresh?.endDateTime ?? '') - Date.now()).toBeLessThanOrEqual(90 * 86_400_000);
});

test('without a sign-in app: the new secret is created in the portal and captured, and the old one is deleted there by hand', async ({
  context,
  openPopup,
  replicas,
}) => {
  test.setTimeout(120_000);
  const seeded = seedApp(replicas.directory, { path: 'imap', secretExpiresInDays: 25 });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  const rotating = context.waitForEvent('page', (p) => p.url().includes('/rotate.html'));
  await popup.getByRole('button', { name: 'Rotate secret' }).click();
  const rotate = await rotating;
  await rotate.getByRole('button', { name: 'Create new secret with Microsoft Graph' }).click();
  await expect(rotate.getByText(/needs a sign-in app/)).toBeVisible();

  // Certificates & secrets in the portal, as the rotation page links it: the sensor captures the new Value.
  const portal = await context.newPage();
  await portal.goto(`https://portal.azure.com/?replicaMode=top#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${seeded.app.appId}`);
  const blade = portal.locator('#web-container');
  await blade.getByRole('button', { name: 'New client secret', exact: true }).dispatchEvent('click');
  const pane = openPortalPane(blade);
  await pane.getByLabel('Description').fill('ServiceOps rotated');
  await pane.getByRole('button', { name: 'Add', exact: true }).dispatchEvent('click');
  await expect.poll(() => seeded.app.passwordCredentials.length).toBe(2);

  await rotate.bringToFront();
  await expect(rotate.getByText(/^New secret: it starts with/)).toBeVisible({ timeout: 20_000 });
  await rotate.getByRole('button', { name: 'Check the new secret' }).click();
  await expect(rotate.getByText('Microsoft accepts the new secret.')).toBeVisible({ timeout: 20_000 });
  const so = await openServiceOpsForm(context);
  await rotate.bringToFront();
  await rotate.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(rotate.getByText('Filled. Review the form and save it in ServiceOps.')).toBeVisible({ timeout: 20_000 });
  await so.bringToFront();
  const saved = await completeAndSave(so);
  expect(saved.clientSecret).toBe(seeded.app.passwordCredentials.find((c) => c.displayName === 'ServiceOps rotated')?.secretText);

  await rotate.bringToFront();
  await rotate.getByRole('checkbox', { name: /ServiceOps works with the new secret/ }).check();
  // The helper never knew which secret ServiceOps used before: it says so and leaves the deletion to the admin.
  await expect(rotate.getByText(/delete the secret ServiceOps used before/)).toBeVisible();
  await rotate.getByRole('button', { name: 'I deleted it in the portal' }).click();
  await expect(rotate.getByRole('status')).toHaveText('Rotation done: ServiceOps uses the new secret and the old one is gone.');
  expect(seeded.app.passwordCredentials).toHaveLength(2);
});
