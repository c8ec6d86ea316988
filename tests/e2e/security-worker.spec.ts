/**
 * SECURITY.md, "Where each value lives": the service worker holds nothing that matters in
 * memory. Stopped mid-flow (as Chrome does after ~30 s idle), it loses no captured ID and no
 * progress; the secret lives in storage.session, so it survives a worker restart but not its
 * idle limit, and not a browser restart.
 */
import type { Locator, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { appBladeRoute, openPortalPane, portalUrl } from './helpers';
import { popupState, seedApp } from './checks-helpers';
import { launchBrowser, E2E_BUILD } from './launch';
import { currentWorker, stopServiceWorker } from './security-helpers';

interface StoredSetup {
  id: string;
  clientId?: { value: string };
  tenantId?: { value: string };
  appObjectId?: { value: string };
  spObjectId?: { value: string };
  secretMeta?: { keyId?: string };
  progress: Record<string, unknown>;
}

async function press(target: Locator): Promise<void> {
  await target.waitFor();
  await target.dispatchEvent('click');
}

async function setupOf(popup: Page, appId: string): Promise<StoredSetup | undefined> {
  return ((await popupState(popup))?.setups as StoredSetup[] | undefined)?.find((s) => s.clientId?.value === appId);
}

/** Marks the running worker's memory: a fresh worker does not have the mark. */
async function mark(worker: Worker): Promise<void> {
  await worker.evaluate(() => ((globalThis as unknown as { __securityMark?: boolean }).__securityMark = true));
}
async function marked(worker: Worker): Promise<boolean> {
  return worker.evaluate(() => (globalThis as unknown as { __securityMark?: boolean }).__securityMark === true);
}

test('a worker stopped mid-flow loses no captured ID, no progress and not the secret', async ({ context, replicas, openPopup, serviceWorker, extensionId }) => {
  const { app, sp } = seedApp(replicas.directory, { path: 'imap', displayName: 'Worker restarts' });
  app.passwordCredentials = [];
  const portal = await context.newPage();
  await portal.goto(portalUrl(appBladeRoute(app.appId, 'Overview')));
  const popup = await openPopup();
  await expect.poll(async () => (await setupOf(popup, app.appId))?.tenantId?.value, { timeout: 20_000 }).toBe(app.tenantId);
  // The checklist marks the IDs step done right after the capture: take the picture once it has.
  await expect.poll(async () => Object.keys((await setupOf(popup, app.appId))?.progress ?? {}).includes('copy-ids'), { timeout: 20_000 }).toBe(true);
  const afterOverview = await setupOf(popup, app.appId);

  // 1. Stop the worker between the Overview and the secret.
  await mark(serviceWorker);
  await stopServiceWorker(context, extensionId);
  const second = await currentWorker(context, popup);
  expect(await marked(second), 'a new worker, with empty memory').toBe(false);
  expect(await setupOf(popup, app.appId)).toEqual(afterOverview);

  // 2. The admin goes on: the Enterprise app, then a new secret (each report wakes the worker).
  await portal.bringToFront();
  await press(portal.locator('#web-container a[href*="ManagedAppMenuBlade"]'));
  await expect.poll(async () => (await setupOf(popup, app.appId))?.spObjectId?.value, { timeout: 20_000 }).toBe(sp.id);
  await portal.evaluate((h) => (location.hash = h), appBladeRoute(app.appId, 'Credentials'));
  await mark(await currentWorker(context, popup));
  await stopServiceWorker(context, extensionId);
  const blade = portal.locator('#web-container');
  await press(blade.getByRole('button', { name: 'New client secret', exact: true }));
  await openPortalPane(blade).getByLabel('Description').fill('after a restart');
  await press(openPortalPane(blade).getByRole('button', { name: 'Add', exact: true }));
  await expect.poll(() => app.passwordCredentials.length).toBe(1);
  const created = app.passwordCredentials[0];
  if (!created) throw new Error('no secret');
  await expect.poll(async () => (await setupOf(popup, app.appId))?.secretMeta?.keyId, { timeout: 20_000 }).toBe(created.keyId);

  // 3. Stop it once more: everything is still there, the secret included (storage.session).
  const before = await setupOf(popup, app.appId);
  const third = await currentWorker(context, popup);
  await mark(third);
  await stopServiceWorker(context, extensionId);
  expect(await marked(await currentWorker(context, popup))).toBe(false);
  const after = await setupOf(popup, app.appId);
  expect(after).toEqual(before);
  expect(after).toMatchObject({
    clientId: { value: app.appId },
    tenantId: { value: app.tenantId },
    appObjectId: { value: app.id },
    spObjectId: { value: sp.id },
  });
  // Progress detected so far (e.g. the app registered, the secret created) is kept as well.
  expect(after?.progress).toEqual(before?.progress);
  await popup.reload();
  await expect(popup.getByLabel('Client secret', { exact: true })).toHaveValue(created.secretText);
});

test('the idle sweep alarm drops the secret at its idle limit, across worker restarts, with no page asking', async ({ context, openPopup, extensionId }) => {
  // The alarm runs once a minute: waiting for it is the point of this test.
  test.setTimeout(150_000);
  const popup = await openPopup();
  await popup.getByRole('textbox', { name: 'Application (client) ID' }).fill('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  await popup.getByLabel('Client secret', { exact: true }).fill('abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa');
  await expect.poll(async () => (await popupState(popup))?.secret?.length).toBe(40);
  // From here on no page may ask for the state (get-state drops an idle secret on its own, lazily):
  // the popup's requests are recorded, and no portal page is open to sync a checklist.
  await popup.evaluate(() => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(...args: unknown[]): unknown } } }).chrome;
    const sent: string[] = [];
    (globalThis as unknown as { __sent: string[] }).__sent = sent;
    const original = c.runtime.sendMessage.bind(c.runtime);
    c.runtime.sendMessage = (...args: unknown[]) => {
      sent.push(String((args[0] as { type?: unknown } | undefined)?.type));
      return original(...args);
    };
  });
  type Chrome = {
    storage: Record<'local' | 'session', { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> }>;
    alarms: { get(name: string): Promise<{ scheduledTime: number; periodInMinutes?: number } | undefined> };
  };
  const held = (w: Worker) =>
    w.evaluate(async () => Object.keys((await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get('secrets')).secrets ?? {}));
  const alarm = (w: Worker) => w.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.get('secret-idle-check'));

  // Time passes: the admin allows 1 idle minute, and the secret was last touched 2 minutes ago.
  const worker = await currentWorker(context, popup);
  await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    await c.storage.local.set({ settings: { secretIdleMinutes: 1, keepSecretAfterFill: false } });
    const { secrets } = (await c.storage.session.get('secrets')) as { secrets: Record<string, { touchedAt: number; capturedAt: number }> };
    for (const s of Object.values(secrets)) s.touchedAt = s.capturedAt = Date.now() - 2 * 60_000;
    await c.storage.session.set({ secrets });
  });
  const before = await alarm(worker);
  expect(before?.periodInMinutes).toBe(1);

  // A worker restart leaves the alarm where it was (re-creating it would push its run a minute out),
  // and neither the restart nor waking the worker drops the secret: only the alarm may.
  await mark(worker);
  await stopServiceWorker(context, extensionId);
  const restarted = await currentWorker(context, popup);
  expect(await marked(restarted), 'a new worker').toBe(false);
  const after = await alarm(restarted);
  if (after && before && after.scheduledTime !== before.scheduledTime) {
    // The alarm may have run in between: then it is exactly one period later, never re-created.
    expect(Math.abs(after.scheduledTime - before.scheduledTime - 60_000)).toBeLessThan(1000);
  } else {
    expect(after?.scheduledTime).toBe(before?.scheduledTime);
    expect(await held(restarted), 'nothing but the alarm drops the idle secret').toHaveLength(1);
  }

  await expect.poll(async () => held(context.serviceWorkers().at(-1) ?? restarted), { timeout: 90_000, intervals: [1000] }).toEqual([]);
  expect(await popup.evaluate(() => (globalThis as unknown as { __sent: string[] }).__sent)).not.toContain('get-state');
  const left = await (
    await currentWorker(context, popup)
  ).evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(null)));
  expect(left).not.toContain('abc8Q~Xy12');
});

test('a browser restart keeps the IDs and drops the secret', async ({ context, openPopup, userDataDir, replicas }) => {
  const popup = await openPopup();
  const clientId = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
  const secret = 'abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa';
  await popup.getByRole('textbox', { name: 'Application (client) ID' }).fill(clientId);
  await popup.getByLabel('Client secret', { exact: true }).fill(secret);
  await expect.poll(async () => (await popupState(popup))?.secret?.length).toBe(secret.length);
  await context.close();

  const again = await launchBrowser({ hostResolverRules: replicas.hostResolverRules, extensionDir: E2E_BUILD, userDataDir });
  try {
    const page = await again.context.newPage();
    await page.goto(`chrome-extension://${again.extensionId}/popup.html`);
    await expect(page.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(clientId);
    await expect(page.getByLabel('Client secret', { exact: true })).toHaveValue('');
    expect((await popupState(page))?.secret?.length).toBeUndefined();
  } finally {
    await again.context.close();
  }
});
