/**
 * SECURITY.md, "Filling": values (and the secret) go only into the top frame of a granted https
 * ServiceOps origin, only after the admin's real click on an uncovered, opaque button. Each case
 * has the same page with the same setup, so the refusal is the only difference.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { enterValues, extensionState, InlineButton, listUrl, openAddDrawer, saveCount, VALUES, incomingDrawerWithValues } from './fill-helpers';

async function popupFill(popup: Page): Promise<string> {
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  const results = popup.locator('.fill .results');
  await expect(results.locator('.check')).toBeVisible({ timeout: 20_000 });
  return results.innerText();
}

/** The popup page asks the background directly, as a compromised popup could: fill this tab. */
async function fillTabDirectly(popup: Page, tabUrl: string): Promise<unknown> {
  return popup.evaluate(async (url) => {
    const c = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: unknown): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome;
    const tabs = await c.tabs.query({});
    const tab = tabs.find((t) => t.url?.startsWith(url));
    const state = (await c.runtime.sendMessage({ type: 'get-state' })) as { value: { activeSetupId: string } };
    return c.runtime.sendMessage({ type: 'fill-serviceops', setupId: state.value.activeSetupId, tabId: tab?.id });
  }, tabUrl);
}

test('refused on an origin the admin did not grant, and on http', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  const pages: Page[] = [];
  for (const origin of ['https://other-serviceops.test', 'http://insecure-serviceops.test']) {
    const page = await context.newPage();
    await page.goto(listUrl('incoming', '8.0', origin));
    await openAddDrawer(page, 'incoming');
    pages.push(page);
  }
  // Positive control: on the granted origin the same form gets the button.
  const granted = await context.newPage();
  await granted.goto(listUrl('incoming', '8.0'));
  await openAddDrawer(granted, 'incoming');
  await new InlineButton(granted).shows();
  await granted.close();

  for (const page of pages) {
    // The script is registered for granted origins only: no button, no extension world at all.
    await expect(page.locator('serviceops-azure-fill')).toHaveCount(0);
  }
  // The popup finds no form it may fill, and a direct request naming those tabs is refused.
  expect(await popupFill(popup)).toContain('No open ServiceOps tab shows');
  for (const url of ['https://other-serviceops.test/', 'http://insecure-serviceops.test/']) {
    expect(await fillTabDirectly(popup, url)).toMatchObject({ ok: false });
  }
  for (const page of pages) {
    await expect(page.getByRole('dialog').getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
    expect(await saveCount(page)).toBe(0);
  }
  expect((await extensionState(popup))?.secret?.present).toBe(true);
});

test('an http ServiceOps address cannot be added in the options', async ({ openOptions, serviceWorker }) => {
  const options = await openOptions();
  const input = options.getByRole('textbox', { name: 'ServiceOps URL' });
  await input.fill('http://insecure-serviceops.test');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByText(/must be reached over https/)).toBeVisible();
  const granted = await serviceWorker.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome.permissions.getAll()).origins ?? [],
  );
  expect(granted.join(' ')).not.toContain('insecure-serviceops.test');
});

test('refused in a cross-origin frame inside ServiceOps: only the top frame is filled', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.0', 'https://serviceops.test', '&embed=hostile'));
  const frame = so.frameLocator('iframe[src^="https://other-serviceops.test/"]');
  await expect(frame.getByLabel('Name', { exact: true })).toBeVisible();
  // With only the framed form on screen there is nothing to fill.
  expect(await popupFill(popup)).toContain('No open ServiceOps tab shows');
  await expect(frame.locator('serviceops-azure-fill')).toHaveCount(0);
  // With the top frame's own drawer open, the fill lands there and nowhere else.
  await so.bringToFront();
  await openAddDrawer(so, 'incoming');
  expect(await popupFill(popup)).toContain('Filled');
  await expect(so.getByRole('dialog').getByLabel('Client ID', { exact: true })).toHaveValue(VALUES.clientId);
  await expect(frame.getByLabel('Client ID', { exact: true })).toHaveCount(0);
  await expect(frame.locator('input[value*="Q~"]')).toHaveCount(0);
});

