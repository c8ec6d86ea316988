/**
 * Firefox: where Firefox differs from Chrome, the extension follows Firefox's way, and shows it.
 */
import { aria, expect, test } from './fixtures';

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
