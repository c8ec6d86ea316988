/**
 * Firefox: the checklist appears on the portal and points at the control of the current step, in
 * the top document and in a reactblade frame (Fluent UI v8).
 */
import type { Frame, Page } from 'puppeteer-core';
import { LIST } from '../e2e/guidance-helpers';
import { expect, frameMatching, test, visit } from './fixtures';

const RENDERINGS = [
  { name: 'Knockout, top document', query: 'replicaMode=top', framed: false },
  { name: 'Fluent UI v8, reactblade frame', query: 'replicaMode=iframe&replicaRendering=fluent8', framed: true },
] as const;

/** What the extension points at in a document: the marked control's stage, once its ring is drawn. */
async function pointedAt(scope: Page | Frame): Promise<string | null> {
  return scope
    .evaluate(() => (document.querySelector('soah-ring') ? (document.querySelector('[data-soah-target]')?.getAttribute('data-soah-target') ?? null) : null))
    .catch(() => null);
}

async function chooseImap(page: Page): Promise<boolean> {
  for (const button of await page.$$('>>> button')) {
    if ((await button.evaluate((b) => b.textContent ?? '')).trim().startsWith('IMAP')) {
      await button.click();
      return true;
    }
  }
  return false;
}

for (const rendering of RENDERINGS) {
  test(`the checklist points at "New registration" (${rendering.name})`, async ({ firefox }) => {
    const page = await firefox.newPage();
    await visit(page, `https://portal.azure.com/?${rendering.query}${LIST}`);
    // The checklist asks for the path first: IMAP (its buttons live in the extension's shadow root).
    await expect.poll(() => chooseImap(page), { timeout: 30_000 }).toBe(true);
    const scope = rendering.framed ? await frameMatching(page, /reactblade\.portal\.azure\.net/) : page;
    await expect.poll(() => pointedAt(scope), { timeout: 30_000 }).toBe('new-registration');
    // The control pointed at is the portal's own "New registration" command.
    const name = await scope.$eval('[data-soah-target]', (e) => (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText).trim());
    expect(name).toMatch(/New registration/);
  });
}
