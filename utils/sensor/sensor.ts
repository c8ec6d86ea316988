/**
 * The per-frame portal sensor: turns what its frame shows into facts for the background.
 * It sleeps (route listeners only) on frames whose route no reader wants, and observes
 * mutations only while some reader does, batched to one read per animation frame and at most
 * one every MIN_GAP_MS.
 */
import type { Fact } from '../schemas';
import { parsePortalHash } from '../portal-route';
import type { Reader, ReaderContext } from './reader';

export interface SensorEnv {
  window: Window;
  isTopFrame: boolean;
  readers: readonly Reader[];
  send: (fact: Fact) => void;
}

/** The shortest time between two reads of a blade that keeps changing. */
export const MIN_GAP_MS = 300;

export function startSensor(env: SensorEnv): () => void {
  const { window: win } = env;
  const doc = win.document;
  let observer: MutationObserver | undefined;
  let frame = 0;
  let active: Reader[] = [];
  let ctx: ReaderContext = { route: undefined, isTopFrame: env.isTopFrame, document: doc };
  const lastSent = new Map<string, string>();

  const sendOnce = (fact: Fact) => {
    const key = JSON.stringify(fact);
    if (lastSent.get(fact.kind) === key) return;
    lastSent.set(fact.kind, key);
    env.send(fact);
  };

  // A blade that keeps re-rendering (a big grid refreshing) is read at most every MIN_GAP_MS: each
  // read walks the frame's text, and the last state is what counts. The first read on a route is
  // immediate (next frame), so a blade that just opened is seen at once.
  let lastRead = -Infinity;
  let timer = 0;
  const watch = () => {
    if (doc.body) observer?.observe(doc.body, { childList: true, subtree: true, characterData: true });
  };
  const read = () => {
    frame = 0;
    lastRead = win.performance.now();
    // Watching again before reading: a change during or after this read schedules the next one.
    watch();
    for (const reader of active) reader.read(ctx).forEach(sendOnce);
  };

  // Reads run when the frame is idle (soon in any case), not inside the portal's rendering work.
  const hasIdle = typeof win.requestIdleCallback === 'function';
  const idle = (run: () => void) => (hasIdle ? win.requestIdleCallback(run, { timeout: 100 }) : win.requestAnimationFrame(run));
  const cancelPending = () => {
    if (frame && hasIdle) win.cancelIdleCallback(frame);
    else if (frame) win.cancelAnimationFrame(frame);
    if (timer) win.clearTimeout(timer);
    frame = 0;
    timer = 0;
  };
  const schedule = () => {
    if (frame || timer) return;
    const wait = lastRead + MIN_GAP_MS - win.performance.now();
    if (wait <= 0) frame = idle(read);
    else
      timer = win.setTimeout(() => {
        timer = 0;
        frame = idle(read);
      }, wait);
  };

  let lastHash: string | undefined;
  const onRoute = () => {
    // hashchange and the Navigation API may both report one navigation.
    if (win.location.hash === lastHash) return;
    lastHash = win.location.hash;
    ctx = { route: parsePortalHash(win.location.hash), isTopFrame: env.isTopFrame, document: doc };
    sendOnce({ kind: 'route', host: win.location.host, hash: win.location.hash.slice(0, 2000), topFrame: env.isTopFrame });
    observer?.disconnect();
    observer = undefined;
    // A read still waiting for the gap belongs to the old blade: the new one is read at once.
    cancelPending();
    lastRead = -Infinity;
    active = env.readers.filter((r) => r.wants(ctx));
    if (!active.length || !doc.body) return;
    // Once a read is due, further changes add nothing until it runs: the observer lets go in
    // between, so the browser builds no records for the rest of a re-render burst.
    const seen = new MutationObserver(() => {
      seen.disconnect();
      schedule();
    });
    observer = seen;
    watch();
    schedule();
  };

  // Framed blades follow the top with history.replaceState, which fires no hashchange; the
  // Navigation API reports every same-document navigation (Chrome), hashchange covers the rest.
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  win.addEventListener('hashchange', onRoute);
  nav?.addEventListener('currententrychange', onRoute);
  onRoute();
  return () => {
    win.removeEventListener('hashchange', onRoute);
    nav?.removeEventListener('currententrychange', onRoute);
    observer?.disconnect();
    cancelPending();
  };
}
