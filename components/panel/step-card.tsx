import type { GuidanceView } from '../../utils/schemas';
import { t } from '../../utils/i18n/t';
import type { Step } from '../../utils/guidance/vocabulary';
import type { Guidance } from './use-guidance';
import { stateText } from './panel-state';
import { PasteCaptureField } from './paste-capture';
import { PathChoice } from './path-choice';
import { PowerShell } from './power-shell';
import { TargetHint } from './target-hint';

/** The step being shown: its instructions, where its control is, and the admin's own "I did this". */
export function StepCard({ g, view, step, titleId, win }: { g: Guidance; view: GuidanceView; step: Step; titleId: string; win: Window }) {
  const status = view.steps.find((s) => s.id === step.id);
  return (
    <section aria-labelledby={`${titleId}-step`} data-step={step.id}>
      <h3 id={`${titleId}-step`}>{step.title}</h3>
      {status?.done && <p className="ok">{t('panel_stepIs', { state: stateText(status.done, false) })}</p>}
      {step.id === 'choose-path' ? <PathChoice current={view.pathChosen ? view.path : undefined} onChoose={(p) => void g.choosePath(p)} /> : null}
      {!view.onBlade && view.bladeHash && (
        <div className="row">
          <button type="button" className="primary" onClick={() => (win.location.hash = view.bladeHash ?? '')}>
            {t('panel_goToStepPage')}
          </button>
        </div>
      )}
      <ol>
        {step.instructions.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ol>
      {step.warnings?.map((w) => (
        <p key={w} className="warn" role="note">
          {w}
        </p>
      ))}
      <TargetHint step={step} view={view} />
      <PasteCaptureField key={step.id} view={view} step={step.id} />
      <PowerShell step={step} view={view} />
      {step.id !== 'choose-path' && (
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
          {g.viewStep && (
            <button type="button" onClick={() => g.setViewStep(undefined)}>
              {t('panel_backToCurrent')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
