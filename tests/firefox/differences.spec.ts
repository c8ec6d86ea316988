/**
 * Firefox: where Firefox differs from Chrome, the extension follows Firefox's way, and shows it.
 */
import { LIST } from '../e2e/guidance-helpers';
import { aria, expect, test, visit } from './fixtures';

test("the sign-in app is registered with Firefox's own redirect URL (not chromiumapp.org)", async ({ extensionPage }) => {
  const options = await extensionPage('options.html');
  await options.locator(aria('Sign-in app (client) ID', 'textbox')).wait();
  const text = await options.$eval('body', (b) => (b as HTMLElement).innerText);
  const shown = /https:\/\/[0-9a-f]+\.extensions\.allizom\.org\//.exec(text)?.[0];
  expect(shown, 'the options page shows the redirect URL to register').toBeTruthy();
  expect(text).not.toContain('chromiumapp.org');
  expect(
    await options.evaluate(() => (globalThis as unknown as { browser: { identity: { getRedirectURL(): string } } }).browser.identity.getRedirectURL()),
  ).toBe(shown);
});

test("the popup's button opens the whole checklist in Firefox's sidebar (closed at install)", async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  const sidebarOpen = () =>
    popup.evaluate(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}));
  expect(await sidebarOpen()).toBe(false);
  await popup.locator(aria('Open checklist in side panel', 'button')).click();
  await expect.poll(sidebarOpen).toBe(true);
  // The sidebar shows the extension's side panel page.
  await expect
    .poll(() =>
      popup.evaluate(() =>
        (globalThis as unknown as { browser: { extension: { getViews(f: object): Window[] } } }).browser.extension
          .getViews({ type: 'sidebar' })
          .map((w) => w.location.pathname),
      ),
    )
    .toEqual(['/sidepanel.html']);
});

test("the step card's link, which Firefox does not let the background answer with its sidebar, opens the whole checklist over the page", async ({
  firefox,
  extensionPage,
}) => {
  const popup = await extensionPage('popup.html');
  const sidebarOpen = () =>
    popup.evaluate(() => (globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }).browser.sidebarAction.isOpen({}));
  // On the portal, the card's link asks the background, which Firefox does not let open the sidebar:
  // the whole checklist opens over the page instead.
  const page = await firefox.newPage();
  await visit(page, `https://portal.azure.com/?replicaMode=top${LIST}`);
  const link = await page.waitForSelector('>>> [data-testid="soah-card"] >>> button');
  expect(link).toBeTruthy();
  let clicked = false;
  for (const button of await page.$$('>>> [data-testid="soah-card"] button')) {
    if ((await button.evaluate((b) => b.textContent ?? '')).includes('Open the whole checklist')) {
      await button.click();
      clicked = true;
      break;
    }
  }
  expect(clicked).toBe(true);
  await page.waitForSelector('>>> [data-testid="soah-panel"]', { visible: true });
  expect(await sidebarOpen()).toBe(false);
});
