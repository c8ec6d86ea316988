import { ewsNotice } from '../../utils/ews-retirement';
import { t } from '../../utils/i18n/t';

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
    <div
      className={notice.phase === 'before-block' ? 'check check-warning ews-notice' : 'check check-error ews-notice'}
      role="note"
      aria-label={t('popup_ewsLabel')}
    >
      <p>
        <strong>{notice.title}.</strong> {notice.recommendation}
      </p>
      <details>
        <summary>{notice.check ? t('popup_ewsMeaningCheck') : t('popup_ewsMeaning')}</summary>
        <p>{notice.summary}</p>
        {notice.check ? (
          <>
            <p>{t('popup_ewsCheckIntro', { hint: notice.checkHint ?? '' })}</p>
            <pre tabIndex={0} aria-label={t('popup_ewsCheckLabel')}>
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
