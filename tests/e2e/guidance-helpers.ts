/** Helpers for the guided-checklist E2E specs: the panel, the highlighted target, the walk. */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';

export type Mode = 'top' | 'iframe';
/** How the portal replica draws its blades (see tests/replicas/portal): the portal's own renderings. */
export type Rendering = 'knockout' | 'fluent8' | 'fluent9';
export const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM';

export function portal(
  host: string,
  hash: string,
  opts: { mode: Mode; variant?: string; lang?: string; rendering?: Rendering; auth?: 'classic' | 'new' },
): string {
  const q = new URLSearchParams({ replicaMode: opts.mode });
  if (opts.variant) q.set('replicaVariant', opts.variant);
  if (opts.lang) q.set('replicaLang', opts.lang);
  if (opts.rendering) q.set('replicaRendering', opts.rendering);
  if (opts.auth) q.set('replicaAuthExperience', opts.auth);
  return `${host}/?${q.toString()}${hash}`;
}

/** The guide in the page: the step card, its launcher, or the whole checklist (one at a time). */
export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'ServiceOps mail setup' });
}

/** The step card (the guide's default form). */
export function card(page: Page): Locator {
  return page.getByTestId('soah-card');
}

/** The whole checklist over the page, as "I can't find it" opens it (the in-page fallback of the side panel). */
export async function openChecklist(page: Page): Promise<Locator> {
  await card(page).getByRole('button', { name: 'I can’t find it' }).click();
  const checklist = page.getByTestId('soah-panel');
  await expect(checklist).toBeVisible();
  return checklist;
}

/** Back from the whole checklist to the step card. */
export async function closeChecklist(page: Page): Promise<void> {
  await page.getByTestId('soah-panel').getByRole('button', { name: 'Back to the step card' }).click();
  await expect(card(page)).toBeVisible();
}

/** The heading of the step the guide shows. */
export function stepHeading(page: Page): Locator {
  return panel(page).locator('section[data-step] h3');
}

/** Where the blades live: the top document or the ReactView frame. */
export function blade(page: Page, mode: Mode): Page | FrameLocator {
  return mode === 'iframe' ? page.frameLocator('iframe[name="ReactView"]') : page;
}

/** The element the extension points at for a stage: marked, and ringed in the same document. */
export async function expectTarget(scope: Page | FrameLocator, stage: string): Promise<Locator> {
  const target = scope.locator(`[data-soah-target="${stage}"]`);
  await expect(target).toBeVisible();
  await expect(scope.locator('soah-ring')).toHaveCount(1);
  return target;
}

export async function clickTarget(scope: Page | FrameLocator, stage: string): Promise<void> {
  await (await expectTarget(scope, stage)).click();
}

export async function expectStep(page: Page, title: string): Promise<void> {
  await expect(stepHeading(page)).toHaveText(title);
}

export async function goToStepPage(page: Page): Promise<void> {
  await card(page).getByRole('link', { name: 'Go to the page for this step' }).click();
}

export interface StoredSetup {
  id: string;
  path: string;
  clientId?: { value: string };
  tenantId?: { value: string };
  spObjectId?: { value: string };
  progress: Record<string, { by: string }>;
}

type ChromeLike = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

export async function storedSetups(sw: Worker): Promise<StoredSetup[]> {
  return sw.evaluate(
    async () => ((await (globalThis as unknown as { chrome: ChromeLike }).chrome.storage.local.get('setups')).setups as StoredSetup[] | undefined) ?? [],
  );
}

