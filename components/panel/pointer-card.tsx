import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { GuidanceView } from '../../utils/schemas';
import type { Step } from '../../utils/guidance/vocabulary';
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
  if (!step) return <p className="line">All steps are done. Fill the ServiceOps form from the extension’s popup.</p>;
  if (step.id === 'choose-path') return <PathChoice compact current={view.pathChosen ? view.path : undefined} onChoose={(p) => void g.choosePath(p)} />;
  if (!view.onBlade && view.bladeHash) {
    const hash = view.bladeHash;
    return (
      <p className="line">
        This step is on another page:{' '}
        <a
          href={hash}
          onClick={(e) => {
            e.preventDefault();
            win.location.hash = hash;
          }}
        >
          Go to the page for this step
        </a>
      </p>
    );
  }
  if (view.paste)
    return (
      <p className="line warn" data-paste={view.paste.reason}>
        {view.paste.reason === 'secret-id-copied'
          ? 'You copied the Secret ID, not the secret: copy the Value instead.'
          : 'You copied a value the helper could not read: choose “Paste it here” and paste it.'}
      </p>
    );
  if (missing && step.target)
    return (
      <p className="line warn" data-fallback="true" title={step.instructions.join(' ')}>
        I can’t find “{step.target.label}” on this page.
      </p>
    );
  const first = step.instructions[0] ?? '';
  return (
    <p className="line" title={step.instructions.join(' ')}>
      {first}
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
  const [size, setSize] = useState<Size>(CARD_MAX);
  const titleId = useId();
  useEffect(() => {
    if (focus) ref.current?.querySelector<HTMLElement>('section button, section a')?.focus();
  }, [focus]);
  // The card's own size (its text decides its height) is what the placement works with.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize((s) => (s.w === el.offsetWidth && s.h === el.offsetHeight ? s : { w: el.offsetWidth, h: el.offsetHeight }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const pointing = view.target.state === 'found' && view.onBlade && layout.target;
  const placement = pointing ? placeCard(pointing, size, layout.viewport, layout.avoid) : dockCard(size, layout.viewport, layout.avoid);
  const applicable = view.steps.filter((s) => s.applicable);
  const index = step ? applicable.findIndex((s) => s.id === step.id) : -1;
  const status = view.steps.find((s) => s.id === step?.id);

  return (
    <aside
      ref={ref}
      className="card"
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
        <h2 id={titleId}>ServiceOps mail setup</h2>
        {index >= 0 && (
          <span className="count">
            Step {index + 1} of {applicable.length}
          </span>
        )}
        <button type="button" className="icon" aria-label="Minimize the step card" aria-keyshortcuts="Escape" onClick={actions.onCollapse}>
          –
        </button>
      </div>
      <div className="sr" role="status" aria-live="polite">
        {announce}
      </div>
      <section aria-labelledby={`${titleId}-step`} data-step={step?.id ?? 'done'}>
        <h3 id={`${titleId}-step`} title={step?.title}>
          {step?.title ?? 'All steps are done'}
        </h3>
        <Line g={g} view={view} step={step} win={win} />
        {step && step.id !== 'choose-path' && (
          <div className="row">
            {status?.done ? (
              <button type="button" onClick={() => void g.confirm(step.id, false)}>
                Mark as not done
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => void g.confirm(step.id, true)}>
                I did this
              </button>
            )}
            {view.paste ? (
              <button type="button" onClick={actions.onCantFind}>
                Paste it here
              </button>
            ) : g.viewStep ? (
              <button type="button" onClick={() => g.setViewStep(undefined)}>
                Back to the current step
              </button>
            ) : (
              <button type="button" onClick={actions.onCantFind}>
                I can’t find it
              </button>
            )}
          </div>
        )}
      </section>
      <button type="button" className="link" onClick={actions.onOpenChecklist}>
        Open the whole checklist
      </button>
    </aside>
  );
}
