/**
 * The step card follows its control: in a ReactView frame the ring is drawn in the frame and the
 * card, in the top document, beside the control wherever the frame puts it (never clipped by the
 * frame); it follows the control when the blade moves it, re-renders it, scrolls or the window is
 * resized; when the step's control is on another page it docks at a corner with a link there; and
 * the whole checklist is reachable from it.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { blade, card, expectGuideBeside, expectStep, expectTarget, LIST, portal, storedSetups } from './guidance-helpers';

const PORTAL = 'https://portal.azure.com';

async function startImap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expectStep(page, 'Choose how ServiceOps reads the mailbox');
  await card(page).getByRole('button', { name: /^IMAP/ }).click();
  await expectStep(page, 'Register the app');
}

/** The gap between the card and the control it points at, in top-frame pixels (0 when they touch or overlap). */
async function gap(page: Page, control: Locator): Promise<number> {
  const a = await card(page).boundingBox();
  const b = await control.boundingBox();
  if (!a || !b) return Infinity;
  const dx = Math.max(0, b.x - (a.x + a.width), a.x - (b.x + b.width));
  const dy = Math.max(0, b.y - (a.y + a.height), a.y - (b.y + b.height));
  return Math.max(dx, dy);
}

/** The card is drawn where its box says: near every corner (inside its rounded border) it is the guide's own element, nothing clips it. */
async function drawnWhole(page: Page): Promise<boolean> {
  const box = await card(page).boundingBox();
  if (!box) return false;
  return page.evaluate(
    ({ x, y, width, height }) =>
      [
        [x + 10, y + 10],
        [x + width - 10, y + 10],
        [x + 10, y + height - 10],
        [x + width - 10, y + height - 10],
      ].every(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.localName === 'soah-guidance-panel'),
    box,
  );
}

async function beside(page: Page, scope: Page | FrameLocator, stage: string): Promise<Locator> {
  const control = await expectTarget(scope, stage);
  await expectGuideBeside(page, scope, control);
  // Beside it: its arrow spans the gap (the ring, then the arrow).
  expect(await gap(page, control)).toBeLessThanOrEqual(24);
  return control;
}

test('a control in a Fluent frame: ring in the frame, card in the top document beside it, following moves and re-renders', async ({ context }) => {
  const page = await context.newPage();
  await startImap(page, portal(PORTAL, LIST, { mode: 'iframe', rendering: 'fluent8' }));
  const b = blade(page, 'iframe');
  const control = await beside(page, b, 'new-registration');
  // The ring is the frame's; the card is the top document's, and nothing of the frame clips it.
  await expect(page.locator('soah-ring')).toHaveCount(0);
  await expect(b.locator('soah-ring')).toHaveCount(1);
  expect(await drawnWhole(page)).toBe(true);
  const frameBox = await page.locator('iframe[name="ReactView"]').boundingBox();
  const cardBox = await card(page).boundingBox();
  expect(frameBox && cardBox).toBeTruthy();

  // The blade moves the control down (content inserted above it): ring and card follow.
  const before = (await control.boundingBox())?.y ?? 0;
  await control.evaluate((el) => {
    const spacer = el.ownerDocument.createElement('div');
    spacer.style.height = '180px';
    spacer.id = 'moved-by-test';
    el.ownerDocument.body.prepend(spacer);
  });
  await expect.poll(async () => ((await control.boundingBox())?.y ?? 0) - before).toBeGreaterThan(100);
  await beside(page, b, 'new-registration');

  // The blade re-renders the control (a new element in its place): pointed at again, card beside it.
  await control.evaluate((el) => el.replaceWith(el.cloneNode(true)));
  await beside(page, b, 'new-registration');
});

