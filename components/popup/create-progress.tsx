import { useEffect, useState } from 'react';
import { createJobSchema, stepsOf, type CreateJob } from '../../utils/graph/create-job';
import { handOffText, leftovers, portalStepFor, problemText, stateName, stepName, summary } from '../../utils/graph/describe';
import { t } from '../../utils/i18n/t';
import { createJobsItem } from '../../utils/storage-items';

/** The setup's creation record as the background writes it, step by step (storage.local, no secret in it). */
export function useCreateJob(setupId: string | undefined): CreateJob | undefined {
  const [job, setJob] = useState<CreateJob>();
  useEffect(() => {
    if (!setupId) {
      setJob(undefined);
      return;
    }
    const show = (all: Record<string, unknown> | null) => {
      const parsed = createJobSchema.safeParse(all?.[setupId]);
      setJob(parsed.success ? parsed.data : undefined);
    };
    void createJobsItem.getValue().then(show);
    return createJobsItem.watch(show);
  }, [setupId]);
  return job;
}

/** Each step with its state, a live summary, what went wrong with who may fix it, what is half-made, and the hand-off. */
export function CreateProgress({ job }: { job: CreateJob }) {
  const [copied, setCopied] = useState(false);
  const steps = stepsOf(job);
  const failed = job.status === 'failed';
  const handOff = failed && job.problems?.some((p) => p.needsConsent) ? handOffText(job) : undefined;
  const left = failed ? leftovers(job) : [];
  return (
    <div className="create-progress">
      <ol aria-label={t('graph_stepsLabel')} className="create-steps">
        {steps.map((id) => {
          const record = job.steps[id];
          const state = record?.state ?? 'pending';
          return (
            <li key={id} className={`create-step create-step-${state}`} data-state={state}>
              {t('graph_stepLine', { step: stepName(id), state: stateName(state) })}
              {id === 'secret' && job.secret && state === 'done' ? ` (${t('graph_secretExpires', { date: job.secret.endDateTime.slice(0, 10) })})` : null}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="check-progress">
        {summary(job)}
      </p>
      {job.secret && job.secret.lifetimeDays !== job.plan.lifetimeDays ? (
        <p className="check check-warning">{t('graph_shortened', { days: job.secret.lifetimeDays })}</p>
      ) : null}
      {job.problems?.length ? (
        <div role="alert" className="check check-error">
          {job.problems.map((p, i) => {
            const portal = p.kind === 'forbidden' ? portalStepFor(p.step) : undefined;
            return (
              <p key={i}>
                {problemText(p, job)}
                {portal ? ` ${t('graph_byHand', { portal })}` : null}
              </p>
            );
          })}
        </div>
      ) : null}
      {left.length ? (
        <section aria-labelledby="create-left-heading">
          <h3 id="create-left-heading">{t('graph_leftHeading')}</h3>
          <ul>
            {left.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {handOff ? (
        <section aria-labelledby="create-handoff-heading">
          <h3 id="create-handoff-heading">{t('graph_handOffHeading')}</h3>
          <p>{t('graph_handOffIntro')}</p>
          <label>
            {t('graph_handOffLabel')}
            <textarea readOnly value={handOff} rows={10} className="create-handoff" />
          </label>
          <button
            type="button"
            className="secondary small"
            onClick={() =>
              void navigator.clipboard.writeText(handOff).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('graph_copy')}
          </button>
          {copied ? <span role="status"> {t('graph_copied')}</span> : null}
        </section>
      ) : null}
    </div>
  );
}
