/**
 * Shared by the security specs: recording every console line of every extension context, and
 * stopping the service worker the way Chrome does when it goes idle.
 */
import type { BrowserContext, CDPSession, ConsoleMessage, Page, Worker } from '@playwright/test';
import { secretForms } from './profile-scan';

export interface ConsoleLine {
  /** 'worker', 'page <url>' or 'cdp <url>' (the page's own CDP session: every world, content scripts included). */
  source: string;
  text: string;
}

/**
 * Records console output and uncaught errors of the service worker (every incarnation), every
 * page (extension pages, and web pages, whose console also carries their content scripts'
 * lines), and, through CDP, every execution context of every page: content scripts' isolated
 * worlds included, with the full values of logged objects.
 */
export class ConsoleRecorder {
  readonly lines: ConsoleLine[] = [];
  private readonly pending: Promise<unknown>[] = [];
  private readonly sessions: CDPSession[] = [];

  constructor(private readonly context: BrowserContext) {
    for (const w of context.serviceWorkers()) this.watchWorker(w);
    context.on('serviceworker', (w) => this.watchWorker(w));
    for (const p of context.pages()) this.watchPage(p);
    context.on('page', (p) => this.watchPage(p));
  }

  private push(source: string, text: string): void {
    this.lines.push({ source, text });
  }

  private fromMessage(source: string, message: ConsoleMessage): void {
    this.push(source, message.text());
    // Objects print as previews: read their full values too (they may be gone once the page closes).
    this.pending.push(
      Promise.all(message.args().map((a) => a.jsonValue().catch(() => undefined))).then((values) => {
        for (const v of values) if (v !== undefined) this.push(`${source} (value)`, typeof v === 'string' ? v : JSON.stringify(v));
      }),
    );
  }

  private watchWorker(worker: Worker): void {
    worker.on('console', (m) => this.fromMessage('worker', m));
  }

  private watchPage(page: Page): void {
    page.on('console', (m) => this.fromMessage(`page ${page.url()}`, m));
    page.on('pageerror', (e) => this.push(`page error ${page.url()}`, `${e.message}\n${e.stack ?? ''}`));
    this.pending.push(
      (async () => {
        const cdp = await this.context.newCDPSession(page);
        this.sessions.push(cdp);
        cdp.on('Runtime.consoleAPICalled', (e) => this.push(`cdp ${page.url()}`, JSON.stringify({ type: e.type, args: e.args })));
        cdp.on('Runtime.exceptionThrown', (e) => this.push(`cdp error ${page.url()}`, JSON.stringify(e.exceptionDetails)));
        cdp.on('Log.entryAdded', (e) => this.push(`cdp log ${page.url()}`, JSON.stringify(e.entry)));
        await cdp.send('Runtime.enable');
        await cdp.send('Log.enable');
      })().catch(() => undefined),
    );
  }

  /** Waits for the object values still being read. */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** Every recorded line that contains some form of one of the secrets. */
  async linesWith(secrets: string[]): Promise<(ConsoleLine & { form: string })[]> {
    await this.settle();
    const forms = secrets.flatMap((s) => secretForms(s));
    return this.lines.flatMap((line) => {
      const form = forms.find((f) => line.text.includes(f.text));
      return form ? [{ ...line, form: form.name }] : [];
    });
  }

  /** Errors thrown in, or logged by, pages whose URL starts with `prefix`. */
  errorsOn(prefix: string): ConsoleLine[] {
    return this.lines.filter(
      (l) =>
        l.source.startsWith(`page error ${prefix}`) ||
        l.source.startsWith(`cdp error ${prefix}`) ||
        (l.source.startsWith(`cdp log ${prefix}`) && /"level":"error"/.test(l.text)),
    );
  }
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
  targetId?: string;
}

/**
 * Stops the extension's service worker as Chrome does when it idles: the worker's own target is
 * closed over CDP (found through the ServiceWorker domain of any page's session), which ends the
 * worker and all its in-memory state; the next extension event starts a fresh one.
 * (`ServiceWorker.stopAllWorkers` from a page session only reaches that page's storage partition
 * and leaves an extension's worker running.)
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const versions: WorkerVersion[] = [];
  const ours = (v: WorkerVersion) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`);
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => versions.push(...e.versions.filter(ours)));
  await cdp.send('ServiceWorker.enable');
  const deadline = Date.now() + 10_000;
  const latest = () => versions.at(-1);
  while (!latest()?.targetId && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const running = latest();
  if (!running?.targetId) throw new Error(`no running service worker of ${extensionId} to stop (${JSON.stringify(versions)})`);
  await cdp.send('Target.closeTarget', { targetId: running.targetId });
  while (latest()?.runningStatus !== 'stopped' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (latest()?.runningStatus !== 'stopped') throw new Error(`the service worker did not stop: ${JSON.stringify(latest())}`);
  await cdp.detach();
  await page.close();
}

/**
 * The service worker now running (waking it with a message from an extension page when asleep).
 * The message is one the contract refuses: waking the worker reads no state, so nothing (an idle
 * secret's lazy expiry included) runs because of it.
 */
export async function currentWorker(context: BrowserContext, extensionPage: Page): Promise<Worker> {
  const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => undefined);
  await extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'wake-up' }),
  );
  const fresh = await Promise.race([waiting, new Promise<undefined>((r) => setTimeout(() => r(undefined), 2000))]);
  if (fresh) return fresh;
  const all = context.serviceWorkers();
  const last = all.at(-1);
  if (!last) throw new Error('no service worker');
  return last;
}

/**
 * Logs `text` from the extension's content-script world (its isolated world) in the page's main
 * frame, through the page's own CDP session: the positive control that content scripts' console
 * lines are heard.
 */
export async function logFromContentScript(context: BrowserContext, page: Page, extensionId: string, text: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof worlds)[number] }) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const deadline = Date.now() + 10_000;
  const ours = () => worlds.find((w) => w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id && w.origin.includes(extensionId));
  while (!ours() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const world = ours();
  if (!world) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
  await cdp.send('Runtime.evaluate', { expression: `console.log(${JSON.stringify(text)})`, contextId: world.id });
  await cdp.detach();
}
