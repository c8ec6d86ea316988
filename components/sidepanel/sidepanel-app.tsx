import { stepsFor, PATHS } from '../../utils/guidance/evaluate';
import { t } from '../../utils/i18n/t';
import type { GuidanceView, SidePanelPlace } from '../../utils/schemas';
import { PathChoice } from '../panel/path-choice';
import { StepSection, stateText } from './step-section';
import { useFollowedTab } from './use-followed-tab';
import { useSidePanelView, type SidePanelGuidance } from './use-side-panel-view';
import { ValuesSection } from './values-section';

/** Where the followed tab is, in one line. */
function PlaceNote({ place }: { place: SidePanelPlace }) {
  if (place.kind === 'portal') return <p className="sp-place">{t('sidepanel_placePortal', { host: place.host })}</p>;
  if (place.kind === 'serviceops') {
    const host = new URL(place.origin).host;
    const form = place.formTitle ?? (place.form === 'outgoing' ? 'Add Outgoing Email Server' : 'Add Incoming Email Server');
    return (
      <p className={place.form ? 'sp-place ok' : 'sp-place info'} data-testid="sp-serviceops">
        {place.form ? t('sidepanel_placeServiceOpsForm', { host, form }) : t('sidepanel_placeServiceOpsNoForm', { host })}
      </p>
    );
  }
  return <p className="sp-place">{t('sidepanel_placeOther')}</p>;
}

/** Every applicable step with its state; choosing one shows it, the current one goes back to following progress. */
function StepList({ view, g }: { view: GuidanceView; g: SidePanelGuidance }) {
  return (
    <section aria-labelledby="sp-all" className="sp-section">
      <h2 id="sp-all">{t('sidepanel_allSteps')}</h2>
      <ol className="sp-steps">
        {stepsFor(view.path, view.portalLang).map((s) => {
          const st = view.steps.find((x) => x.id === s.id);
          if (!st?.applicable) return null;
          const isCurrent = view.current === s.id;
          return (
            <li key={s.id} aria-current={isCurrent ? 'step' : undefined} data-state={st.done ? 'done' : isCurrent ? 'current' : 'todo'} data-step={s.id}>
              <button type="button" aria-pressed={view.viewing === s.id} onClick={() => g.setViewStep(isCurrent ? undefined : s.id)}>
                {st.done ? '✓ ' : ''}
                {s.title} <span className="state">({stateText(st.done, isCurrent)})</span>
              </button>
            </li>
          );
        })}
      </ol>
      {view.pathChosen ? (
        <button type="button" className="link" onClick={() => void g.choosePath(view.path === 'imap' ? 'mapi' : 'imap')}>
          {t('sidepanel_switchPath', { path: view.path === 'imap' ? 'MAPI / EWS' : 'IMAP' })}
        </button>
      ) : null}
    </section>
  );
}

/**
 * The side panel: the whole checklist as one guide across tabs. It follows the active tab — the
 * blade on a portal tab, the server form on a ServiceOps tab — and shows the values, the fill and
 * the checks below. Everything it shows comes from the background.
 */
export function SidePanelApp() {
  const tabId = useFollowedTab();
  const g = useSidePanelView(tabId);
  const answer = g.answer;
  const view = answer?.view;
  const viewing = view ? stepsFor(view.path, view.portalLang).find((s) => s.id === (view.viewing ?? view.current)) : undefined;
  const applicable = view?.steps.filter((s) => s.applicable) ?? [];
  const onServiceOps = answer?.place.kind === 'serviceops';
  return (
    <main className="sidepanel" aria-labelledby="sp-title">
      <header className="sp-header">
        <img src="/icon/48.png" alt="" width={28} height={28} />
        <div>
          <h1 id="sp-title">{t('ext_name')}</h1>
          {view ? (
            <p className="subtitle">
              {t('sidepanel_setupLine', { name: view.setupName, path: view.pathChosen ? PATHS[view.path].label : t('sidepanel_pathNotChosen') })} ·{' '}
              {t('sidepanel_progress', { done: applicable.filter((s) => s.done).length, total: applicable.length })}
            </p>
          ) : null}
        </div>
      </header>
      {g.error ? (
        <p role="alert" className="check check-error">
          {g.error}
        </p>
      ) : null}
      {!answer && !g.error ? <p>{t('sidepanel_loading')}</p> : null}
      {answer ? <PlaceNote place={answer.place} /> : null}
      {answer && !view ? (
        <section aria-labelledby="sp-start" className="sp-section">
          <h2 id="sp-start">{t('sidepanel_checklistHeading')}</h2>
          <p>{t('sidepanel_noSetup')}</p>
          <PathChoice onChoose={(p) => void g.choosePath(p)} />
        </section>
      ) : null}
      {/* On a ServiceOps tab the fill is the step at hand: it comes first. */}
      {onServiceOps ? <ValuesSection fillFirst /> : null}
      {answer && view && !view.current ? <p className="ok">{t('sidepanel_allDone')}</p> : null}
      {answer && view && viewing ? <StepSection answer={answer} view={view} step={viewing} tabId={tabId} actions={g} /> : null}
      {view ? <StepList view={view} g={g} /> : null}
      {onServiceOps ? null : <ValuesSection fillFirst={false} />}
    </main>
  );
}
