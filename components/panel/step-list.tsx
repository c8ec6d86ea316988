import type { GuidanceView } from '../../utils/schemas';
import { t } from '../../utils/i18n/t';
import { stepsFor } from '../../utils/guidance/evaluate';
import type { Guidance } from './use-guidance';
import { stateText } from './panel-state';

/** Every applicable step with its state; choosing one shows it (the current one goes back to following progress). */
export function StepList({ g, view, titleId }: { g: Guidance; view: GuidanceView; titleId: string }) {
  return (
    <>
      <h4 id={`${titleId}-all`}>{t('panel_allSteps')}</h4>
      <ol className="steps" aria-labelledby={`${titleId}-all`}>
        {stepsFor(view.path, view.portalLang).map((s) => {
          const st = view.steps.find((x) => x.id === s.id);
          if (!st?.applicable) return null;
          const isCurrent = view.current === s.id;
          return (
            <li key={s.id} aria-current={isCurrent ? 'step' : undefined} data-state={st.done ? 'done' : isCurrent ? 'current' : 'todo'} data-step={s.id}>
              <button type="button" onClick={() => g.setViewStep(s.id === view.current ? undefined : s.id)}>
                {st.done ? '✓ ' : ''}
                {s.title} <span className="state">({stateText(st.done, isCurrent)})</span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
