/**
 * Firefox has no IntersectionObserver v2, so the inline button cannot tell whether something is
 * drawn over it: a click there fills nothing by itself and the extension asks in its own window,
 * where the admin's answer fills the form.
 */
import type { Browser, Page } from 'puppeteer-core';
import { CONTOSO } from '../replicas/directory';
import { seedApp } from '../e2e/checks-helpers';
import { listUrl } from '../e2e/fill-helpers';
import { aria, expect, test, visit } from './fixtures';

/**
 * The extension page a window of the extension's own opened. Over BiDi, Firefox reports no URL for
 * moz-extension:// documents, so each page is asked where it is.
 */
async function extensionPageOpened(browser: Browser, pathname: string): Promise<Page> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    for (const page of await browser.pages()) {
      const at = await page.evaluate(() => location.pathname).catch(() => '');
      if (at === pathname) return page;
    }
    if (Date.now() > deadline) throw new Error(`No ${pathname} opened`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** What the ServiceOps form's inputs hold now. */
function formValues(page: Page): Promise<string[]> {
  return page.$$eval('[role=dialog] input', (inputs) => inputs.map((i) => i.value));
}

test('the inline button asks in the extension window before filling, and the answer fills the form', async ({ firefox, extensionPage, replicas }) => {
  const { app, secretText } = seedApp(replicas.directory, { path: 'imap', tenantId: CONTOSO.id });
  const options = await extensionPage('options.html');
  await options.locator(aria('ServiceOps URL', 'textbox')).fill('https://serviceops.test');
  await options.locator(aria('Add', 'button')).click();
  await expect.poll(() => options.$eval(aria('ServiceOps addresses', 'list'), (e) => (e as HTMLElement).innerText).catch(() => '')).toContain('Access granted');

  const popup = await extensionPage('popup.html');
  await popup.locator(aria('Application (client) ID', 'textbox')).fill(app.appId);
  await popup.locator(aria('Directory (tenant) ID', 'textbox')).fill(CONTOSO.id);
  await popup.locator('input[type=password]').fill(secretText);

  const so = await firefox.newPage();
  await visit(so, listUrl('incoming', '8.1'));
  await so.locator(aria('Add Incoming Email Server', 'button')).click();
  // The button lives in a closed shadow root: the page (and this test) see only its host. It is
  // clicked where a person would, with real pointer input, once it has been in view for a while.
  const host = await so.waitForSelector('serviceops-azure-fill', { visible: true });
  await new Promise((r) => setTimeout(r, 1000));
  const box = await host!.boundingBox();
  expect(box).toBeTruthy();
  await so.mouse.click(box!.x + 24, box!.y + 12);
  const confirm = await extensionPageOpened(firefox, '/fill-confirm.html');
  // Nothing was filled by the click itself.
  expect(await formValues(so)).not.toContain(app.appId);

  expect(await confirm.$eval('body', (b) => (b as HTMLElement).innerText)).toContain(
    'This browser cannot tell whether the page drew something over the button you clicked.',
  );
  // The answer buttons wake after a moment (a stray Enter or click from the page's moment is not an answer).
  await confirm.locator(aria('Fill', 'button')).click();
  await expect.poll(() => formValues(so), { timeout: 20_000 }).toContain(app.appId);
  expect(await formValues(so)).toContain(secretText);
  expect(await so.evaluate(() => (window as unknown as { __serviceOpsSaveCount: number }).__serviceOpsSaveCount)).toBe(0);
});
