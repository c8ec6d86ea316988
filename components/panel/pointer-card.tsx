import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { t } from '../../utils/i18n/t';
import type { GuidanceView } from '../../utils/schemas';
import { instructionAt, type Step } from '../../utils/guidance/vocabulary';
import { CARD_MAX, dockCard, placeCard, type Placement, type Size } from '../../utils/guidance/card-placement';
import type { CardLayout } from './use-card-layout';
import type { Guidance } from './use-guidance';
import { PathChoice } from './path-choice';
import { useTargetMissing } from './target-hint';

/** Where the card's arrow goes: on the edge facing the control, at the control's middle. */
function arrowStyle(p: Placement): CSSProperties | undefined {
  const at = `${(p.arrow ?? 0) - 7}px`;
  if (p.side === 'right') return { left: -8, top: at, borderWidth: '0 0 1px 1px' };
  if (p.side === 'left') return { right: -8, top: at, borderWidth: '1px 1px 0 0' };
  if (p.side === 'below') return { top: -8, left: at, borderWidth: '1px 0 0 1px' };
  if (p.side === 'above') return { bottom: -8, left: at, borderWidth: '0 1px 1px 0' };
  return undefined;
}

export interface CardActions {
  onCollapse: () => void;
  onOpenChecklist: () => void;
  onCantFind: () => void;
}

/** The one line under the step's title: where to go, what to do, or that the control is not found. */
function Line({ g, view, step, win }: { g: Guidance; view: GuidanceView; step?: Step; win: Window }) {
  const missing = useTargetMissing(view);
  if (g.error)
    return (
      <p className="line warn" role="alert" title={g.error}>
        {g.error}
      </p>
    );
  if (!step) return <p className="line">{t('panel_allDoneLine')}</p>;
  if (step.id === 'choose-path') return <PathChoice compact current={view.pathChosen ? view.path : undefined} onChoose={(p) => void g.choosePath(p)} />;
  if (!view.onBlade && view.bladeHash) {
    const hash = view.bladeHash;
    return (
      <p className="line">
        {t('panel_otherPage')}{' '}
        <a
          href={hash}
          onClick={(e) => {
            e.preventDefault();
            win.location.hash = hash;
          }}
        >
          {t('panel_goToStepPage')}
        </a>
      </p>
    );
  }
  if (view.paste)
    return (
      <p className="line warn" data-paste={view.paste.reason}>
        {view.paste.reason === 'secret-id-copied' ? t('panel_pasteSecretId') : t('panel_pasteUnread')}
      </p>
    );
  if (missing && step.target)
    return (
      <p className="line warn" data-fallback="true" title={step.instructions.join(' ')}>
        {t('panel_notFoundLine', { label: step.target.label })}
      </p>
    );
  return (
    <p className="line" title={step.instructions.join(' ')}>
      {instructionAt(step, view.target.stage)}
    </p>
  );
}

/**
 * The step card: beside the ringed control with an arrow to it, or docked at a corner when the
 * control is not on this page. The step's title, one line, "I did this", "I can't find it", and
 * the way to the whole checklist. Esc folds it into the launcher.
 */
export function PointerCard({
  g,
  view,
  step,
  layout,
  announce,
  win,
  focus,
  actions,
}: {
  g: Guidance;
  view: GuidanceView;
  step?: Step;
  layout: CardLayout;
  announce: string;
  win: Window;
  /** Unfolded by the admin (from the launcher or the checklist): the focus comes to the card. */
  focus: boolean;
  actions: CardActions;
}) {
  const ref = useRef<HTMLElement>(null);
  /** The card's size with its instruction line, and the line's own height (the compact card leaves it out). */
  const [size, setSize] = useState<Size>(CARD_MAX);
  const [lineHeight, setLineHeight] = useState(0);
  const titleId = useId();
  useEffect(() => {
    if (focus) ref.current?.querySelector<HTMLElement>('section button, section a')?.focus();
  }, [focus]);
  // The card's own size (its text decides its height) is what the placement works with.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.classList.contains('compact')) return;
      setSize((s) => (s.w === el.offsetWidth && s.h === el.offsetHeight ? s : { w: el.offsetWidth, h: el.offsetHeight }));
      setLineHeight(el.querySelector<HTMLElement>('section > .line, section > [role=group]')?.offsetHeight ?? 0);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const pointing = view.target.state === 'found' && view.onBlade && layout.target;
  let placement = pointing ? placeCard(pointing, size, layout.viewport, layout.avoid) : dockCard(size, layout.viewport, layout.avoid);
  // No room beside the control for the whole card (command bars above and below it): the card without
  // its instruction line (still in the title's tooltip and the whole checklist) when that fits there.
  const compact =
    pointing && !placement.side && lineHeight > 0 ? placeCard(pointing, { w: size.w, h: size.h - lineHeight - 8 }, layout.viewport, layout.avoid) : undefined;
  if (compact?.side) placement = compact;
  const applicable = view.steps.filter((s) => s.applicable);
  const index = step ? applicable.findIndex((s) => s.id === step.id) : -1;
  const status = view.steps.find((s) => s.id === step?.id);

  return (
    <aside
      ref={ref}
      className={compact?.side ? 'card compact' : 'card'}
      aria-labelledby={titleId}
      style={{ left: placement.x, top: placement.y }}
      data-testid="soah-card"
      data-side={placement.side ?? placement.corner}
      onKeyDown={(e) => {
        if (e.key === 'Escape') actions.onCollapse();
      }}
    >
      {placement.side && <span className="arrow" aria-hidden="true" style={arrowStyle(placement)} />}
      <div className="card-head">
        <h2 id={titleId}>{t('panel_guideTitle')}</h2>
        {index >= 0 && <span className="count">{t('panel_stepOf', { index: index + 1, total: applicable.length })}</span>}
        <button type="button" className="icon" aria-label={t('panel_minimizeCard')} aria-keyshortcuts="Escape" onClick={actions.onCollapse}>
          –
        </button>
      </div>
      <div className="sr" role="status" aria-live="polite">
        {announce}
      </div>
      <section aria-labelledby={`${titleId}-step`} data-step={step?.id ?? 'done'}>
        <h3 id={`${titleId}-step`} title={step ? [step.title, ...step.instructions].join(' ') : undefined}>
          {step?.title ?? t('panel_allDoneTitle')}
        </h3>
        <Line g={g} view={view} step={step} win={win} />
        {step && step.id !== 'choose-path' && (
          <div className="row">
            {status?.done ? (
              <button type="button" onClick={() => void g.confirm(step.id, false)}>
                {t('panel_markNotDone')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => void g.confirm(step.id, true)}>
                {t('panel_didThis')}
              </button>
            )}
            {view.paste ? (
              <button type="button" onClick={actions.onCantFind}>
                {t('panel_pasteHere')}
              </button>
            ) : g.viewStep ? (
              <button type="button" onClick={() => g.setViewStep(undefined)}>
                {t('panel_backToCurrent')}
              </button>
            ) : (
              <button type="button" onClick={actions.onCantFind}>
                {t('panel_cantFind')}
              </button>
            )}
          </div>
        )}
      </section>
      <button type="button" className="link" onClick={actions.onOpenChecklist}>
        {t('panel_openChecklist')}
      </button>
    </aside>
  );
}
