import type { GuidanceView } from '../../utils/schemas';
import { t } from '../../utils/i18n/t';
import { PATHS, stepsFor } from '../../utils/guidance/evaluate';
import type { Guidance } from './use-guidance';
import { Captured } from './captured';
import { StepCard } from './step-card';
import { StepList } from './step-list';

/** The panel's body once the background answered: progress, the step shown, all steps, what is captured. */
export function Checklist({ g, view, titleId, win }: { g: Guidance; view: GuidanceView; titleId: string; win: Window }) {
  const applicable = view.steps.filter((s) => s.applicable);
  const doneCount = applicable.filter((s) => s.done).length;
  const viewing = stepsFor(view.path, view.portalLang).find((s) => s.id === (view.viewing ?? view.current));
  const index = viewing ? applicable.findIndex((s) => s.id === viewing.id) : -1;
  return (
    <>
      <p className="path">{t('panel_pathLine', { name: view.setupName, path: view.pathChosen ? PATHS[view.path].label : t('panel_protocolNotChosen') })}</p>
      <p className="progress">
        {index >= 0
          ? t('panel_progressShowing', { done: doneCount, total: applicable.length, index: index + 1 })
          : t('panel_progress', { done: doneCount, total: applicable.length })}
      </p>
      {!view.current && (
        <p className="ok" role="note">
          {t('panel_allDoneLine')}
        </p>
      )}
      {viewing && <StepCard g={g} view={view} step={viewing} titleId={titleId} win={win} />}
      <StepList g={g} view={view} titleId={titleId} />
      <h4>{t('guide_captured')}</h4>
      <Captured view={view} />
      {view.pathChosen && (
        <div className="row">
          <button type="button" className="link" onClick={() => void g.choosePath(view.path === 'imap' ? 'mapi' : 'imap')}>
            {t('panel_switchTo', { path: view.path === 'imap' ? 'MAPI / EWS' : 'IMAP' })}
          </button>
        </div>
      )}
    </>
  );
}
