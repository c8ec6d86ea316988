import { useEffect, useRef, useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { FillQuestion, FillReport } from '../../utils/schemas';
import { FillReportView } from '../popup/fill-report';
import { t } from '../../utils/i18n/t';

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
        {t('fill_confirmTitle')}
      </h1>
      {question ? (
        <>
          <dl className="confirm-facts">
            <dt>{t('fill_confirmSetup')}</dt>
            <dd>{question.setupName}</dd>
            <dt>{t('fill_confirmTenant')}</dt>
            <dd>{question.tenant}</dd>
            <dt>{t('fill_confirmServiceOps')}</dt>
            <dd>{question.origin}</dd>
          </dl>
          {question.reason === 'other-origin' ? (
            <p className="check check-warning">{t('fill_confirmOtherOrigin', { bound: question.boundTo.join(', '), origin: question.origin })}</p>
          ) : (
            <p className="check check-warning">{t('fill_confirmUnchecked')}</p>
          )}
          {done ? null : (
            <div className="confirm" role="group" aria-label={t('fill_confirmAnswer')}>
              <button type="button" className="primary" disabled={!armed || busy} onClick={() => void answer('fill')}>
                {question.reason === 'other-origin' ? t('fill_fillOnce') : t('fill_fill')}
              </button>
              {question.reason === 'other-origin' ? (
                <button type="button" className="secondary" disabled={!armed || busy} onClick={() => void answer('bind')}>
                  {t('fill_fillAndBind')}
                </button>
              ) : null}
              <button type="button" className="secondary" disabled={busy} onClick={() => void answer('cancel')}>
                {t('fill_cancel')}
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
        {cancelled ? <p>{t('fill_nothingFilled')}</p> : null}
        {report ? <FillReportView report={report} now={now} /> : null}
      </div>
      {done || error ? (
        <button type="button" className="secondary" onClick={() => window.close()}>
          {t('fill_close')}
        </button>
      ) : null}
    </main>
  );
}
