/**
 * SECURITY.md, "Where each value lives": after a full run — capture on the portal, both live
 * checks, the inline fill on ServiceOps — the client secret (as is, base64, URL-encoded, UTF-8
 * or UTF-16) is in no console line of any context and nowhere in the browser profile on disk.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { appBladeRoute, openPortalPane, portalUrl } from './helpers';
import { InlineButton, listUrl, openAddDrawer } from './fill-helpers';
import { popupState, runCheck, seedApp } from './checks-helpers';
import { ConsoleRecorder, currentWorker, logFromContentScript } from './security-helpers';
import { scanProfile } from './profile-scan';

async function press(target: Locator): Promise<void> {
  await target.waitFor();
  await target.dispatchEvent('click');
}

interface StoredSetup {
  id: string;
  clientId?: { value: string };
  tenantId?: { value: string };
  secretMeta?: { keyId?: string };
}

async function setups(popup: Page): Promise<StoredSetup[]> {
  return (await popupState(popup))?.setups ?? [];
}

test('a full run (capture, checks, fill) leaves the secret in no console output and nowhere in the profile on disk', async ({
  context,
  replicas,
  openPopup,
  userDataDir,
  extensionId,
}) => {
  test.setTimeout(150_000);
  const consoles = new ConsoleRecorder(context);
  const dir = replicas.directory;
  // Registered with the IMAP permissions and consent, but no secret yet: the admin adds it in the portal.
  const { app } = seedApp(dir, { path: 'imap', displayName: 'Security full run' });
  app.passwordCredentials = [];

  // 1. Capture: Overview (IDs), then a new secret on Certificates & secrets.
  const portal = await context.newPage();
  await portal.goto(portalUrl(appBladeRoute(app.appId, 'Overview')));
  const popup = await openPopup();
  await expect.poll(async () => (await setups(popup)).find((s) => s.clientId?.value === app.appId)?.tenantId?.value, { timeout: 20_000 }).toBe(app.tenantId);
  await portal.bringToFront();
  await portal.evaluate((h) => (location.hash = h), appBladeRoute(app.appId, 'Credentials'));
  const blade = portal.locator('#web-container');
  await press(blade.getByRole('button', { name: 'New client secret', exact: true }));
  await openPortalPane(blade).getByLabel('Description').fill('ServiceOps mail');
  await press(openPortalPane(blade).getByRole('button', { name: 'Add', exact: true }));
  await expect.poll(() => app.passwordCredentials.length).toBe(1);
  const created = app.passwordCredentials[0];
  if (!created) throw new Error('no secret created');
  const secret = created.secretText;
  await expect.poll(async () => (await setups(popup)).find((s) => s.clientId?.value === app.appId)?.secretMeta?.keyId, { timeout: 20_000 }).toBe(created.keyId);
  await expect.poll(async () => (await popupState(popup))?.secret?.length).toBe(secret.length);

  // 2. Validation: tenant discovery and a real token request with the captured secret.
  await popup.reload();
  await expect(popup.getByLabel('Client secret', { exact: true })).toHaveValue(secret);
  expect(await runCheck(popup, 'Tenant exists')).toContain(app.tenantId);
  expect(await runCheck(popup, 'Secret works')).toContain('The secret works');

  // 3. Fill: the inline button on ServiceOps 8.1, after a real click.
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  const dialog = so.getByRole('dialog');
  const inline = new InlineButton(so);
  await inline.click();
  await inline.says('Filled from your Azure setup');
  await expect(dialog.getByLabel('Client Secret')).toHaveValue(secret);
  await expect.poll(async () => (await popupState(popup))?.secret?.length).toBeUndefined();

  // Positive controls: the recorder hears every context the secret went through. A line logged in the
  // worker, in a page, and in the content-script worlds of the portal tab (the sensor) and of the
  // ServiceOps tab (the fill) is each recorded, from where it was logged.
  const worker = await currentWorker(context, popup);
  await worker.evaluate(() => console.log('recorder-control-worker'));
  await so.evaluate(() => console.log('recorder-control-page'));
  await logFromContentScript(context, portal, extensionId, 'recorder-control-portal-content-script');
  await logFromContentScript(context, so, extensionId, 'recorder-control-serviceops-content-script');
  const heard = (text: string, source: RegExp) => consoles.lines.some((l) => l.text.includes(text) && source.test(l.source));
  await expect.poll(() => heard('recorder-control-worker', /^worker/), 'the worker').toBe(true);
  await expect.poll(() => heard('recorder-control-page', /^(page|cdp) https:\/\/serviceops\.test\//), 'a page').toBe(true);
  await expect.poll(() => heard('recorder-control-portal-content-script', /^cdp https:\/\/portal\.azure\.com\//), 'the portal content script').toBe(true);
  await expect.poll(() => heard('recorder-control-serviceops-content-script', /^cdp https:\/\/serviceops\.test\//), 'the ServiceOps content script').toBe(true);

  const leaked = await consoles.linesWith([secret]);
  expect(leaked, 'console lines that carry the secret').toEqual([]);

  // 4. Disk: close the browser so it writes everything it keeps, then read the whole profile.
  await context.close();
  const scan = await scanProfile(userDataDir, [secret]);
  expect(scan.hits, 'profile files that carry the secret').toEqual([]);
  // Positive control: the client ID, which storage.local keeps by design, is found by the same scan.
  const control = await scanProfile(userDataDir, [app.appId]);
  expect(control.hits.length, 'the scan finds what the extension does store').toBeGreaterThan(0);
  expect(scan.tables + scan.logs, 'LevelDB files were decoded').toBeGreaterThan(0);
});
