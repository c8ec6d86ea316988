/**
 * SECURITY.md, "Filling": values (and the secret) go only into the top frame of a granted https
 * ServiceOps origin, only after the admin's real click on an uncovered, opaque button. Each case
 * has the same page with the same setup, so the refusal is the only difference.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { enterValues, extensionState, listUrl, openAddDrawer, saveCount, VALUES, incomingDrawerWithValues } from './fill-helpers';

const BUTTON = 'Fill from Azure setup';

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
  await expect(granted.getByRole('dialog').getByRole('button', { name: BUTTON })).toBeVisible();
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

test("refused when the click is not the admin's (scripted click or synthetic event)", async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  await expect(dialog.getByRole('button', { name: BUTTON })).toBeVisible();
  await so.evaluate(async () => {
    const button = document.querySelector('serviceops-azure-fill')?.shadowRoot?.querySelector('button');
    if (!button) throw new Error('the button is not reachable: adjust the test');
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    button.focus();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((r) => setTimeout(r, 1000));
  });
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
  // The admin's click works on the very same button.
  await dialog.getByRole('button', { name: BUTTON }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Filled from your Azure setup' })).toBeVisible({ timeout: 20_000 });
});

test('refused when the page makes the button see-through', async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const button = dialog.getByRole('button', { name: BUTTON });
  await expect(button).toBeVisible();
  await so.evaluate(() => {
    // On the form item around the button (the host's own opacity is pinned by its shadow styles).
    (document.querySelector('serviceops-azure-fill')?.parentElement as HTMLElement).style.setProperty('opacity', '0.3');
  });
  await button.click();
  await expect(so.getByText(/Not filled: the button is made transparent or hidden/)).toBeVisible({ timeout: 10_000 });
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
});

test('refused when another element covers the button (clicks passing through it)', async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const button = dialog.getByRole('button', { name: BUTTON });
  await expect(button).toBeVisible();
  const box = await button.boundingBox();
  if (!box) throw new Error('no box');
  // A decoy ("Continue") painted over the button; clicks go through it to the button beneath.
  await so.evaluate((b) => {
    const decoy = document.createElement('div');
    decoy.textContent = 'Continue';
    decoy.style.cssText = `position:fixed;left:${b.x - 4}px;top:${b.y - 4}px;width:${b.width + 8}px;height:${b.height + 8}px;background:#fff;z-index:2147483647;pointer-events:none`;
    document.body.append(decoy);
  }, box);
  await so.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(so.getByText(/Not filled: /)).toBeVisible({ timeout: 10_000 });
  expect((await extensionState(popup))?.secret?.present).toBe(true);
});
