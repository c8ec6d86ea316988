import { browser } from 'wxt/browser';
import type { GuidanceView, SidePanelView } from '../../utils/schemas';
import type { Step } from '../../utils/guidance/vocabulary';
import { t } from '../../utils/i18n/t';
import { stepPageUrl } from '../../utils/side-panel/step-link';
import { PathChoice } from '../panel/path-choice';
import { PowerShell } from '../panel/power-shell';
import { TargetHint } from '../panel/target-hint';
import type { SidePanelGuidance } from './use-side-panel-view';

export function stateText(done: GuidanceView['steps'][number]['done'], current: boolean): string {
  if (done === 'detected') return t('sidepanel_stateDetected');
  if (done === 'confirmed') return t('sidepanel_stateConfirmed');
  return current ? t('sidepanel_stateCurrent') : t('sidepanel_stateTodo');
}

/** Sends the followed portal tab to the step's blade, or opens the portal in a new tab from anywhere else. */
function goTo(url: string, answer: SidePanelView, tabId: number | undefined): void {
  if (answer.place.kind === 'portal' && tabId !== undefined) void browser.tabs.update(tabId, { url });
  else void browser.tabs.create({ url });
}

/** The step shown: its words, where it happens, its control on the page, its PowerShell, and the admin's own "I did this". */
export function StepSection({
  answer,
  view,
  step,
  tabId,
  actions,
}: {
  answer: SidePanelView;
  view: GuidanceView;
  step: Step;
  tabId: number | undefined;
  actions: SidePanelGuidance;
}) {
  const applicable = view.steps.filter((s) => s.applicable);
  const index = applicable.findIndex((s) => s.id === step.id);
  const status = view.steps.find((s) => s.id === step.id);
  const url = view.onBlade && answer.place.kind === 'portal' ? undefined : stepPageUrl(answer);
  return (
    <section aria-labelledby="sp-step" className="sp-section sp-step" data-step={step.id}>
      {index >= 0 ? <p className="muted">{t('sidepanel_stepOf', { index: index + 1, total: applicable.length })}</p> : null}
      <h2 id="sp-step">{step.title}</h2>
      {status?.done ? <p className="ok">{t('sidepanel_stepIsDone', { state: stateText(status.done, false) })}</p> : null}
      {step.id === 'choose-path' ? <PathChoice current={view.pathChosen ? view.path : undefined} onChoose={(p) => void actions.choosePath(p)} /> : null}
      {view.onBlade && answer.place.kind === 'portal' ? <p className="info">{t('sidepanel_onStepPage')}</p> : null}
      {url ? (
        <p>
          <button type="button" className="primary" onClick={() => goTo(url, answer, tabId)}>
            {answer.place.kind === 'portal' ? t('sidepanel_goToStepPage') : t('sidepanel_openPortal')}
          </button>
        </p>
      ) : null}
      <ol>
        {step.instructions.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {step.warnings?.map((w) => (
        <p key={w} className="warn" role="note">
          {w}
        </p>
      ))}
      {answer.place.kind === 'portal' ? <TargetHint step={step} view={view} /> : null}
      <PowerShell step={step} view={view} />
      {step.id !== 'choose-path' ? (
        <div className="row">
          {status?.done ? (
            <button type="button" onClick={() => void actions.confirm(step.id, false)}>
              {t('sidepanel_markNotDone')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void actions.confirm(step.id, true)}>
              {t('sidepanel_didThis')}
            </button>
          )}
          {actions.viewStep ? (
            <button type="button" onClick={() => actions.setViewStep(undefined)}>
              {t('sidepanel_backToCurrent')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
