/**
 * `npm run build:e2e`: the production build plus one pre-granted host permission for the fixed
 * test origin https://serviceops.test, into .output/chrome-mv3-e2e. It is a production-mode build
 * (same minification, React's production bundle, production JSX) so the E2E suite and the benchmark
 * test what ships; only the manifest differs (see wxt.config.ts).
 */
import { build } from 'wxt';

process.env.SERVICEOPS_E2E_BUILD = '1';
await build({ mode: 'production' });
