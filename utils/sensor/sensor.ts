/**
 * The per-frame portal sensor: turns what its frame shows into facts for the background.
 * It sleeps (route listeners only) on frames whose route no reader wants, and observes
 * mutations only while some reader does, batched to one read per animation frame.
 */
import type { Fact } from '../messages';
import { parsePortalHash } from '../portal-route';
import type { Reader, ReaderContext } from './reader';

export interface SensorEnv {
  window: Window;
  isTopFrame: boolean;
  readers: readonly Reader[];
  send: (fact: Fact) => void;
}

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

  const read = () => {
    frame = 0;
    for (const reader of active) reader.read(ctx).forEach(sendOnce);
  };

  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(read);
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
    active = env.readers.filter((r) => r.wants(ctx));
    if (!active.length || !doc.body) return;
    observer = new MutationObserver(schedule);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
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
    if (frame) win.cancelAnimationFrame(frame);
  };
}
