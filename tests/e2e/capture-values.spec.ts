/**
 * The values the admin used to copy by hand are captured from the portal replica,
 * exactly, in both hosting modes, on both hosts, in English and German; the Secret ID is
 * refused; and the secret never reaches the browser profile on disk.
 */
import type { FrameLocator, Locator, Page, Worker } from '@playwright/test';
import type { Application } from '../replicas/directory';
import { test, expect } from './fixtures';
import { openPortalPane } from './helpers';
import { scanProfile } from './profile-scan';

type Mode = 'top' | 'iframe';
type Lang = 'en' | 'de';

const TEXT = {
  en: { newSecret: 'New client secret', description: 'Description', add: 'Add', register: 'Register' },
  de: { newSecret: 'Neuer geheimer Clientschlüssel', description: 'Beschreibung', add: 'Hinzufügen', register: 'Registrieren' },
} as const;

const appRoute = (section: string, appId: string) =>
  `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}${section === 'Overview' ? '/isMSAApp~/false' : ''}`;
const CREATE = '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false';

interface StoredSetup {
  id: string;
  clientId?: { value: string; provenance: { source: string; detail: string } };
  tenantId?: { value: string };
  appObjectId?: { value: string };
  spObjectId?: { value: string; provenance: { detail: string } };
  secretMeta?: { description?: string; expires?: string; keyId?: string };
  secretMaskedAt?: number;
  knownSecretIds?: string[];
}

type ChromeLike = { storage: { local: { get(k: string): Promise<Record<string, unknown>> }; session: { get(k: string): Promise<Record<string, unknown>> } } };

async function setupFor(sw: Worker, appId: string): Promise<StoredSetup | undefined> {
  const setups = await sw.evaluate(
    async () => (await (globalThis as unknown as { chrome: ChromeLike }).chrome.storage.local.get('setups')).setups as StoredSetup[] | undefined,
  );
  return setups?.find((s) => s.clientId?.value === appId);
}

async function secretFor(sw: Worker, setupId: string): Promise<string | undefined> {
  const all = await sw.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: ChromeLike }).chrome.storage.session.get('secrets')).secrets as Record<string, { value: string }> | undefined,
  );
  return all?.[setupId]?.value;
}

/** The portal's own content (not the extension's guidance panel, which has buttons of its own). */
function blade(page: Page, mode: Mode): Locator | FrameLocator {
  return mode === 'iframe' ? page.frameLocator('iframe[name="ReactView"]') : page.locator('#web-container');
}

/**
 * Clicks by dispatching on the element: capture must work whether or not the guidance panel is
 * open, and the panel may cover part of the portal at the test's viewport size.
 */
async function press(target: Locator): Promise<void> {
  await target.waitFor();
  await target.dispatchEvent('click');
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
}

const COMBOS: { host: string; mode: Mode; lang: Lang }[] = [
  { host: 'portal.azure.com', mode: 'top', lang: 'en' },
  { host: 'portal.azure.com', mode: 'iframe', lang: 'de' },
  { host: 'entra.microsoft.com', mode: 'top', lang: 'de' },
  { host: 'entra.microsoft.com', mode: 'iframe', lang: 'en' },
];

