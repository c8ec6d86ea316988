/**
 * Starting Chromium with the built extension against the replicas. Shared by the E2E
 * fixtures, `npm start` and the benchmark.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath } from '../../scripts/chromium-path';

export const E2E_BUILD = path.resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3-e2e');

export interface LaunchOptions {
  hostResolverRules: string;
  /** Built extension folder; omit to run without the extension (benchmark baseline). */
  extensionDir?: string;
  headless?: boolean;
  userDataDir?: string;
  slowMo?: number;
  /** More Chromium switches, e.g. `--lang=de` for the browser's UI language. */
  args?: string[];
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  serviceWorker?: Worker;
  extensionId?: string;
}

export async function launchBrowser(options: LaunchOptions): Promise<Launched> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'serviceops-helper-profile-')));
  const args = [
    `--host-resolver-rules=${options.hostResolverRules}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
    // The replicas resolve to loopback; without this Chromium treats every mapped host as a local-network request.
    '--disable-features=LocalNetworkAccessChecks',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(...(options.args ?? []));
  if (options.extensionDir) args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    slowMo: options.slowMo,
    viewport: { width: 1400, height: 900 },
    ignoreDefaultArgs: options.extensionDir ? ['--disable-extensions'] : undefined,
  });
  if (!options.extensionDir) return { context, userDataDir };
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, userDataDir, serviceWorker, extensionId };
}
