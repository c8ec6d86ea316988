/**
 * Playwright fixtures: one replica server per worker; a fresh browser profile with the E2E
 * build loaded per test, with its extension id, service worker, popup and options pages.
 */
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { startReplicas, type Replicas } from '../replicas/server';
import { E2E_BUILD, launchBrowser } from './launch';

interface TestFixtures {
  context: BrowserContext;
  userDataDir: string;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens popup.html in a tab (a real popup cannot be opened headless). */
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
}

interface WorkerFixtures {
  replicas: Replicas;
}

export const test = base.extend<TestFixtures & { launched: Awaited<ReturnType<typeof launchBrowser>> }, WorkerFixtures>({
  replicas: [
    async ({}, use) => {
      const replicas = await startReplicas();
      await use(replicas);
      await replicas.close();
    },
    { scope: 'worker' },
  ],
  launched: async ({ replicas }, use) => {
    if (!existsSync(E2E_BUILD)) throw new Error(`No E2E build at ${E2E_BUILD}: run npm run build:e2e first.`);
    const launched = await launchBrowser({ hostResolverRules: replicas.hostResolverRules, extensionDir: E2E_BUILD });
    await use(launched);
    await launched.context.close();
    await rm(launched.userDataDir, { recursive: true, force: true });
  },
  context: async ({ launched }, use) => use(launched.context),
  userDataDir: async ({ launched }, use) => use(launched.userDataDir),
  serviceWorker: async ({ launched }, use) => use(launched.serviceWorker as Worker),
  extensionId: async ({ launched }, use) => use(launched.extensionId as string),
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
});

export { expect };