test("refused when the click is not the admin's: the page cannot reach the button (closed shadow root), scripted or synthetic clicks do nothing", async ({
  context,
  openPopup,
}) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  await inline.shows();
  const reachable = await so.evaluate(async () => {
    const host = document.querySelector('serviceops-azure-fill');
    if (!host) throw new Error('the button is not on the page: adjust the test');
    // What a page script can try: the shadow root (closed: null), clicks and synthetic events on the host.
    const button = host.shadowRoot?.querySelector('button');
    button?.click();
    button?.focus();
    (host as HTMLElement).click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((r) => setTimeout(r, 1000));
    return { root: host.shadowRoot !== null, button: Boolean(button) };
  });
  expect(reachable).toEqual({ root: false, button: false });
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
  // The admin's click works on the very same button.
  await inline.click();
  await inline.says('Filled from your Azure setup');
});

test('a keyboard press on the focused button does not fill (keyjacking); the popup is the keyboard path', async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  await inline.shows();
  await inline.box();
  await so.waitForTimeout(900);
  // The button has focus (as a page could arrange while the admin types) and real keystrokes arrive.
  for (const key of ['Enter', ' ']) {
    await inline.focus();
    await so.keyboard.press(key);
    await so.waitForTimeout(1000);
    expect(await inline.status(), key).toContain('fills only on a mouse or touch click');
    await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
    expect((await extensionState(popup))?.secret?.present).toBe(true);
  }
  expect(await inline.status()).toContain('Fill ServiceOps form');
  // The keyboard path: the popup's Fill, operated with the keyboard.
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.fill .results .check')).toContainText('Filled', { timeout: 20_000 });
  await expect(dialog.getByLabel('Client ID', { exact: true })).toHaveValue(VALUES.clientId);
});

test('refused when the page makes the button see-through', async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  await inline.shows();
  await so.evaluate(() => {
    // On the form item around the button (the host's own opacity is pinned by its shadow styles).
    (document.querySelector('serviceops-azure-fill')?.parentElement as HTMLElement).style.setProperty('opacity', '0.3');
  });
  await inline.click();
  await inline.says(/Not filled: the button is made transparent or hidden/, 10_000);
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
});

/** A decoy ("Continue") painted over the button; clicks go through it to the button beneath. */
async function paintDecoy(so: Page, box: { x: number; y: number; width: number; height: number }, removeOnPointerDown: boolean): Promise<void> {
  await so.evaluate(
    ({ b, remove }) => {
      const decoy = document.createElement('div');
      decoy.textContent = 'Continue';
      decoy.style.cssText = `position:fixed;left:${b.x - 4}px;top:${b.y - 4}px;width:${b.width + 8}px;height:${b.height + 8}px;background:#fff;z-index:2147483647;pointer-events:none`;
      document.body.append(decoy);
      // The page takes its decoy away in a capture-phase pointerdown: a check made at click time sees a clean button.
      if (remove) window.addEventListener('pointerdown', () => decoy.remove(), { capture: true });
    },
    { b: box, remove: removeOnPointerDown },
  );
}

test('refused when another element covers the button (clicks passing through it)', async ({ context, openPopup }) => {
  const { popup, so } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  await inline.shows();
  const box = await inline.box();
  await paintDecoy(so, box, false);
  await so.waitForTimeout(900);
  await so.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await inline.says('Not filled: ', 10_000);
  expect((await extensionState(popup))?.secret?.present).toBe(true);
});

