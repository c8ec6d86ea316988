/** Helpers for the guided-checklist E2E specs: the panel, the highlighted target, the walk. */
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

export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'ServiceOps mail setup' });
}

/** The heading of the step the panel shows. */
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
  await panel(page).getByRole('button', { name: 'Go to the page for this step' }).click();
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
