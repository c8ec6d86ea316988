import { ewsNotice } from '../../utils/ews-retirement';

export interface EwsNoticeProps {
  /** The clock, passed in so the notice can be shown for any day. */
  now: number;
  clientId?: string;
}

/** The end of EWS in Exchange Online, shown wherever MAPI (EWS) is chosen: dates, what it means, what to check, what to use instead. */
export function EwsNotice({ now, clientId }: EwsNoticeProps) {
  const notice = ewsNotice(now, clientId);
  return (
    <div className={notice.phase === 'before-block' ? 'check check-warning ews-notice' : 'check check-error ews-notice'} role="note" aria-label="End of EWS">
      <p>
        <strong>{notice.title}.</strong> {notice.summary}
      </p>
      {notice.actions.length ? (
        <ol>
          {notice.actions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ol>
      ) : null}
      {notice.check ? (
        <pre tabIndex={0} aria-label="PowerShell to check EWS">
          {notice.check}
        </pre>
      ) : null}
      <p>{notice.recommendation}</p>
    </div>
  );
}
