/**
 * The inline button's click guard (SECURITY.md, clickjacking and keyjacking): the button must have
 * been visible and unoccluded for a while *before* the pointer went down; a keyboard click never
 * fills; where occlusion cannot be measured (Firefox) the click goes on only as 'unchecked'.
 */
import { describe, expect, it } from 'vitest';
import { ActivationGuard, keyboardMessage, MIN_VISIBLE_MS } from '../../utils/fill/activation';

const KEYBOARD_MESSAGE = keyboardMessage();

const down = { isTrusted: true, button: 0 };
const mouseClick = { isTrusted: true, detail: 1 };

function shownSince(at: number, measured = true): ActivationGuard {
  const guard = new ActivationGuard(measured);
  guard.visibility(true, at);
  return guard;
}

describe('ActivationGuard', () => {
  it('fills on a mouse click on a button visible for long enough (positive control)', () => {
    const guard = shownSince(1000);
    guard.pointerDown(down, 1000 + MIN_VISIBLE_MS + 10);
    expect(guard.click(mouseClick, 1000 + MIN_VISIBLE_MS + 80)).toEqual({ act: 'fill', click: 'checked' });
  });

  it('refuses a button that had only just appeared', () => {
    const guard = shownSince(1000);
    guard.pointerDown(down, 1000 + MIN_VISIBLE_MS - 100);
    expect(guard.click(mouseClick, 1000 + MIN_VISIBLE_MS - 20)).toMatchObject({ act: 'refuse', message: expect.stringContaining('only just appeared') });
  });

  it('refuses when a decoy covered the button until the pointer went down (removed in a capture-phase pointerdown)', () => {
    const guard = shownSince(0);
    guard.visibility(false, 800); // the decoy is drawn over it
    // The page removes the decoy in its pointerdown listener: the hit test at that moment is clean,
    // but the browser had not measured the button visible again before the pointer went down.
    guard.pointerDown(down, 2000, undefined);
    expect(guard.click(mouseClick, 2050, undefined)).toMatchObject({ act: 'refuse', message: expect.stringContaining('drawn over the button') });
  });

  it('a keyboard click (Enter or Space: detail 0, no pointerdown) never fills and points to the popup', () => {
    const guard = shownSince(0);
    expect(guard.click({ isTrusted: true, detail: 0 }, 5000)).toEqual({ act: 'refuse', message: KEYBOARD_MESSAGE });
    // Even right after a pointerdown: the click itself came from the keyboard.
    guard.pointerDown(down, 6000);
    expect(guard.click({ isTrusted: true, detail: 0 }, 6010)).toEqual({ act: 'refuse', message: KEYBOARD_MESSAGE });
    expect(KEYBOARD_MESSAGE).toContain('Fill ServiceOps form');
  });

  it('ignores a page script’s click, and a hit-test problem at pointerdown wins', () => {
    const guard = shownSince(0);
    guard.pointerDown(down, 5000);
    expect(guard.click({ isTrusted: false, detail: 1 }, 5010)).toEqual({ act: 'ignore' });
    guard.pointerDown(down, 6000, 'something covers the button');
    expect(guard.click(mouseClick, 6010)).toMatchObject({ act: 'refuse', message: expect.stringContaining('something covers the button') });
    guard.pointerDown({ isTrusted: false, button: 0 }, 7000);
    expect(guard.click(mouseClick, 7010)).toEqual({ act: 'refuse', message: KEYBOARD_MESSAGE });
  });

  it('where occlusion cannot be measured (Firefox) a good click goes on as unchecked: the background confirms in extension UI', () => {
    const guard = shownSince(0, false);
    guard.pointerDown(down, 5000);
    expect(guard.click(mouseClick, 5010)).toEqual({ act: 'fill', click: 'unchecked' });
  });
});
