import { describe, expect, it } from 'vitest';
import { CARD_MAX, dockCard, inflate, intersects, matchFrame, MARGIN, placeCard, toTopFrame, type Rect } from '../../utils/guidance/card-placement';

const VP = { w: 1400, h: 900 };
const CARD = CARD_MAX;
const rectOf = (p: { x: number; y: number }): Rect => ({ x: p.x, y: p.y, w: CARD.w, h: CARD.h });
const inside = (r: Rect) => r.x >= MARGIN && r.y >= MARGIN && r.x + r.w <= VP.w - MARGIN && r.y + r.h <= VP.h - MARGIN;

describe('the step card beside its control', () => {
  it('sits to the right of a control with room there, its arrow at the control', () => {
    const target = { x: 300, y: 400, w: 120, h: 32 };
    const p = placeCard(target, CARD, VP, []);
    expect(p.side).toBe('right');
    expect(p.x).toBeGreaterThanOrEqual(target.x + target.w);
    // The arrow points at the control's middle.
    expect(p.y + (p.arrow ?? 0)).toBe(target.y + target.h / 2);
    expect(intersects(rectOf(p), inflate(target, 4))).toBe(false);
    expect(inside(rectOf(p))).toBe(true);
  });

  it('goes to the left of a control at the right edge, and below one that spans the width', () => {
    const right = { x: 1250, y: 300, w: 120, h: 32 };
    expect(placeCard(right, CARD, VP, []).side).toBe('left');
    const wide = { x: 20, y: 200, w: 1360, h: 40 };
    const p = placeCard(wide, CARD, VP, []);
    expect(p.side).toBe('below');
    expect(p.y).toBeGreaterThanOrEqual(wide.y + wide.h);
  });

  it('slides along the control to keep off the command bar and the primary button', () => {
    const target = { x: 200, y: 120, w: 140, h: 32 };
    const commandBar = { x: 0, y: 80, w: 1400, h: 36 };
    const primary = { x: 360, y: 180, w: 90, h: 32 };
    const p = placeCard(target, CARD, VP, [commandBar, primary]);
    expect(p.covers).toBe(0);
    expect(intersects(rectOf(p), commandBar)).toBe(false);
    expect(intersects(rectOf(p), primary)).toBe(false);
    expect(intersects(rectOf(p), inflate(target, 4))).toBe(false);
    // Still beside the control, arrow within the card's edge.
    expect(p.side).toBeDefined();
    expect(p.arrow).toBeGreaterThan(0);
  });

  it('stays in the viewport near its corners', () => {
    for (const target of [
      { x: 2, y: 2, w: 60, h: 24 },
      { x: 1330, y: 870, w: 60, h: 24 },
      { x: 1330, y: 2, w: 60, h: 24 },
      { x: 2, y: 870, w: 60, h: 24 },
    ]) {
      const p = placeCard(target, CARD, VP, []);
      expect(inside(rectOf(p))).toBe(true);
      expect(intersects(rectOf(p), target)).toBe(false);
    }
  });

  it('docks at a corner rather than cover the command bar when there is no clean place beside the control', () => {
    // A control boxed in by command bars above and below and buttons to its sides.
    const target = { x: 600, y: 400, w: 200, h: 30 };
    const avoid = [
      { x: 0, y: 250, w: 1400, h: 140 },
      { x: 0, y: 440, w: 1400, h: 140 },
      { x: 0, y: 380, w: 590, h: 60 },
      { x: 810, y: 380, w: 590, h: 60 },
    ];
    const p = placeCard(target, CARD, VP, avoid);
    expect(p.corner).toBe('bottom-right');
    expect(p.covers).toBe(0);
  });

  it('never covers the control, even when every other place covers something', () => {
    const target = { x: 500, y: 300, w: 300, h: 200 };
    const everything = [{ x: 0, y: 0, w: 1400, h: 900 }];
    const p = placeCard(target, CARD, VP, everything);
    expect(intersects(rectOf(p), target)).toBe(false);
  });
});

describe('the docked card', () => {
  it('takes the bottom-right corner, or the next corner that covers nothing', () => {
    expect(dockCard(CARD, VP, [])).toMatchObject({ corner: 'bottom-right', x: VP.w - MARGIN - CARD.w, y: VP.h - MARGIN - CARD.h, covers: 0 });
    const primaryBottomRight = { x: 1200, y: 840, w: 100, h: 32 };
    expect(dockCard(CARD, VP, [primaryBottomRight]).corner).toBe('bottom-left');
    const bottomBar = { x: 0, y: 820, w: 1400, h: 60 };
    expect(dockCard(CARD, VP, [bottomBar]).corner).toBe('top-right');
  });
});

describe('rectangles from a frame', () => {
  it('are moved by the frame box and cut to what the frame shows', () => {
    const box = { x: 300, y: 100, w: 800, h: 600 };
    expect(toTopFrame({ x: 10, y: 20, w: 50, h: 30 }, box)).toEqual({ x: 310, y: 120, w: 50, h: 30 });
    expect(toTopFrame({ x: 780, y: 590, w: 50, h: 30 }, box)).toEqual({ x: 1080, y: 690, w: 20, h: 10 });
    expect(toTopFrame({ x: 900, y: 10, w: 50, h: 30 }, box).w).toBe(0);
  });

  it('come from the one shown iframe of their origin and viewport size, else from none', () => {
    const shown = { origin: 'https://sandbox-1.reactblade.portal.azure.net', box: { x: 300, y: 100, w: 800, h: 600 } };
    const hidden = { origin: shown.origin, box: { x: 0, y: 0, w: 0, h: 0 } };
    const other = { origin: 'https://other.example', box: { x: 0, y: 0, w: 800, h: 600 } };
    expect(matchFrame([hidden, other, shown], shown.origin, { w: 800, h: 600 })).toBe(shown);
    expect(matchFrame([hidden, other, shown], shown.origin, { w: 640, h: 600 })).toBeUndefined();
    expect(matchFrame([shown, { ...shown }], shown.origin, { w: 800, h: 600 })).toBeUndefined();
  });
});