test('refused when the decoy is removed as the pointer goes down: the button must have been unoccluded before', async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  await inline.shows();
  const box = await inline.box();
  await paintDecoy(so, box, true);
  await so.waitForTimeout(900);
  await so.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await inline.says('Not filled: ', 10_000);
  await so.waitForTimeout(500);
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
  // The decoy is gone now: once the button has been in the clear for a moment, the admin's click fills.
  await inline.click();
  await inline.says('Filled from your Azure setup');
});

/** Binds the active setup to `origins`, as the popup's setup section does. */
async function bindActiveSetup(popup: Page, origins: string[]): Promise<void> {
  await popup.evaluate(async (list) => {
    const c = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { activeSetupId: string } }> } } })
      .chrome;
    const state = await c.runtime.sendMessage({ type: 'get-state' });
    await c.runtime.sendMessage({ type: 'set-setup-origins', setupId: state.value?.activeSetupId, origins: list });
  }, origins);
}

test('a setup meant for another ServiceOps is not filled by one click: the button says so and the extension asks in its own window', async ({
  context,
  openPopup,
}) => {
  const popup = await openPopup();
  await enterValues(popup);
  // The setup belongs to another ServiceOps (an admin of several tenants); the admin is on this one.
  await bindActiveSetup(popup, ['https://other-serviceops.test']);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  const dialog = so.getByRole('dialog');
  const inline = new InlineButton(so);
  await inline.shows(`“New setup” (tenant ${VALUES.tenantId.slice(0, 8)}…)`);
  await expect.poll(() => inline.caption()).toContain('meant for another ServiceOps');

  // A click opens the extension's question; the page is not filled.
  let asked = context.waitForEvent('page', (p) => p.url().includes('/fill-confirm.html'));
  await inline.click();
  await inline.says('Answer in the extension window');
  let confirm = await asked;
  await expect(confirm.getByText('This setup is meant for https://other-serviceops.test')).toBeVisible();
  await expect(confirm.getByText(VALUES.tenantId)).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm.getByText('Nothing was filled.')).toBeVisible();
  await confirm.close();
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');

  // Asked again and answered "Fill once": filled, and the binding stays as it was.
  await so.bringToFront();
  asked = context.waitForEvent('page', (p) => p.url().includes('/fill-confirm.html'));
  await inline.click();
  confirm = await asked;
  await confirm.getByRole('button', { name: 'Fill once' }).click();
  await expect(confirm.getByText(/^Filled /)).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByLabel('Client ID', { exact: true })).toHaveValue(VALUES.clientId);
  await inline.says('Filled from your Azure setup');
  const state = await extensionState(popup);
  expect(state?.setups.find((s) => s.id === state.activeSetupId)?.serviceOpsOrigins).toEqual(['https://other-serviceops.test']);
});

test('the popup shows and edits the ServiceOps a setup is meant for, and asks before filling another', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  await bindActiveSetup(popup, ['https://other-serviceops.test']);
  await popup.reload();
  const binding = popup.getByRole('group', { name: 'ServiceOps for this setup' });
  await expect(binding).toContainText('https://other-serviceops.test');
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  const dialog = so.getByRole('dialog');

  // The popup's Fill asks first, in the popup.
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup.getByText(/is meant for https:\/\/other-serviceops\.test\. Fill https:\/\/serviceops\.test with it\?/)).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  await popup.getByRole('button', { name: 'Fill and remember this ServiceOps for the setup' }).click();
  await expect(popup.locator('.fill .results .check')).toContainText('Filled', { timeout: 20_000 });
  await expect(dialog.getByLabel('Client ID', { exact: true })).toHaveValue(VALUES.clientId);
  await expect(binding).toContainText('https://serviceops.test');

  // Removing an address unbinds it.
  await binding.getByRole('button', { name: 'Remove https://other-serviceops.test' }).click();
  await expect(binding).not.toContainText('https://other-serviceops.test');
  const state = await extensionState(popup);
  expect(state?.setups.find((s) => s.id === state.activeSetupId)?.serviceOpsOrigins).toEqual(['https://serviceops.test']);
});
