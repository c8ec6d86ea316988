import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { portalCommandSchema, type PortalCommand } from '../../utils/messages';
import { matchFrame, toTopFrame, type FrameCandidate, type Rect, type Size } from '../../utils/guidance/card-placement';

type LayoutReport = Extract<PortalCommand, { type: 'guidance-layout' }>;

export interface CardLayout {
  /** The watched control in the top frame's viewport, when a frame that can be placed shows it. */
  target?: Rect;
  /** Command bars and primary actions of every frame, in the top frame's viewport. */
  avoid: Rect[];
  viewport: Size;
}

const rect = ([x, y, w, h]: readonly number[]): Rect => ({ x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 });

/** The shown iframes of the top document, each with its origin and content box (inside its border). */
function frameCandidates(doc: Document): FrameCandidate[] {
  return [...doc.querySelectorAll('iframe')].flatMap((frame) => {
    try {
      const r = frame.getBoundingClientRect();
      const box = { x: r.left + frame.clientLeft, y: r.top + frame.clientTop, w: frame.clientWidth, h: frame.clientHeight };
      return [{ origin: new URL(frame.src, doc.baseURI).origin, box }];
    } catch {
      return [];
    }
  });
}

/** Every frame's last report moved into the top frame; a report whose frame cannot be found is left out. */
function combine(win: Window, reports: Iterable<LayoutReport>): CardLayout {
  const viewport = { w: win.innerWidth, h: win.innerHeight };
  const frames = frameCandidates(win.document);
  let target: Rect | undefined;
  const avoid: Rect[] = [];
  for (const r of reports) {
    const box = r.frameId === 0 ? { x: 0, y: 0, w: viewport.w, h: viewport.h } : matchFrame(frames, r.origin, { w: r.vw, h: r.vh })?.box;
    if (!box) continue;
    for (const a of r.avoid) {
      const moved = toTopFrame(rect(a), box);
      if (moved.w && moved.h) avoid.push(moved);
    }
    const t = r.target && toTopFrame(rect(r.target), box);
    if (t && t.w && t.h) target = t;
  }
  return { target, avoid, viewport };
}

/**
 * Where the step card's control and the things it must not cover are, as the frames report them
 * (through the background) and as the top frame's scrolling and resizing move them.
 */
export function useCardLayout(win: Window): CardLayout {
  const reports = useRef(new Map<number, LayoutReport>());
  const [layout, setLayout] = useState<CardLayout>(() => ({ avoid: [], viewport: { w: win.innerWidth, h: win.innerHeight } }));

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setLayout(combine(win, reports.current.values()));
    };
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(update);
    };
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const command = portalCommandSchema.safeParse(message).data;
      if (command?.type !== 'guidance-layout') return;
      // A new watch (another step or blade): what frames said about the last one no longer holds.
      for (const [id, r] of reports.current) if (r.watch !== command.watch) reports.current.delete(id);
      reports.current.set(command.frameId, command);
      schedule();
    };
    browser.runtime.onMessage.addListener(listener);
    win.addEventListener('resize', schedule);
    win.addEventListener('scroll', schedule, true);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      win.removeEventListener('resize', schedule);
      win.removeEventListener('scroll', schedule, true);
      if (frame) win.cancelAnimationFrame(frame);
    };
  }, [win]);

  return layout;
}
