/**
 * SECURITY.md, threat "another extension": a second extension installed beside this one cannot
 * message it, connect to it, or load its pages — even while a secret is held.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { E2E_BUILD, launchBrowser } from './launch';
import { popupState } from './checks-helpers';

test('another extension gets no answer, no connection and no page', async ({ replicas }) => {
  const otherDir = await mkdtemp(path.join(tmpdir(), 'other-extension-'));
  await writeFile(
    path.join(otherDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Other extension', version: '1.0', background: { service_worker: 'sw.js' }, host_permissions: ['<all_urls>'] }),
  );
  await writeFile(path.join(otherDir, 'sw.js'), '// nothing: the test drives it\n');
  const launched = await launchBrowser({ hostResolverRules: replicas.hostResolverRules, extensionDir: `${E2E_BUILD},${otherDir}` });
  try {
    const { context } = launched;
    const workers = async (): Promise<Worker[]> => {
      while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker', { timeout: 15_000 });
      return context.serviceWorkers();
    };
    const all = await workers();
    const ours = all.find((w) => w.url().endsWith('/background.js'));
    const other = all.find((w) => w.url().endsWith('/sw.js'));
    if (!ours || !other) throw new Error(`workers: ${all.map((w) => w.url()).join(', ')}`);
    const ourId = new URL(ours.url()).host;

    // A secret is held (typed in our popup).
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${ourId}/popup.html`);
    await popup.getByLabel('Client secret', { exact: true }).fill('abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa');
    await expect.poll(async () => (await popupState(popup))?.secret?.length).toBe(40);

    const attempts = await other.evaluate(async (id) => {
      type Rt = {
        sendMessage(id: string, m: unknown): Promise<unknown>;
        connect(id: string): {
          onDisconnect: { addListener(f: () => void): void };
          postMessage(m: unknown): void;
          onMessage: { addListener(f: (m: unknown) => void): void };
        };
        lastError?: { message?: string };
      };
      const rt = (globalThis as unknown as { chrome: { runtime: Rt } }).chrome.runtime;
      const out: string[] = [];
      for (const m of [{ type: 'get-state' }, { type: 'set-secret', setupId: 'x', value: 'y' }, { type: 'fill-serviceops', setupId: 'x' }]) {
        try {
          out.push(`answered: ${JSON.stringify(await rt.sendMessage(id, m))}`);
        } catch (e) {
          out.push(`refused: ${String(e)}`);
        }
      }
      out.push(
        await new Promise<string>((resolve) => {
          const port = rt.connect(id);
          port.onMessage.addListener((m) => resolve(`port answered: ${JSON.stringify(m)}`));
          port.onDisconnect.addListener(() => resolve(`port closed: ${rt.lastError?.message ?? ''}`));
          port.postMessage({ type: 'get-state' });
        }),
      );
      for (const file of ['popup.html', 'options.html', 'manifest.json']) {
        try {
          const r = await fetch(`chrome-extension://${id}/${file}`);
          out.push(`fetched ${file}: ${r.status} ${(await r.text()).slice(0, 40)}`);
        } catch (e) {
          out.push(`fetch refused ${file}: ${String(e)}`);
        }
      }
      return out;
    }, ourId);
    for (const a of attempts) expect(a).toMatch(/^(refused|port closed|fetch refused)/);
    expect(attempts.join('\n')).not.toContain('abc8Q~');
    // Still held: nothing the other extension did touched it.
    expect((await popupState(popup))?.secret?.length).toBe(40);
  } finally {
    await launched.context.close();
    await rm(launched.userDataDir, { recursive: true, force: true });
    await rm(otherDir, { recursive: true, force: true });
  }
});

test("the extension's pages and worker connect to Microsoft's sign-in and Graph only (CSP connect-src)", async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  // serviceops.test is a granted host, so only the policy stands between a page and it.
  const attempt = (urls: string[]) =>
    Promise.all(
      urls.map((url) =>
        fetch(url).then(
          (r) => `answered ${r.status}`,
          (e: unknown) => `blocked: ${String(e)}`,
        ),
      ),
    );
  const urls = [
    'https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration',
    'https://graph.microsoft.com/v1.0/$metadata',
    'https://serviceops.test/',
    'https://unrelated.test/',
  ];
  for (const [where, results] of [
    ['popup', await popup.evaluate(attempt, urls)],
    ['worker', await serviceWorker.evaluate(attempt, urls)],
  ] as const) {
    expect(results.slice(0, 2), `${where}: Microsoft answers`).toEqual([expect.stringMatching(/^answered/), expect.stringMatching(/^answered/)]);
    expect(results.slice(2), `${where}: anything else is refused by the policy`).toEqual([
      expect.stringMatching(/^blocked/),
      expect.stringMatching(/^blocked/),
    ]);
  }
});
