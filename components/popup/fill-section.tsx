import { useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { FillQuestion, FillReport, FillTarget } from '../../utils/schemas';
import { FillReportView } from './fill-report';
import { t } from '../../utils/i18n/t';

type Confirmed = { answer: 'once' | 'bind'; origin: string };

const NO_FORM =
  'No open ServiceOps tab shows the "Add Incoming Email Server" or "Add Outgoing Email Server" form. Open the form in ServiceOps, then click Fill again.';

export interface FillSectionProps {
  ensureSetup: () => Promise<string | undefined>;
  /** Called after every attempt; `secretCleared` when the extension let go of the secret after a fill. */
  onDone: (outcome: { secretCleared: boolean }) => Promise<void>;
  /** The clock, for the end-of-EWS notice. */
  now?: () => number;
}

function targetText(t: FillTarget): string {
  const form = t.formTitle ?? (t.form === 'outgoing' ? 'Outgoing Email Server form' : 'Incoming Email Server form');
  return `${form} — ${t.title} (${new URL(t.origin).host})`;
}

/**
 * The "Fill ServiceOps form" button: finds the tab that shows the form (asks which when several do),
 * asks before a setup goes to a ServiceOps it is not bound to, fills, reports per field. With the
 * keyboard, this is the way to fill (the inline button in the page takes pointer clicks only).
 */
export function FillSection({ ensureSetup, onDone, now = Date.now }: FillSectionProps) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport>();
  const [fillError, setFillError] = useState<string>();
  const [choices, setChoices] = useState<FillTarget[]>();
  /** The question the background asked (about one tab and its origin). */
  const [asked, setAsked] = useState<FillQuestion['confirm']>();

  let secretCleared = false;
  const fillTab = async (setupId: string, tabId?: number, confirmed?: Confirmed): Promise<boolean> => {
    const result = await request({ type: 'fill-serviceops', setupId, tabId, confirmed });
    if (!result.ok) {
      setFillError(result.error);
      return false;
    }
    if ('confirm' in result.value) setAsked(result.value.confirm);
    else {
      setReport(result.value);
      secretCleared = Boolean(result.value.secretCleared);
    }
    return true;
  };

  const start = async (tabId?: number, confirmed?: Confirmed) => {
    setBusy(true);
    setReport(undefined);
    setFillError(undefined);
    setChoices(undefined);
    setAsked(undefined);
    try {
      const setupId = await ensureSetup();
      if (!setupId) {
        setFillError('Could not create a setup.');
        return;
      }
      if (tabId !== undefined || confirmed) {
        await fillTab(setupId, tabId, confirmed);
        return;
      }
      // The common case in one round trip: the background fills the one tab that shows a form, and
      // refuses when there is none or several; only then is the list fetched to ask which.
      if (await fillTab(setupId)) return;
      setFillError(undefined);
      const targets = await request({ type: 'list-fill-targets' });
      if (!targets.ok) setFillError(targets.error);
      else if (targets.value.length === 0) setFillError(NO_FORM);
      else if (targets.value.length === 1 && targets.value[0]) await fillTab(setupId, targets.value[0].tabId);
      else setChoices(targets.value);
    } finally {
      setBusy(false);
      await onDone({ secretCleared });
    }
  };

  return (
    <section className="fill" aria-labelledby="fill-heading">
      <h2 id="fill-heading" className="visually-hidden">
        Fill ServiceOps
      </h2>
      <button type="button" className="primary wide" disabled={busy} onClick={() => void start()}>
        Fill ServiceOps form
      </button>
      <div aria-live="polite" className="results">
        {busy ? <p>Filling…</p> : null}
        {fillError ? (
          <p className="check check-error" role="alert">
            {fillError}
          </p>
        ) : null}
        {choices ? (
          <div role="group" aria-labelledby="fill-choose">
            <p id="fill-choose">Several ServiceOps tabs show a server form. Which one should be filled?</p>
            <ul className="fill-choices">
              {choices.map((t) => (
                <li key={t.tabId}>
                  <button type="button" className="secondary" disabled={busy} onClick={() => void start(t.tabId)}>
                    {targetText(t)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {asked ? (
          <div role="group" aria-labelledby="fill-ask">
            <p id="fill-ask" className="check check-warning">
              {t('fill_popupAsk', { setup: asked.setupName, tenant: asked.tenant, bound: asked.boundTo.join(', '), origin: asked.origin })}
            </p>
            <div className="confirm">
              <button type="button" className="primary" disabled={busy} onClick={() => void start(asked.tabId, { answer: 'once', origin: asked.origin })}>
                {t('fill_fillOnce')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => void start(asked.tabId, { answer: 'bind', origin: asked.origin })}>
                {t('fill_fillAndBind')}
              </button>
              <button type="button" className="secondary" disabled={busy} onClick={() => setAsked(undefined)}>
                {t('fill_cancel')}
              </button>
            </div>
          </div>
        ) : null}
        {report ? <FillReportView report={report} now={now} /> : null}
      </div>
    </section>
  );
}
