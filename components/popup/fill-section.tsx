import { useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { FillQuestion, FillReport, FillTarget } from '../../utils/schemas';
import { FillReportView } from './fill-report';
import { t } from '../../utils/i18n/t';

type Confirmed = { answer: 'once' | 'bind'; origin: string };

export interface FillSectionProps {
  ensureSetup: () => Promise<string | undefined>;
  /** Called after every attempt; `secretCleared` when the extension let go of the secret after a fill. */
  onDone: (outcome: { secretCleared: boolean }) => Promise<void>;
  /** The clock, for the end-of-EWS notice. */
  now?: () => number;
}

function targetText(target: FillTarget): string {
  const form = target.formTitle ?? (target.form === 'outgoing' ? t('popup_outgoingForm') : t('popup_incomingForm'));
  return `${form} — ${target.title} (${new URL(target.origin).host})`;
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
        setFillError(t('popup_noSetupCreated'));
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
      else if (targets.value.length === 0) setFillError(t('popup_noForm'));
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
        {t('popup_fillHeading')}
      </h2>
      <button type="button" className="primary wide" disabled={busy} onClick={() => void start()}>
        {t('popup_fillButton')}
      </button>
      <div aria-live="polite" className="results">
        {busy ? <p>{t('popup_filling')}</p> : null}
        {fillError ? (
          <p className="check check-error" role="alert">
            {fillError}
          </p>
        ) : null}
        {choices ? (
          <div role="group" aria-labelledby="fill-choose">
            <p id="fill-choose">{t('popup_whichTab')}</p>
            <ul className="fill-choices">
              {choices.map((target) => (
                <li key={target.tabId}>
                  <button type="button" className="secondary" disabled={busy} onClick={() => void start(target.tabId)}>
                    {targetText(target)}
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
