import { useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { FillReport, FillTarget } from '../../utils/schemas';
import { OUTCOME_TEXT } from '../../utils/fill/outcome-text';
import { PROTOCOL_NAMES } from '../../utils/oauth-urls';
import { EwsNotice } from './ews-notice';

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

/** The "Fill ServiceOps form" button: finds the tab that shows the form (asks which when several do), fills it, reports per field. */
export function FillSection({ ensureSetup, onDone, now = Date.now }: FillSectionProps) {
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport>();
  const [fillError, setFillError] = useState<string>();
  const [choices, setChoices] = useState<FillTarget[]>();

  let secretCleared = false;
  const fillTab = async (setupId: string, tabId?: number): Promise<boolean> => {
    const result = await request({ type: 'fill-serviceops', setupId, tabId });
    if (result.ok) {
      setReport(result.value);
      secretCleared = Boolean(result.value.secretCleared);
      return true;
    }
    setFillError(result.error);
    return false;
  };

  const start = async (tabId?: number) => {
    setBusy(true);
    setReport(undefined);
    setFillError(undefined);
    setChoices(undefined);
    try {
      const setupId = await ensureSetup();
      if (!setupId) {
        setFillError('Could not create a setup.');
        return;
      }
      if (tabId !== undefined) {
        await fillTab(setupId, tabId);
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
        {report ? (
          <div>
            <p className={report.ok ? 'check check-ok' : 'check check-error'}>
              {report.ok
                ? `Filled ${report.form ?? 'the form'}. Review it in ServiceOps and click Save there.`
                : (report.message ?? 'Some fields could not be filled.')}
            </p>
            {report.protocol ? (
              <p className="muted fill-protocol">
                Protocol: {PROTOCOL_NAMES[report.protocol]}
                {report.fields.some((f) => f.field === 'scope' && f.outcome !== 'not-present') ? ' — the Scope follows it.' : '.'}
              </p>
            ) : null}
            {report.protocol === 'mapi' ? <EwsNotice now={now()} /> : null}
            <ul className="fill-report">
              {report.fields.map((f) => (
                <li key={f.field} className={`outcome-${f.outcome}`}>
                  {f.label ?? f.field}: {OUTCOME_TEXT[f.outcome]}
                  {f.message ? ` — ${f.message}` : ''}
                </li>
              ))}
            </ul>
            {report.secretCleared ? <p className="muted">The client secret was removed from the extension now that it is in the form.</p> : null}
            {report.readBack?.redirectUrl ? (
              <p className="redirect-readback">
                ServiceOps shows the Redirect URL <code>{report.readBack.redirectUrl}</code>. It is kept in this setup: register it in the app registration
                (Authentication) as a Web redirect URI.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
