import { useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { FillReport } from '../../utils/messages';

const OUTCOME_TEXT: Record<FillReport['fields'][number]['outcome'], string> = {
  filled: 'filled',
  'already-equal': 'already had this value',
  'not-present': 'not in this form',
  failed: 'not filled',
  'read-only': 'read-only',
};

export interface FillSectionProps {
  ensureSetup: () => Promise<string | undefined>;
  onDone: () => Promise<void>;
}

/** The "Fill ServiceOps form" button and the per-field report. */
export function FillSection({ ensureSetup, onDone }: FillSectionProps) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport>();
  const [fillError, setFillError] = useState<string>();

  const fill = async () => {
    setBusy(true);
    setReport(undefined);
    setFillError(undefined);
    const setupId = await ensureSetup();
    const result = setupId ? await request({ type: 'fill-serviceops', setupId }) : { ok: false as const, error: 'Could not create a setup.' };
    setBusy(false);
    if (result.ok) setReport(result.value);
    else setFillError(result.error);
    await onDone();
  };

  return (
    <section className="fill" aria-labelledby="fill-heading">
      <h2 id="fill-heading" className="visually-hidden">Fill ServiceOps</h2>
      <button type="button" className="primary wide" disabled={busy} onClick={() => void fill()}>
        Fill ServiceOps form
      </button>
      <div aria-live="polite" className="results">
        {busy ? <p>Filling…</p> : null}
        {fillError ? <p className="check check-error" role="alert">{fillError}</p> : null}
        {report ? (
          <div>
            <p className={report.ok ? 'check check-ok' : 'check check-error'}>
              {report.ok ? `Filled ${report.form ?? 'the form'}. Review it in ServiceOps and click Save there.` : (report.message ?? 'Some fields could not be filled.')}
            </p>
            <ul className="fill-report">
              {report.fields.map((f) => (
                <li key={f.field} className={`outcome-${f.outcome}`}>
                  {f.label ?? f.field}: {OUTCOME_TEXT[f.outcome]}
                  {f.message ? ` — ${f.message}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
