import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    // browser.i18n answers from the UI string catalogs (utils/i18n).
    setupFiles: ['tests/unit/i18n-setup.ts'],
    restoreMocks: true,
  },
});
