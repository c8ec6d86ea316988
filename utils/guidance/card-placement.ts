/**
 * Where the step card goes: beside the highlighted control, with its arrow pointing at it, inside
 * the visible area, and never over the control, the blade's command bar or its primary action
 * (the "avoid" rectangles the frames report). Pure geometry in top-frame viewport pixels.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Size {
  w: number;
  h: number;
}

/** Which side of the control the card sits on (its arrow is on the opposite edge). */
export type Side = 'right' | 'left' | 'below' | 'above';
export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export interface Placement {
  x: number;
  y: number;
  /** Beside a control: the side it sits on, and where along that edge the arrow points (px from the card's corner). */
  side?: Side;
  arrow?: number;
  /** Docked at a corner (no control to point at, or no room beside it). */
  corner?: Corner;
  /** Area still covering an avoid rectangle (0 when none is covered). */
  covers: number;
}

/** The largest card the overlay draws (issue: "about 320x160 px at most"). */
export const CARD_MAX: Size = { w: 320, h: 160 };
/** Space kept free around the viewport's edges. */
export const MARGIN = 8;
/** Between the control and the card: the ring around the control, then the arrow. */
const RING = 8;
const ARROW = 10;
/** The arrow keeps this far from the card's corners (its rounded border). */
const ARROW_INSET = 14;

export function inflate(r: Rect, d: number): Rect {
  return { x: r.x - d, y: r.y - d, w: r.w + 2 * d, h: r.h + 2 * d };
}

export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

