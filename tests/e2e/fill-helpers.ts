/**
 * Shared steps for the ServiceOps fill specs: type the captured values into the popup, open the
 * replica's server form, and read what the replica's framework state saved.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const VALUES = {
  clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  secret: 'abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa',
};

export const AUTHORIZE = `https://login.microsoftonline.com/${VALUES.tenantId}/oauth2/v2.0/authorize`;
export const TOKEN = `https://login.microsoftonline.com/${VALUES.tenantId}/oauth2/v2.0/token`;
export const IMAP_SCOPE = 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access';
export const POP_SCOPE = 'https://outlook.office.com/POP.AccessAsUser.All offline_access';
export const SMTP_SCOPE = 'https://outlook.office.com/SMTP.Send offline_access';
export const APP_ONLY_SCOPE = 'https://outlook.office365.com/.default';

export type Direction = 'incoming' | 'outgoing';
export type Version = '7.9' | '8.0' | '8.1';

export function listUrl(direction: Direction, version: Version, origin = 'https://serviceops.test', extra = ''): string {
  return `${origin}/admin/support-channel/emails/${direction}-email-servers?version=${version}${extra}`;
}

interface StateSnapshot {
  setups: { id: string; redirectUrl?: { value: string }; serviceOpsOrigin?: string }[];
  activeSetupId?: string;
  secret?: { present: boolean; length?: number };
}

/** The background's state as the popup sees it (the popup page may message the background). */
export async function extensionState(page: Page): Promise<StateSnapshot | undefined> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: StateSnapshot }> } } }).chrome;
    const result = await api.runtime.sendMessage({ type: 'get-state' });
    return result.ok ? result.value : undefined;
  });
}

/** Types the three values into the popup (saved on every keystroke) and leaves the popup open. */
export async function enterValues(popup: Page, values = VALUES): Promise<void> {
  await popup.getByRole('textbox', { name: 'Application (client) ID' }).fill(values.clientId);
  await popup.getByRole('textbox', { name: 'Directory (tenant) ID' }).fill(values.tenantId);
  await popup.getByLabel('Client secret', { exact: true }).fill(values.secret);
  // The last keystroke's save is asynchronous: wait until the background has the secret.
  await expect.poll(async () => (await extensionState(popup))?.secret?.length).toBe(values.secret.length);
}

/** Opens the list page and its Add drawer by clicking the list's button. */
export async function openAddDrawer(page: Page, direction: Direction): Promise<void> {
  await page.getByRole('button', { name: direction === 'incoming' ? 'Add Incoming Email Server' : 'Add Outgoing Email Server' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

/**
 * The usual starting point of the inline-button cases: the popup with the three values entered,
 * and a ServiceOps 8.1 tab showing its "Add Incoming Email Server" drawer.
 */
export async function incomingDrawerWithValues(context: BrowserContext, openPopup: () => Promise<Page>): Promise<{ popup: Page; so: Page; dialog: Locator }> {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  return { popup, so, dialog: so.getByRole('dialog') };
}

/** Completes the fields the extension does not own, clicks Save, returns the saved payload. */
export async function completeAndSave(page: Page): Promise<Record<string, unknown>> {
  // The replica's test ids are fine here: the test drives the replica, the extension never sees them.
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('item-name').locator('input').fill('Support OAuth');
  await dialog.getByTestId('item-email').locator('input').fill('support@contoso.com');
  const host = dialog.getByTestId('item-host').locator('input');
  if ((await host.inputValue()) === '') await host.fill('outlook.office365.com');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('saved-state')).toBeVisible();
  const saved = await page.evaluate(() => (window as unknown as { __serviceOpsLastSave?: { values: Record<string, unknown> } }).__serviceOpsLastSave);
  if (!saved) throw new Error('Nothing saved');
  return saved.values;
}

export async function saveCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __serviceOpsSaveCount: number }).__serviceOpsSaveCount);
}
