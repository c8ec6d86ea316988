/**
 * Fixtures of the Firefox suite: one replica server and one replicaProxy per worker, a fresh Firefox
 * profile with the extension installed per test, and the helpers every Firefox spec needs.
 * Playwright runs the tests (reporting, retries, expect); puppeteer-core drives Firefox.
 */
import { test as base, expect } from '@playwright/test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { startReplicas, type Replicas } from '../replicas/server';
import { launchFirefox, openExtensionPage, startReplicaProxy, type ReplicaProxy } from './launch';

interface TestFixtures {
  firefox: Browser;
  /** Opens popup.html, options.html… in a tab (a real popup cannot be opened headless). */
  extensionPage: (file: string) => Promise<Page>;
}

interface WorkerFixtures {
  replicas: Replicas;
  replicaProxy: ReplicaProxy;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  replicas: [
    async ({}, use) => {
      const replicas = await startReplicas();
      await use(replicas);
      await replicas.close();
    },
    { scope: 'worker' },
  ],
  replicaProxy: [
    async ({ replicas }, use) => {
      const replicaProxy = await startReplicaProxy(replicas);
      await use(replicaProxy);
      await replicaProxy.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ replicaProxy }, use) => {
    const launched = await launchFirefox(replicaProxy);
    await use(launched.browser);
    await launched.close();
  },
  extensionPage: async ({ firefox }, use) => {
    await use((file) => openExtensionPage(firefox, file));
  },
});

export { expect };

/** Reads one key of the extension's storage from an extension page (trusted context). */
export async function extensionStorage<T>(page: Page, area: 'local' | 'session', key: string): Promise<T | undefined> {
  return page.evaluate(
    async (a, k) => {
      const api = (globalThis as unknown as { browser: { storage: Record<string, { get(k: string): Promise<Record<string, unknown>> }> } }).browser;
      return (await api.storage[a]!.get(k))[k];
    },
    area,
    key,
  ) as Promise<T | undefined>;
}

/** The frame whose URL matches, once it exists (Fluent blades live in a reactblade frame). */
export async function frameMatching(page: Page, pattern: RegExp, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => pattern.test(f.url()));
    if (frame) return frame;
    if (Date.now() > deadline)
      throw new Error(
        `No frame matching ${pattern} (frames: ${page
          .frames()
          .map((f) => f.url())
          .join(', ')})`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An accessible-name selector for puppeteer's ARIA query handler (role and name). */
export function aria(name: string, role?: string): string {
  const escaped = name.replace(/[()[\]\\]/g, (c) => `\\${c}`);
  return `::-p-aria(${escaped}${role ? `[role="${role}"]` : ''})`;
}

/**
 * Loads a replica page. Only DOMContentLoaded is awaited: over BiDi, Firefox reports no load event
 * for a URL that carries a fragment (every portal route does).
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}
