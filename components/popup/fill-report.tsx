import type { FillReport } from '../../utils/schemas';
import { OUTCOME_TEXT } from '../../utils/fill/outcome-text';
import { PROTOCOL_NAMES } from '../../utils/oauth-urls';
import { t } from '../../utils/i18n/t';
import { EwsNotice } from './ews-notice';

/** Stands for a code element inside a translated sentence. */
const MARK = '\u0001';

/** A fill's outcome per field, as the popup and the fill confirmation page show it. */
export function FillReportView({ report, now }: { report: FillReport; now: () => number }) {
  // The URL stays code: split the sentence around it.
  const [readBackBefore, readBackAfter] = t('popup_redirectReadBack', { url: MARK }).split(MARK);
  return (
    <div>
      <p className={report.ok ? 'check check-ok' : 'check check-error'}>
        {report.ok ? t('popup_filled', { form: report.form ?? t('popup_theForm') }) : (report.message ?? t('popup_notAllFilled'))}
      </p>
      {report.protocol ? (
        <p className="muted fill-protocol">
          {report.fields.some((f) => f.field === 'scope' && f.outcome !== 'not-present')
            ? t('popup_fillProtocolScope', { protocol: PROTOCOL_NAMES[report.protocol] })
            : t('popup_fillProtocol', { protocol: PROTOCOL_NAMES[report.protocol] })}
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
      {report.secretCleared ? <p className="muted">{t('popup_secretRemoved')}</p> : null}
      {report.readBack?.redirectUrl ? (
        <p className="redirect-readback">
          {readBackBefore}
          <code>{report.readBack.redirectUrl}</code>
          {readBackAfter}
        </p>
      ) : null}
    </div>
  );
}
