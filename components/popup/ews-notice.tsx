import { ewsNotice } from '../../utils/ews-retirement';

export interface EwsNoticeProps {
  /** The clock, passed in so the notice can be shown for any day. */
  now: number;
  clientId?: string;
}

/**
 * The end of EWS in Exchange Online, shown wherever MAPI (EWS) is chosen: the dates and what to
 * use instead at a glance, what it means and what to check one click away.
 */
export function EwsNotice({ now, clientId }: EwsNoticeProps) {
  const notice = ewsNotice(now, clientId);
  return (
    <div className={notice.phase === 'before-block' ? 'check check-warning ews-notice' : 'check check-error ews-notice'} role="note" aria-label="End of EWS">
      <p>
        <strong>{notice.title}.</strong> {notice.recommendation}
      </p>
      <details>
        <summary>What this means{notice.check ? ' and what to check' : ''}</summary>
        <p>{notice.summary}</p>
        {notice.check ? (
          <>
            <p>Check the tenant in Exchange Online PowerShell. {notice.checkHint}</p>
            <pre tabIndex={0} aria-label="PowerShell to check EWS">
              {notice.check}
            </pre>
          </>
        ) : null}
        {notice.actions.map((a) => (
          <p key={a}>{a}</p>
        ))}
      </details>
    </div>
  );
}
