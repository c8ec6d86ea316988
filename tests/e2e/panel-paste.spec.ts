/**
 * The checklist's paste field and its structure report, in a real browser: a real paste (Ctrl+V
 * from the system clipboard, a trusted event) of the secret lands in storage.session; a Secret ID
 * pasted as the secret is refused with the reason; a page script's synthetic paste events and
 * value assignments change nothing; and "Copy a structure report" copies the tab's structure
 * without a GUID or the secret the page shows.
 */
import type { Page, Worker } from '@playwright/test';
import { newSecretText, type Application } from '../replicas/directory';
import { test, expect } from './fixtures';
import { card, expectStep, openChecklist, panel } from './guidance-helpers';

const PORTAL = 'https://portal.azure.com';
const appRoute = (section: string, appId: string) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}`;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

type ChromeLike = {
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>> }; session: { get(k: string): Promise<Record<string, unknown>> } };
};

async function heldSecrets(sw: Worker): Promise<Record<string, { value: string }>> {
  return sw.evaluate(
    async () =>
      ((await (globalThis as unknown as { chrome: ChromeLike }).chrome.storage.session.get('secrets')).secrets as
        Record<string, { value: string }> | undefined) ?? {},
  );
}

async function localStorageText(sw: Worker): Promise<string> {
  return sw.evaluate(async () => JSON.stringify(await (globalThis as unknown as { chrome: ChromeLike }).chrome.storage.local.get(null)));
}

/** The admin copies in the portal: the page writes the system clipboard, as the portal's copy buttons do. */
async function copyInPortal(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

/** The admin pastes into the checklist's field with the keyboard: a trusted paste event. */
async function pasteIntoPanel(page: Page): Promise<void> {
  await panel(page).getByTestId('soah-paste').click();
  await page.keyboard.press('Control+V');
}

/** Opens the app's Overview with the guide on IMAP; the IDs are captured, so the secret step is current. Then the whole checklist. */
async function atSecretStep(page: Page, app: Application): Promise<void> {
  await page.goto(`${PORTAL}/?replicaMode=top${appRoute('Overview', app.appId)}/isMSAApp~/false`);
  await card(page).getByRole('button', { name: /^IMAP/ }).click();
  await expectStep(page, 'Create a client secret');
  await openChecklist(page);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PORTAL });
});

test('a pasted secret lands in storage.session; a Secret ID is refused; page scripts cannot paste', async ({ context, replicas, serviceWorker }) => {
  const app = replicas.directory.createApplication({ displayName: 'Paste app' });
  const page = await context.newPage();
  await atSecretStep(page, app);
  const field = panel(page).getByTestId('soah-paste');
  await expect(field).toBeVisible();
  const status = panel(page).locator('[data-outcome]');

  // The Secret ID (a GUID) where the Value belongs: refused with the reason, nothing held.
  await copyInPortal(page, 'bbbbbbbb-2222-4333-8444-555555555555');
  await pasteIntoPanel(page);
  await expect(status).toHaveAttribute('data-outcome', 'refused');
  await expect(status).toContainText('Secret ID');
  await expect(status).toContainText('Value column');
  expect(await heldSecrets(serviceWorker)).toEqual({});

  // A page script can reach the field (the panel's shadow root is open) but not make it take a value.
  const forged = newSecretText();
  const attempts = await page.evaluate((value) => {
    const input = document.querySelector('soah-guidance-panel')?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid="soah-paste"]');
    if (!input) return 'no field';
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const data = new DataTransfer();
    data.setData('text/plain', value);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    input.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', data: value, bubbles: true, composed: true }));
    const execPaste = document.execCommand('paste');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return `reached, execCommand(paste)=${execPaste}`;
  }, forged);
  expect(attempts).toMatch(/^reached/);
  // Give a forged paste every chance to travel to the background and back.
  await page.waitForTimeout(1500);
  expect(await heldSecrets(serviceWorker)).toEqual({});
  await expect(status).toContainText('Secret ID');

  // The admin's own paste of the Value: held in storage.session for this setup, never in storage.local.
  const secret = newSecretText();
  await copyInPortal(page, secret);
  await pasteIntoPanel(page);
  // The step is done (the checklist moves on to the next one).
  await expect(panel(page).locator('li[data-step="create-secret"]')).toHaveAttribute('data-state', 'done');
  await expect.poll(async () => Object.values(await heldSecrets(serviceWorker)).map((s) => s.value)).toEqual([secret]);
  expect(await localStorageText(serviceWorker)).not.toContain(secret);
  // The field stays empty, and the page never sees the value in the panel.
  await expect(panel(page)).toContainText('captured, hidden (40 characters)');
  const shown = await page.evaluate(() => {
    const root = document.querySelector('soah-guidance-panel')?.shadowRoot;
    const input = root?.querySelector<HTMLInputElement>('input');
    return `${root?.textContent ?? ''}|${[...(root?.querySelectorAll('input') ?? [])].map((i) => i.value).join('|')}|${input?.value ?? ''}`;
  });
  expect(shown).not.toContain(secret);
  expect(shown).not.toContain(forged);
});

test('"Copy a structure report" copies the blade and its frame without a GUID or the secret the page shows', async ({ context, replicas }) => {
  const app = replicas.directory.createApplication({ displayName: 'Report app' });
  const page = await context.newPage();
  await page.goto(`${PORTAL}/?replicaMode=iframe${appRoute('Credentials', app.appId)}`);
  const frame = page.frameLocator('iframe[name="ReactView"]');
  // A new secret: its Value and Secret ID are on the page until the admin leaves.
  await frame.getByRole('button', { name: 'New client secret', exact: true }).dispatchEvent('click');
  // The add pane, whatever its role (a Knockout context pane is role=complementary, not a dialog).
  const pane = frame.locator('[role=dialog],[role=complementary]').filter({ has: frame.getByLabel('Description', { exact: true }) });
  await pane.getByLabel('Description', { exact: true }).fill('ServiceOps mail');
  await pane.getByRole('button', { name: 'Add', exact: true }).dispatchEvent('click');
  await expect.poll(() => app.passwordCredentials.length).toBe(1);
  const created = app.passwordCredentials[0];
  if (!created) throw new Error('the replica did not create the secret');
  await expect(frame.getByRole('row').filter({ hasText: created.keyId })).toContainText(created.secretText);

  // The report is at the foot of the whole checklist, which "I can't find it" opens.
  await card(page).getByRole('button', { name: /^IMAP/ }).click();
  await openChecklist(page);
  await panel(page).getByRole('button', { name: 'Copy a structure report' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Copied' })).toContainText('2 frames');
  const report = await page.evaluate(() => navigator.clipboard.readText());

  // Both documents are there, with the portal's structure and words from its vocabulary.
  expect(report).toContain('== frame 0 (top) https://portal.azure.com/');
  expect(report).toMatch(/== frame \d+ https:\/\/sandbox-\d+\.reactblade\.portal\.azure\.net\//);
  expect(report).toMatch(/\[role=grid/);
  expect(report).toContain('"<secret>"');
  expect(report).toContain('<guid>');
  expect(report).toMatch(/"[^"]*\bsecret\b[^"]*"/);
  // …and none of the values the page shows.
  expect(report).not.toMatch(GUID);
  for (const value of [created.secretText, created.keyId, app.appId, app.tenantId, 'Report app', 'ServiceOps mail']) expect(report).not.toContain(value);
});
