import type { GuidanceView } from '../../utils/schemas';
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
      <p className="path">
        Setup “{view.setupName}” · {view.pathChosen ? PATHS[view.path].label : 'protocol not chosen yet'}
      </p>
      <p className="progress">
        {doneCount} of {applicable.length} steps done{index >= 0 ? ` · showing step ${index + 1}` : ''}
      </p>
      {!view.current && (
        <p className="ok" role="note">
          All steps are done. Fill the ServiceOps form from the extension’s popup.
        </p>
      )}
      {viewing && <StepCard g={g} view={view} step={viewing} titleId={titleId} win={win} />}
      <StepList g={g} view={view} titleId={titleId} />
      <h4>Captured so far</h4>
      <Captured view={view} />
      {view.pathChosen && (
        <div className="row">
          <button type="button" className="link" onClick={() => void g.choosePath(view.path === 'imap' ? 'mapi' : 'imap')}>
            Switch to {view.path === 'imap' ? 'MAPI / EWS' : 'IMAP'}
          </button>
        </div>
      )}
    </>
  );
}
