import { useEffect, useRef, useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { FillQuestion, FillReport } from '../../utils/schemas';
import { FillReportView } from '../popup/fill-report';

/**
 * Keystrokes meant for the page the admin was typing in must not answer here: the fill buttons
 * wake up only after this long, and nothing is focused but the heading.
 */
const ARM_MS = 1000;

type Answer = 'fill' | 'bind' | 'cancel';

/**
 * The extension's own question before an inline fill goes ahead: the setup is meant for another
 * ServiceOps, or the browser could not check the click for overlays. A page cannot draw over or
 * script this window.
 */
export function ConfirmApp({ id, now = Date.now }: { id: string; now?: () => number }) {
  const [question, setQuestion] = useState<FillQuestion['confirm']>();
  const [error, setError] = useState<string>();
  const [armed, setArmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport>();
  const [cancelled, setCancelled] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void request({ type: 'fill-confirm-get', id }).then((r) => (r.ok ? setQuestion(r.value) : setError(r.error)));
  }, [id]);
  useEffect(() => {
    if (!question) return undefined;
    heading.current?.focus();
    const timer = setTimeout(() => setArmed(true), ARM_MS);
    return () => clearTimeout(timer);
  }, [question]);

  const answer = async (value: Answer) => {
    setBusy(true);
    const r = await request({ type: 'fill-confirm', id, answer: value });
    setBusy(false);
    if (!r.ok) setError(r.error);
    else if (r.value) setReport(r.value);
    else setCancelled(true);
  };

  const done = Boolean(report) || cancelled;
  return (
    <main className="popup confirm-fill">
      <h1 ref={heading} tabIndex={-1}>
        Fill ServiceOps?
      </h1>
      {question ? (
        <>
          <dl className="confirm-facts">
            <dt>Setup</dt>
            <dd>{question.setupName}</dd>
            <dt>Tenant</dt>
            <dd>{question.tenant}</dd>
            <dt>ServiceOps</dt>
            <dd>{question.origin}</dd>
          </dl>
          {question.reason === 'other-origin' ? (
            <p className="check check-warning">
              This setup is meant for {question.boundTo.join(', ')}. Filling {question.origin} puts its client secret into that ServiceOps.
            </p>
          ) : (
            <p className="check check-warning">
              This browser cannot tell whether the page drew something over the button you clicked. Fill only if you meant to fill this form.
            </p>
          )}
          {done ? null : (
            <div className="confirm" role="group" aria-label="Your answer">
              <button type="button" className="primary" disabled={!armed || busy} onClick={() => void answer('fill')}>
                {question.reason === 'other-origin' ? 'Fill once' : 'Fill'}
              </button>
              {question.reason === 'other-origin' ? (
                <button type="button" className="secondary" disabled={!armed || busy} onClick={() => void answer('bind')}>
                  Fill and remember this ServiceOps for the setup
                </button>
              ) : null}
              <button type="button" className="secondary" disabled={busy} onClick={() => void answer('cancel')}>
                Cancel
              </button>
            </div>
          )}
        </>
      ) : null}
      <div aria-live="polite" className="results">
        {error ? (
          <p className="check check-error" role="alert">
            {error}
          </p>
        ) : null}
        {cancelled ? <p>Nothing was filled.</p> : null}
        {report ? <FillReportView report={report} now={now} /> : null}
      </div>
      {done || error ? (
        <button type="button" className="secondary" onClick={() => window.close()}>
          Close
        </button>
      ) : null}
    </main>
  );
}
