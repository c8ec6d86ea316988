/**
 * The frame side of the guided checklist: follows the background's watch command, points at
 * the watched step's target in this frame (ring, scroll into view, a "Click here" tip) and
 * reports the blade facts the step needs. Idle (no observer, no listeners but one message
 * listener) while no step is watched; work is batched to one pass per animation frame.
 */
import type { PortalCommand, Request } from '../messages';
import type { BladeFact, Watch } from '../schemas';
import { BLADE_READERS } from './blade-facts';
import { findTarget, keepClear } from './targets';

export interface FrameRuntime {
  id: string;
  send(message: Request): Promise<unknown>;
  /** Subscribes to messages from the extension; returns the unsubscribe function. */
  listen(listener: (message: unknown, sender: { id?: string }) => void): () => void;
}

/** Set on the element being pointed at (its value: the stage id); lets tests and the panel find it. */
export const TARGET_ATTR = 'data-soah-target';
const RING_TAG = 'soah-ring';
/** How long a blade state must hold before it is reported. */
export const SETTLE_MS = 250;

function isWatch(w: unknown): w is Watch {
  return typeof w === 'object' && w !== null && typeof (w as Watch).id === 'string' && Array.isArray((w as Watch).stages) && Array.isArray((w as Watch).read);
}

function makeRing(doc: Document): HTMLElement {
  const ring = doc.createElement(RING_TAG);
  ring.setAttribute('aria-hidden', 'true');
  // What to do is on the step card the top frame places beside the ring.
  ring.style.cssText =
    'all:initial;position:fixed;z-index:2147483646;pointer-events:none;box-sizing:border-box;border:3px solid #d83b01;border-radius:6px;box-shadow:0 0 0 4px rgba(216,59,1,.3)';
  return ring;
}