test('the card follows its control on scroll and resize and stays inside the window', async ({ context }) => {
  const page = await context.newPage();
  await startImap(page, portal(PORTAL, LIST, { mode: 'top' }));
  const control = await beside(page, page, 'new-registration');
  // Scrolling: the page is made taller than the window and scrolled, so the control moves up.
  await page.evaluate(() => {
    const spacer = document.createElement('div');
    spacer.style.height = '1200px';
    document.body.append(spacer);
    for (const el of [document.documentElement, document.body]) Object.assign(el.style, { overflow: 'visible', height: 'auto' });
  });
  const y0 = (await control.boundingBox())?.y ?? 0;
  await page.evaluate(() => window.scrollTo(0, 80));
  await expect.poll(async () => y0 - ((await control.boundingBox())?.y ?? 0)).toBe(80);
  await beside(page, page, 'new-registration');
  // A smaller window: still beside the control, inside the window.
  await page.setViewportSize({ width: 1200, height: 760 });
  await expect
    .poll(async () => {
      const box = await card(page).boundingBox();
      const inside = !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1200 && box.y + box.height <= 760;
      return `inside: ${inside}, gap: ${await gap(page, control)}, side: ${await card(page).getAttribute('data-side')}`;
    })
    .toMatch(/^inside: true, gap: ([0-9]|1[0-9]|2[0-4]), side: (right|left|below|above)$/);
  // Narrower still, the command bar wraps around the control and leaves no room beside it that keeps
  // the bar clear: the card docks in a corner of the window rather than cover the bar.
  await page.setViewportSize({ width: 1000, height: 700 });
  const bar = page.getByRole('toolbar').filter({ has: control });
  await expect
    .poll(async () => {
      const box = await card(page).boundingBox();
      const barBox = await bar.boundingBox();
      if (!box || !barBox) return 'not shown';
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= 1000 && box.y + box.height <= 700;
      const clear = box.x >= barBox.x + barBox.width || box.x + box.width <= barBox.x || box.y >= barBox.y + barBox.height || box.y + box.height <= barBox.y;
      return `inside: ${inside}, clear of the bar: ${clear}`;
    })
    .toBe('inside: true, clear of the bar: true');
  await page.setViewportSize({ width: 1400, height: 900 });
  await beside(page, page, 'new-registration');
});

test('on another page the card docks at a corner and its link goes to the step page', async ({ context, replicas, serviceWorker }) => {
  const app = replicas.directory.createApplication({ displayName: 'ServiceOps docked card' });
  const page = await context.newPage();
  // The app's Overview: the IDs are captured there, so the secret step (on Certificates & secrets) is current.
  await page.goto(portal(PORTAL, `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${app.appId}/isMSAApp~/false`, { mode: 'top' }));
  await card(page).getByRole('button', { name: /^IMAP/ }).click();
  await expectStep(page, 'Create a client secret');
  await expect.poll(async () => (await storedSetups(serviceWorker)).some((s) => s.clientId?.value === app.appId)).toBe(true);
  await expect(card(page)).toHaveAttribute('data-side', /^(bottom|top)-(right|left)$/);
  const box = await card(page).boundingBox();
  expect(box && box.x + box.width > 1400 - 40 && box.y + box.height > 900 - 40).toBe(true);
  await card(page).getByRole('link', { name: 'Go to the page for this step' }).click();
  await expect(page).toHaveURL(/Credentials/);
  await beside(page, page, 'new-client-secret');
});

test('where the browser cannot open a side panel, "Open the whole checklist" opens the checklist over the page', async ({ context, serviceWorker }) => {
  // Chrome opening its side panel is sidepanel-open.spec's; here the browser refuses, as one without a side panel does.
  await serviceWorker.evaluate(() => {
    const chrome = (globalThis as unknown as { chrome: { sidePanel: { open: () => Promise<void> } } }).chrome;
    chrome.sidePanel.open = () => Promise.reject(new Error('No side panel in this browser.'));
  });
  const page = await context.newPage();
  await startImap(page, portal(PORTAL, LIST, { mode: 'top' }));
  await card(page).getByRole('button', { name: 'Open the whole checklist' }).click();
  const checklist = page.getByTestId('soah-panel');
  await expect(checklist.locator('li[data-step="register-app"]')).toBeVisible();
  await expect(card(page)).toHaveCount(0);
  await checklist.getByRole('button', { name: 'Back to the step card' }).click();
  await expect(card(page)).toBeVisible();
});
