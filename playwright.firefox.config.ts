import { defineConfig } from '@playwright/test';

/**
 * The Firefox suite: Debian's Firefox ESR headless, driven by puppeteer-core over WebDriver BiDi
 * (Playwright's own Firefox is a patched build that cannot install this extension). One worker:
 * each test starts its own Firefox, which is heavy on a 2-core machine.
 */
export default defineConfig({
  testDir: 'tests/firefox',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results/firefox',
});