for (const { host, mode, lang } of COMBOS) {
  test(`captures client ID, tenant ID, Enterprise app Object ID and the new secret's Value on ${host} (${mode}, ${lang})`, async ({
    context,
    replicas,
    serviceWorker,
    openPopup,
    userDataDir,
  }) => {
    const dir = replicas.directory;
    const t = TEXT[lang];
    const name = `Mail ${host} ${mode} ${lang}`;

    // Create the app in the portal, as the admin does.
    const page = await context.newPage();
    await page.goto(`https://${host}/?replicaMode=${mode}&replicaLang=${lang}${CREATE}`);
    await blade(page, mode).getByRole('textbox', { name: 'Name' }).fill(name);
    await press(blade(page, mode).getByRole('button', { name: t.register, exact: true }));
    await expect.poll(() => dir.applications.find((a) => a.displayName === name)?.appId).toBeTruthy();
    const app = dir.applications.find((a) => a.displayName === name) as Application;
    // An older secret, created before this visit: its row shows masked, above the new one.
    const older = dir.addPassword(app, { displayName: 'older', endDateTime: new Date(Date.now() + 30 * 86_400_000).toISOString() });

    // Overview: client ID (route and Essentials agree), tenant ID, App registration Object ID.
    await expect(page).toHaveURL(new RegExp(`appId/${app.appId}`));
    await expect.poll(async () => (await setupFor(serviceWorker, app.appId))?.tenantId?.value, { timeout: 15_000 }).toBe(app.tenantId);
    const afterOverview = await setupFor(serviceWorker, app.appId);
    expect(afterOverview?.clientId?.provenance.source).toBe('portal');
    expect(afterOverview?.appObjectId?.value).toBe(app.id);

    // Enterprise application, through "Managed application in local directory".
    const sp = dir.findServicePrincipal(app.appId, app.tenantId);
    expect(sp && sp.id !== app.id).toBe(true);
    await press(blade(page, mode).locator('a[href*="ManagedAppMenuBlade"]'));
    await expect.poll(async () => (await setupFor(serviceWorker, app.appId))?.spObjectId?.value, { timeout: 15_000 }).toBe(sp?.id);

    // Certificates & secrets: add a secret; the grid renders the row late and twice.
    await go(page, appRoute('Credentials', app.appId));
    await press(blade(page, mode).getByRole('button', { name: t.newSecret, exact: true }));
    const pane = openPortalPane(blade(page, mode));
    await pane.getByLabel(t.description).fill('ServiceOps mail');
    await press(pane.getByRole('button', { name: t.add, exact: true }));
    await expect.poll(() => app.passwordCredentials.length).toBe(2);
    const created = app.passwordCredentials.find((c) => c.displayName === 'ServiceOps mail');
    if (!created) throw new Error('the replica did not create the secret');
    const row = blade(page, mode).getByRole('row').filter({ hasText: created.keyId });
    await expect(row).toContainText(created.secretText);
    // The admin also clicks the Value's copy button (third cell).
    await press(row.getByRole('gridcell').nth(2).getByRole('button'));

    await expect.poll(async () => (await setupFor(serviceWorker, app.appId))?.secretMeta?.keyId, { timeout: 15_000 }).toBe(created.keyId);
    const setup = await setupFor(serviceWorker, app.appId);
    if (!setup) throw new Error('no setup');
    expect(await secretFor(serviceWorker, setup.id)).toBe(created.secretText);
    expect(setup.secretMeta?.description).toBe('ServiceOps mail');
    expect(setup.secretMeta?.expires).toBe(created.endDateTime.slice(0, 10));
    expect(setup.knownSecretIds).toEqual(expect.arrayContaining([older.keyId, created.keyId]));
    expect(setup.secretMaskedAt).toBeUndefined();

    // The popup shows exactly the replica's values, with where they came from.
    const popup = await openPopup();
    await expect(popup.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(app.appId);
    await expect(popup.getByRole('textbox', { name: 'Directory (tenant) ID' })).toHaveValue(app.tenantId);
    await expect(popup.getByRole('textbox', { name: 'Enterprise application Object ID' })).toHaveValue(sp?.id ?? '');
    const secretField = popup.getByLabel('Client secret', { exact: true });
    await expect(secretField).toHaveValue(created.secretText);
    await expect(popup.getByText(`Captured from Certificates & secrets on ${host}`)).toBeVisible();

    // Pasting the Secret ID where the Value belongs is refused by name, and the captured Value is kept.
    await secretField.fill(created.keyId);
    await expect(popup.getByRole('alert').filter({ hasText: 'This is the Secret ID' })).toContainText('Value column');
    expect(await secretFor(serviceWorker, setup.id)).toBe(created.secretText);
    await popup.close();
    await page.close();

    // Nothing of the secret on disk, once the browser has written everything it keeps.
    await context.close();
    expect((await scanProfile(userDataDir, [created.secretText])).hits).toEqual([]);
    // The scan does see what the extension persists: the client ID is on disk (storage.local).
    expect((await scanProfile(userDataDir, [app.appId])).hits.some((h) => h.file.includes('Local Extension Settings'))).toBe(true);
  });
}

test('a masked secret asks for a new one, and a copied Secret ID is named as such', async ({ context, replicas, serviceWorker, openPopup }) => {
  const dir = replicas.directory;
  const app = dir.createApplication({ displayName: 'Masked app' });
  const old = dir.addPassword(app, { displayName: 'from last week', endDateTime: new Date(Date.now() + 90 * 86_400_000).toISOString() });
  const page = await context.newPage();
  await page.goto(`https://portal.azure.com/?replicaMode=top${appRoute('Credentials', app.appId)}`);
  const row = page.locator('#web-container').getByRole('row').filter({ hasText: old.keyId });
  await expect(row).toContainText('*****');
  await expect.poll(async () => (await setupFor(serviceWorker, app.appId))?.secretMaskedAt, { timeout: 15_000 }).toBeTruthy();
  // Copying the Secret ID (fourth cell).
  await press(row.getByRole('gridcell').nth(3).getByRole('button'));
  await expect.poll(async () => (await setupFor(serviceWorker, app.appId))?.knownSecretIds).toContain(old.keyId);

  const popup = await openPopup();
  await expect(popup.getByRole('alert').filter({ hasText: 'masked' })).toContainText('Add a new client secret');
  await expect(popup.getByRole('alert').filter({ hasText: 'You copied the Secret ID' })).toContainText('Value');
  const secretField = popup.getByLabel('Client secret', { exact: true });
  await secretField.fill(`${old.hint}${'*'.repeat(34)}`);
  await expect(popup.getByRole('alert').filter({ hasText: 'This is the masked value' })).toBeVisible();
  const setup = await setupFor(serviceWorker, app.appId);
  expect(setup && (await secretFor(serviceWorker, setup.id))).toBeUndefined();
});

test('setups follow the app being viewed and can be switched, renamed, given a path and deleted in the popup', async ({
  context,
  replicas,
  serviceWorker,
  openPopup,
}) => {
  const dir = replicas.directory;
  const first = dir.createApplication({ displayName: 'Mail for contoso.com' });
  const second = dir.createApplication({ displayName: 'Mail for fabrikam.com' });
  const page = await context.newPage();
  for (const app of [first, second]) {
    await page.goto(`https://entra.microsoft.com/?replicaMode=top${appRoute('Overview', app.appId)}`);
    await expect.poll(async () => (await setupFor(serviceWorker, app.appId))?.tenantId?.value, { timeout: 15_000 }).toBe(app.tenantId);
  }
  // Viewing the first app again makes its setup the active one.
  await go(page, appRoute('Credentials', first.appId));
  const popup = await openPopup();
  const select = popup.getByRole('combobox', { name: 'Setup', exact: true });
  await expect(select.getByRole('option')).toHaveText([/^Mail for contoso\.com/, /^Mail for fabrikam\.com/]);
  await expect(popup.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(first.appId);

  const secondSetup = await setupFor(serviceWorker, second.appId);
  await select.selectOption(secondSetup?.id ?? '');
  await expect(popup.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(second.appId);
  await popup.getByRole('textbox', { name: 'Setup name' }).fill('Fabrikam support mailbox');
  await popup.getByRole('radio', { name: /MAPI\/EWS/ }).check();
  await expect
    .poll(async () => {
      const s = await setupFor(serviceWorker, second.appId);
      return s && [(s as { name?: string }).name, (s as { path?: string }).path];
    })
    .toEqual(['Fabrikam support mailbox', 'mapi']);

  await popup.getByRole('button', { name: 'Delete this setup…' }).click();
  await popup.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(select.getByRole('option')).toHaveText([/^Mail for contoso\.com/]);
  expect(await setupFor(serviceWorker, second.appId)).toBeUndefined();
});
