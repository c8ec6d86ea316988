/**
 * Firefox: the values the admin used to copy by hand are captured from the portal replica, in the
 * top document (Knockout) and in a reactblade frame (Fluent UI v9), and shown in the popup; the
 * secret stays in storage.session.
 */
import type { Frame, Page } from 'puppeteer-core';
import { appBladeRoute, overviewRoute } from '../e2e/helpers';
import { seedApp } from '../e2e/checks-helpers';
import { aria, expect, extensionStorage, frameMatching, test, visit } from './fixtures';

interface StoredSetup {
  id: string;
  clientId?: { value: string };
  tenantId?: { value: string };
  spObjectId?: { value: string };
}

const RENDERINGS = [
  { name: 'Knockout, top document', query: 'replicaMode=top' },
  { name: 'Fluent UI v9, reactblade frame', query: 'replicaMode=iframe&replicaRendering=fluent9' },
] as const;

async function bladeOf(page: Page, framed: boolean): Promise<Page | Frame> {
  return framed ? frameMatching(page, /reactblade\.portal\.azure\.net/) : page;
}

for (const rendering of RENDERINGS) {
  test(`captures the client ID, tenant ID and the new secret's Value (${rendering.name})`, async ({ firefox, extensionPage, replicas }) => {
    const framed = rendering.query.includes('iframe');
    const { app } = seedApp(replicas.directory, { path: 'imap', displayName: `Firefox ${rendering.name}` });
    const page = await firefox.newPage();
    await visit(page, `https://portal.azure.com/?${rendering.query}${overviewRoute(app.appId)}`);
    const popup = await extensionPage('popup.html');
    const setupOf = async () => (await extensionStorage<StoredSetup[]>(popup, 'local', 'setups'))?.find((s) => s.clientId?.value === app.appId);
    await expect.poll(async () => (await setupOf())?.tenantId?.value, { timeout: 30_000 }).toBe(app.tenantId);

    // A new secret, added the way the admin does it.
    await page.bringToFront();
    // A route change inside the portal is a fragment navigation (no load event).
    await page.evaluate(
      (hash) => {
        location.hash = hash;
      },
      appBladeRoute(app.appId, 'Credentials'),
    );
    const blade = await bladeOf(page, framed);
    await blade.locator(aria('New client secret', 'button')).click();
    await blade.locator(aria('Description', 'textbox')).fill('ServiceOps mail');
    await blade.locator(aria('Add', 'button')).click();
    await expect.poll(() => app.passwordCredentials.length).toBe(2);
    const created = app.passwordCredentials.at(-1)!;

    const setup = await setupOf();
    await expect
      .poll(async () => (await extensionStorage<Record<string, { value: string }>>(popup, 'session', 'secrets'))?.[setup!.id]?.value, { timeout: 30_000 })
      .toBe(created.secretText);
    // The secret is session-only: storage.local never holds it.
    expect(
      JSON.stringify(
        await popup.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { get(): Promise<unknown> } } } }).browser.storage.local.get()),
      ),
    ).not.toContain(created.secretText);

    // The popup shows what was captured.
    const fresh = await extensionPage('popup.html');
    await expect.poll(() => fresh.$eval(aria('Application (client) ID', 'textbox'), (e) => (e as HTMLInputElement).value).catch(() => '')).toBe(app.appId);
    expect(await fresh.$eval(aria('Directory (tenant) ID', 'textbox'), (e) => (e as HTMLInputElement).value)).toBe(app.tenantId);
  });
}