export function startGuidanceFrame(win: Window, rt: FrameRuntime): () => void {
  const doc = win.document;
  let watch: Watch | null = null;
  let observer: MutationObserver | undefined;
  let frame = 0;
  let follow = 0;
  let target: Element | undefined;
  let ring: HTMLElement | undefined;
  const sent = new Map<string, string>();
  const settling = new Map<string, { json: string; at: number }>();

  const report = (fact: BladeFact) => {
    const json = JSON.stringify(fact);
    if (sent.get(fact.kind) === json) return;
    sent.set(fact.kind, json);
    rt.send({ type: 'guidance-fact', fact }).catch(() => sent.delete(fact.kind));
  };

  let layout = '';
  /** Tells the top frame where the target and the controls to keep clear are, whenever that changes. */
  const reportLayout = (r: DOMRect | undefined) => {
    const box = (b: DOMRect): [number, number, number, number] => [b.x, b.y, b.width, b.height].map(Math.round) as [number, number, number, number];
    const avoid = keepClear(doc).slice(0, 16).map(box);
    // A frame with nothing to say says so once (it may have reported a target before).
    const next = watch && (r || avoid.length || layout) ? { watch: watch.id, target: r && box(r), avoid, vw: win.innerWidth, vh: win.innerHeight } : undefined;
    const json = JSON.stringify(next);
    if (!next || json === layout) return;
    layout = next.target || avoid.length ? json : '';
    rt.send({ type: 'guidance-layout', ...next }).catch(() => undefined);
  };

  const place = () => {
    const r = target?.getBoundingClientRect();
    if (r && ring)
      Object.assign(ring.style, {
        left: `${r.left - 4}px`,
        top: `${r.top - 4}px`,
        width: `${r.width + 8}px`,
        height: `${r.height + 8}px`,
        display: r.width || r.height ? 'block' : 'none',
      });
    reportLayout(r);
  };

  const point = (el: Element | undefined, stage?: string) => {
    if (el !== target) {
      target?.removeAttribute(TARGET_ATTR);
      target = el;
      if (el) el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    }
    if (!el) {
      ring?.remove();
      ring = undefined;
      return reportLayout(undefined);
    }
    el.setAttribute(TARGET_ATTR, stage ?? '');
    ring ??= makeRing(doc);
    if (!ring.isConnected) doc.documentElement.append(ring);
    place();
  };

  const tick = () => {
    frame = 0;
    if (!watch) return;
    const hit = findTarget(doc, watch.stages);
    point(hit?.el, hit?.stage.id);
    if (watch.stages.length) {
      const r = hit?.el.getBoundingClientRect();
      report({
        kind: 'target',
        watch: watch.id,
        stage: hit?.stage.id,
        found: !!hit,
        side: r ? (r.left + r.width / 2 > win.innerWidth / 2 ? 'right' : 'left') : undefined,
      });
    }
    for (const kind of watch.read) {
      const fact = BLADE_READERS[kind]?.(doc, watch.words ?? {});
      if (!fact) continue;
      // A blade state counts once it holds for SETTLE_MS: a control and the Save button it enables
      // may re-render in separate passes, and "on and saved" for one frame is not saved.
      const json = JSON.stringify(fact);
      const last = settling.get(kind);
      if (last?.json !== json) {
        settling.set(kind, { json, at: win.performance.now() });
        win.setTimeout(schedule, SETTLE_MS);
      } else if (win.performance.now() - last.at >= SETTLE_MS) report(fact);
    }
  };

  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(tick);
  };
  const onScroll = () => win.requestAnimationFrame(place);
  const EVENTS = ['input', 'change', 'click', 'keyup'] as const;

  const stopWatching = () => {
    observer?.disconnect();
    observer = undefined;
    for (const e of EVENTS) doc.removeEventListener(e, schedule, true);
    win.removeEventListener('scroll', onScroll, true);
    win.removeEventListener('resize', schedule);
    win.clearInterval(follow);
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  };

  const apply = (next: Watch | null) => {
    if (JSON.stringify(next) === JSON.stringify(watch)) return;
    stopWatching();
    watch = next;
    sent.clear();
    settling.clear();
    if (!next || !doc.body) return point(undefined);
    observer = new MutationObserver(schedule);
    observer.observe(doc.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-checked', 'aria-selected', 'aria-expanded', 'aria-disabled', 'disabled', 'hidden'],
    });
    for (const e of EVENTS) doc.addEventListener(e, schedule, true);
    win.addEventListener('scroll', onScroll, true);
    // A frame shown or resized changes what is visible without any mutation in it: look again.
    win.addEventListener('resize', schedule);
    // The control also moves without a mutation or scroll here (a style change, the frame's own layout): the ring and card follow.
    // Nothing pointed at yet: look again too, since a control can become visible by a style or class change
    // alone (Fluent's command bar, once measured), which the observer does not watch (it would fire on every hover).
    // Only the finder runs then; the full pass (readers, reports) follows once it finds something.
    follow = win.setInterval(() => {
      if (target) onScroll();
      else if (watch?.stages.length && findTarget(doc, watch.stages)) schedule();
    }, 400);
    schedule();
  };

  // The answer to the question below and the background's commands travel apart: an answer read
  // before the next step's watch was stored can arrive after that watch's command. Once a command
  // has come, it is the newer word (every later change sends another), so a late answer is dropped.
  let commanded = false;
  const unlisten = rt.listen((message, sender) => {
    const command = message as PortalCommand;
    if (sender.id !== rt.id || command?.type !== 'guidance-watch') return;
    if (command.watch !== null && !isWatch(command.watch)) return;
    commanded = true;
    apply(command.watch);
  });
  rt.send({ type: 'guidance-watch-get' })
    .then((res) => {
      const r = res as { ok?: boolean; value?: unknown } | undefined;
      if (!commanded && r?.ok && isWatch(r.value)) apply(r.value);
    })
    .catch(() => undefined);

  return () => {
    unlisten();
    stopWatching();
    point(undefined);
  };
}
