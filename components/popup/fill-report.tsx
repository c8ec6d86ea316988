import type { FillReport } from '../../utils/schemas';
import { OUTCOME_TEXT } from '../../utils/fill/outcome-text';
import { PROTOCOL_NAMES } from '../../utils/oauth-urls';
import { EwsNotice } from './ews-notice';

/** A fill's outcome per field, as the popup and the fill confirmation page show it. */
export function FillReportView({ report, now }: { report: FillReport; now: () => number }) {
  return (
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
  );
}
