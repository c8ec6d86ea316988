/**
 * Opening the side panel: Chrome opens it only inside the admin's click. Headless Chromium has a
 * side panel; whether it is open is read from the browser's list of extension contexts.
 */
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { card, LIST, portal } from './guidance-helpers';

type ChromeApi = {
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
  sidePanel: { open(options: { windowId: number }): Promise<void> };
  windows: { getLastFocused(): Promise<{ id: number }> };
};

function sidePanels(sw: Worker): Promise<string[]> {
  return sw.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl ?? '');
  });
}

test("the popup's button opens the whole checklist in Chrome's side panel; without a click the browser refuses", async ({
  openPopup,
  serviceWorker,
  extensionId,
}) => {
  // Without the admin's click (the worker on its own) Chrome refuses: the gesture is what the button passes on.
  const refused = await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    try {
      await chrome.sidePanel.open({ windowId: (await chrome.windows.getLastFocused()).id });
      return '';
    } catch (error) {
      return String(error);
    }
  });
  expect(refused).toMatch(/user gesture/i);
  expect(await sidePanels(serviceWorker)).toEqual([]);

  const popup = await openPopup();
  await popup.getByRole('button', { name: 'Open checklist in side panel' }).click();
  await expect.poll(() => sidePanels(serviceWorker)).toEqual([`chrome-extension://${extensionId}/sidepanel.html`]);
  await expect(popup.getByRole('alert')).toHaveCount(0);
});

test("the step card's link to the whole checklist opens the side panel (the click reaches the background with the message)", async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(portal('https://portal.azure.com', LIST, { mode: 'top' }));
  await card(page).getByRole('button', { name: 'Open the whole checklist' }).click();
  await expect.poll(() => sidePanels(serviceWorker)).toEqual([`chrome-extension://${extensionId}/sidepanel.html`]);
  // The side panel took the checklist: the page keeps its small card, no checklist over the portal.
  await expect(page.getByTestId('soah-panel')).toHaveCount(0);
  await expect(card(page)).toBeVisible();
});

test('popup, side panel and manifest share one icon and name', async ({ context, extensionId, serviceWorker, openPopup }) => {
  const manifest = await serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest(),
  );
  expect(manifest).toMatchObject({
    name: 'ServiceOps Azure OAuth Helper',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: { default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    side_panel: { default_path: 'sidepanel.html' },
  });
  // Every size is a real PNG of that size.
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  for (const size of [16, 32, 48, 96, 128]) {
    const dims = await page.evaluate(async (s) => {
      const img = new Image();
      img.src = `/icon/${s}.png`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, size);
    expect(dims).toEqual([size, size]);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ServiceOps Azure OAuth Helper');
  await expect(page.locator('header img')).toHaveAttribute('src', /\/icon\/\d+\.png$/);
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('ServiceOps Azure OAuth Helper');
  await expect(popup.locator('header img')).toHaveAttribute('src', /\/icon\/\d+\.png$/);
});