type Box = { x: number; y: number; width: number; height: number };
const VIEWPORT = { width: 1400, height: 900 };
/** The replica blades' primary actions by name (en, de): what the admin clicks to finish a blade or pane. */
const PRIMARY_ACTION =
  /^(Register|Add|Save|Configure|Add permissions|Yes|Grant admin consent for .*|Registrieren|Hinzufügen|Speichern|Konfigurieren|Berechtigungen hinzufügen|Ja|Administratorzustimmung für .* erteilen)$/;

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The command bars (toolbar, menubar) and the primary actions (by the replica's names) of a blade's
 * document as the admin sees them, in top-frame pixels: visible, and only the span of each that is
 * on top along its middle (a blade's command bar under an open pane is not seen). The guide is
 * hidden while this looks, so a card over a bar cannot hide the bar from the test.
 */
async function shownBoxes(page: Page, scope: Page | FrameLocator): Promise<{ bars: Box[]; primaries: Box[] }> {
  const offset = 'owner' in scope ? await scope.owner().boundingBox() : { x: 0, y: 0 };
  await page.evaluate(() => document.querySelector('soah-guidance-panel')?.setAttribute('style', 'visibility:hidden'));
  try {
    const found = await scope.locator(':root').evaluate((root, primary) => {
      const doc = root.ownerDocument;
      const pattern = new RegExp(primary);
      const seen = (e: Element) => {
        const r = e.getBoundingClientRect();
        const style = getComputedStyle(e);
        if (!r.width || !r.height || style.visibility !== 'visible' || e.closest('[hidden],[aria-hidden=true]')) return undefined;
        const on: number[] = [];
        for (let x = r.left + 1; x < r.right; x += 3) {
          const hit = doc.elementFromPoint(x, r.top + r.height / 2);
          if (hit && (e.contains(hit) || hit.localName === 'soah-ring')) on.push(x);
        }
        const from = on[0];
        const to = on.at(-1);
        return from === undefined || to === undefined
          ? undefined
          : { x: Math.max(r.left, from - 2), y: r.top, width: Math.min(r.right, to + 2) - Math.max(r.left, from - 2), height: r.height };
      };
      const name = (e: Element) => (e.getAttribute('aria-label') ?? (e as HTMLElement).innerText ?? '').trim();
      return {
        bars: [...doc.querySelectorAll('[role=toolbar],[role=menubar]')].map(seen),
        primaries: [...doc.querySelectorAll('button,[role=button]')].filter((e) => pattern.test(name(e))).map(seen),
      };
    }, PRIMARY_ACTION.source);
    const move = (list: (Box | undefined)[]) => list.flatMap((b) => (b && offset ? [{ ...b, x: b.x + offset.x, y: b.y + offset.y }] : []));
    return { bars: move(found.bars), primaries: move(found.primaries) };
  } finally {
    await page.evaluate(() => document.querySelector('soah-guidance-panel')?.removeAttribute('style'));
  }
}

const show = (b: Box) => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)}`;

/** What is wrong with the guide's placement right now ([] when nothing is). */
async function placementProblems(page: Page, scope: Page | FrameLocator, target: Locator): Promise<string[]> {
  const problems: string[] = [];
  // The ring is drawn around the control, in the control's own document.
  const ringGap = await target.evaluate((el) => {
    const ring = el.ownerDocument.querySelector('soah-ring')?.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    if (!ring) return Infinity;
    return Math.max(
      Math.abs(ring.left - (r.left - 4)),
      Math.abs(ring.top - (r.top - 4)),
      Math.abs(ring.right - (r.right + 4)),
      Math.abs(ring.bottom - (r.bottom + 4)),
    );
  });
  if (ringGap > 1.5) problems.push(`ring off the control by ${ringGap}px`);
  const cardBox = await card(page).boundingBox();
  const control = await target.boundingBox();
  const ring = await scope.locator('soah-ring').boundingBox();
  if (!cardBox || !control || !ring) return [...problems, 'card, control or ring not shown'];
  const side = await card(page).getAttribute('data-side');
  const { bars, primaries } = await shownBoxes(page, scope);
  if (!['right', 'left', 'below', 'above'].includes(side ?? ''))
    problems.push(
      `card not beside the control (${side}; control ${show(control)}, bars ${bars.map(show).join(' | ')}, primary ${primaries.map(show).join(' | ')})`,
    );
  if (cardBox.width > 320 || cardBox.height > 160) problems.push(`card is ${cardBox.width}x${cardBox.height}`);
  if (cardBox.x < 0 || cardBox.y < 0 || cardBox.x + cardBox.width > VIEWPORT.width || cardBox.y + cardBox.height > VIEWPORT.height)
    problems.push('card outside the viewport');
  if (overlap(cardBox, control)) problems.push('card covers the control');
  for (const bar of bars) if (overlap(cardBox, bar)) problems.push(`card (${show(cardBox)}) covers the command bar (${show(bar)})`);
  for (const primary of primaries) if (overlap(cardBox, primary)) problems.push(`card (${show(cardBox)}) covers a primary action (${show(primary)})`);
  // The extension's UI in the page: the card, and the band the ring paints (a 3 px border and a 4 px
  // halo outside it; inside, the control shows through and takes the clicks).
  const ringBand = (ring.width + 8) * (ring.height + 8) - Math.max(0, ring.width - 6) * Math.max(0, ring.height - 6);
  const covered = cardBox.width * cardBox.height + ringBand;
  if (covered > 0.08 * VIEWPORT.width * VIEWPORT.height)
    problems.push(`the guide covers ${((100 * covered) / (VIEWPORT.width * VIEWPORT.height)).toFixed(1)} % of the viewport`);
  return problems;
}

/**
 * The guide points without covering: the ring is on the control, the card sits beside it inside
 * the viewport and covers neither the control, the command bar nor a primary action, and the
 * extension's UI covers at most 8 % of the 1400x900 viewport. Waits for the card to follow.
 */
export async function expectGuideBeside(page: Page, scope: Page | FrameLocator, target: Locator): Promise<void> {
  expect(page.viewportSize()).toEqual(VIEWPORT);
  let problems: string[] = [];
  await expect
    .poll(
      async () => {
        problems = await placementProblems(page, scope, target);
        return problems;
      },
      { timeout: 10_000 },
    )
    .toEqual([]);
}

/** axe finds no serious or critical violation in the guide (the scan reaches into its shadow root). */
export async function guideAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('soah-guidance-panel').analyze();
  expect(results.passes.some((p) => p.nodes.some((n) => Array.isArray(n.target[0])))).toBe(true);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Keyboard only: Tab reaches the card's buttons, Esc folds the card into its launcher, Enter unfolds it. */
export async function expectCardKeyboard(page: Page): Promise<void> {
  const last = card(page).getByRole('button', { name: 'Open the whole checklist' });
  // The card comes last in the page: backwards from wherever the focus is, it is reached first.
  for (
    let i = 0;
    i < 40 && !(await last.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el));
    i++
  )
    await page.keyboard.press('Shift+Tab');
  await expect(last).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(card(page).getByRole('button', { name: 'I can’t find it' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(card(page).getByRole('button', { name: 'I did this' })).toBeFocused();
  await page.keyboard.press('Escape');
  const launcher = page.getByRole('button', { name: /^Show the step card/ });
  await expect(launcher).toBeFocused();
  await expect(card(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole('button', { name: 'I did this' })).toBeFocused();
}