export function intersects(a: Rect, b: Rect): boolean {
  return overlapArea(a, b) > 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** The part of `r` inside `clip` (zero-sized when they do not meet). */
export function clipRect(r: Rect, clip: Rect): Rect {
  const x = clamp(r.x, clip.x, clip.x + clip.w);
  const y = clamp(r.y, clip.y, clip.y + clip.h);
  return { x, y, w: clamp(r.x + r.w, x, clip.x + clip.w) - x, h: clamp(r.y + r.h, y, clip.y + clip.h) - y };
}

function covered(card: Rect, avoid: readonly Rect[]): number {
  return avoid.reduce((sum, a) => sum + overlapArea(card, a), 0);
}

function inViewport(r: Rect, vp: Size): boolean {
  return r.x >= MARGIN - 0.5 && r.y >= MARGIN - 0.5 && r.x + r.w <= vp.w - MARGIN + 0.5 && r.y + r.h <= vp.h - MARGIN + 0.5;
}

/**
 * Positions along the edge beside the control, best first: centred on it, then slid just past each
 * avoid rectangle, all within the viewport, and only where the arrow can still reach the control.
 */
function slides(center: number, size: number, avoidEdges: number[], lo: number, hi: number): number[] {
  const wanted = [center - size / 2, ...avoidEdges.flatMap((e) => [e + 1, e - size - 1])].map((p) => clamp(p, lo, hi - size));
  const reach = wanted.filter((p) => center >= p + ARROW_INSET && center <= p + size - ARROW_INSET);
  return [...new Set(reach.map(Math.round))].sort((a, b) => Math.abs(a + size / 2 - center) - Math.abs(b + size / 2 - center));
}

/** Every position beside the control (sides in order of preference), none over the control itself. */
function besideCandidates(target: Rect, card: Size, vp: Size, avoid: readonly Rect[]): Placement[] {
  const ring = inflate(target, RING);
  const cx = target.x + target.w / 2;
  const cy = target.y + target.h / 2;
  const out: Placement[] = [];
  const vertical = (side: 'right' | 'left', x: number) => {
    const edges = avoid.flatMap((a) => [a.y, a.y + a.h]);
    for (const y of slides(cy, card.h, edges, MARGIN, vp.h - MARGIN)) out.push({ x, y, side, arrow: cy - y, covers: 0 });
  };
  const horizontal = (side: 'below' | 'above', y: number) => {
    const edges = avoid.flatMap((a) => [a.x, a.x + a.w]);
    for (const x of slides(cx, card.w, edges, MARGIN, vp.w - MARGIN)) out.push({ x, y, side, arrow: cx - x, covers: 0 });
  };
  vertical('right', ring.x + ring.w + ARROW);
  vertical('left', ring.x - ARROW - card.w);
  horizontal('below', ring.y + ring.h + ARROW);
  horizontal('above', ring.y - ARROW - card.h);
  return out
    .map((p) => ({ ...p, x: Math.round(p.x), y: Math.round(p.y), arrow: Math.round(p.arrow ?? 0) }))
    .filter((p) => {
      const r = { x: p.x, y: p.y, w: card.w, h: card.h };
      return inViewport(r, vp) && !intersects(r, ring);
    })
    .map((p) => ({ ...p, covers: covered({ x: p.x, y: p.y, w: card.w, h: card.h }, avoid) }));
}

/** The card at a corner of the viewport, the first one that covers nothing to avoid (else the one covering least). */
export function dockCard(card: Size, vp: Size, avoid: readonly Rect[], keepClear: readonly Rect[] = []): Placement {
  const right = vp.w - MARGIN - card.w;
  const bottom = vp.h - MARGIN - card.h;
  const corners: [Corner, number, number][] = [
    ['bottom-right', right, bottom],
    ['bottom-left', MARGIN, bottom],
    ['top-right', right, MARGIN],
    ['top-left', MARGIN, MARGIN],
  ];
  const all = [...avoid, ...keepClear];
  const placed = corners.map(([corner, x, y]) => ({
    corner,
    x: Math.round(Math.max(MARGIN, x)),
    y: Math.round(Math.max(MARGIN, y)),
    covers: covered({ x: Math.max(MARGIN, x), y: Math.max(MARGIN, y), w: card.w, h: card.h }, all),
  }));
  return placed.reduce((best, p) => (p.covers < best.covers ? p : best));
}

/**
 * The card beside the control: the first position that covers nothing to avoid, else the one that
 * covers least; never over the control. Docked at a corner when there is no room beside it.
 */
export function placeCard(target: Rect, card: Size, vp: Size, avoid: readonly Rect[]): Placement {
  const candidates = besideCandidates(target, card, vp, avoid);
  const best = candidates.reduce<Placement | undefined>((b, p) => (!b || p.covers < b.covers ? p : b), undefined);
  if (best && best.covers === 0) return best;
  const docked = dockCard(card, vp, avoid, [inflate(target, RING)]);
  // Docked away from the control beats a card beside it over the command bar; beside it wins a tie.
  if (!best || docked.covers < best.covers) return docked;
  return best;
}

/** Where a rectangle reported by a frame is in the top frame: moved by the frame's content box, cut to what the frame shows. */
export function toTopFrame(r: Rect, frameBox: Rect): Rect {
  return clipRect({ x: r.x + frameBox.x, y: r.y + frameBox.y, w: r.w, h: r.h }, frameBox);
}

export interface FrameCandidate {
  origin: string;
  /** The iframe's content box in the top frame's viewport. */
  box: Rect;
}

/**
 * Which of the top frame's iframes a report came from: the shown one of the reporting frame's
 * origin whose content box is the frame's viewport size. The portal keeps older blades' frames
 * hidden, so at most one of an origin matches in practice; when none or several do, the
 * report cannot be placed and the card docks.
 */
export function matchFrame(frames: readonly FrameCandidate[], origin: string, viewport: Size): FrameCandidate | undefined {
  const hits = frames.filter(
    (f) => f.origin === origin && f.box.w > 0 && f.box.h > 0 && Math.abs(f.box.w - viewport.w) <= 2 && Math.abs(f.box.h - viewport.h) <= 2,
  );
  return hits.length === 1 ? hits[0] : undefined;
}
