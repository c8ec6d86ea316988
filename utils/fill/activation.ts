/**
 * When a click on the inline "Fill from Azure setup" button is the admin's own decision
 * (clickjacking and keyjacking, SECURITY.md). Checks made at click time are too late: a hostile
 * page can remove its decoy in a capture-phase pointerdown. So the button must already have been
 * visible and unoccluded for a while when the pointer went down, as the browser measured it over
 * time (IntersectionObserver v2 in Chrome). A click without a pointer (Enter or Space on a button
 * the page may have focused while the admin typed) never fills. Where occlusion cannot be
 * measured (Firefox), the click is passed on as 'unchecked' and the background asks in extension UI.
 */
import { t } from '../i18n/t';

/** How long the button must have been on screen, unoccluded, before the pointer went down. */
export const MIN_VISIBLE_MS = 500;
/** A pointerdown arms only the click that follows it soon. */
const ARM_MS = 3000;

/** Why a keyboard click does nothing, and the keyboard's way to fill (the popup). */
export const keyboardMessage = (): string => t('fill_keyboard');

export type Verdict = { act: 'ignore' } | { act: 'refuse'; message: string } | { act: 'fill'; click: 'checked' | 'unchecked' };

export interface PointerLike {
  isTrusted: boolean;
  button: number;
}

export interface ClickLike {
  isTrusted: boolean;
  /** 0 for a click the keyboard made (Enter, Space), the click count for a pointer's. */
  detail: number;
}

export class ActivationGuard {
  private visibleSince: number | undefined;
  private armed: { at: number; problem?: string } | undefined;

  /** `occlusionMeasured`: the browser reports whether anything is drawn over the button (IntersectionObserver v2). */
  constructor(
    readonly occlusionMeasured: boolean,
    private readonly minVisibleMs = MIN_VISIBLE_MS,
  ) {}

  /** What the observer saw at `at` (performance.now() time): fully visible and, where measured, unoccluded. */
  visibility(visible: boolean, at: number): void {
    if (!visible) this.visibleSince = undefined;
    else this.visibleSince ??= at;
  }

  /** A pointerdown on the button at `at`; `problem`: what a hit test of the button found at that moment. */
  pointerDown(event: PointerLike, at: number, problem?: string): void {
    if (!event.isTrusted || event.button !== 0) {
      this.armed = undefined;
      return;
    }
    const shownFor = this.visibleSince === undefined ? undefined : at - this.visibleSince;
    this.armed = {
      at,
      problem: problem ?? (shownFor === undefined ? t('fill_occluded') : shownFor < this.minVisibleMs ? t('fill_justAppeared') : undefined),
    };
  }

  /** The click that follows; `problem`: what a hit test found now. */
  click(event: ClickLike, at: number, problem?: string): Verdict {
    const armed = this.armed;
    this.armed = undefined;
    // A page script's click: not the admin's, and not worth a word.
    if (!event.isTrusted) return { act: 'ignore' };
    if (event.detail === 0 || !armed || at - armed.at > ARM_MS) return { act: 'refuse', message: keyboardMessage() };
    const found = armed.problem ?? problem;
    if (found) return { act: 'refuse', message: t('fill_notFilled', { problem: found }) };
    return { act: 'fill', click: this.occlusionMeasured ? 'checked' : 'unchecked' };
  }
}

interface VisibilityEntry {
  isVisible?: boolean;
}

/** Whether this browser measures occlusion (IntersectionObserver v2's `isVisible`). */
export function measuresOcclusion(view: Window): boolean {
  const Entry = (view as Window & { IntersectionObserverEntry?: { prototype: object } }).IntersectionObserverEntry;
  return Boolean(Entry && 'isVisible' in Entry.prototype);
}

/** Feeds the guard from an IntersectionObserver on `target` (v2 with trackVisibility where the browser has it); returns its stop. */
export function watchVisibility(target: Element, guard: ActivationGuard): () => void {
  const View = target.ownerDocument.defaultView?.IntersectionObserver;
  if (!View) return () => undefined;
  const options = guard.occlusionMeasured ? ({ threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit) : { threshold: [1] };
  const observer = new View((entries) => {
    for (const entry of entries as (IntersectionObserverEntry & VisibilityEntry)[]) {
      const inView = entry.isIntersecting && entry.intersectionRatio >= 0.99;
      guard.visibility(guard.occlusionMeasured ? inView && entry.isVisible === true : inView, entry.time);
    }
  }, options);
  observer.observe(target);
  return () => observer.disconnect();
}
