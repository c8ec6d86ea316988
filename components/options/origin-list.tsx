import type { OriginRow } from '../../utils/serviceops-origins';
import { t } from '../../utils/i18n/t';

const STATUS_TEXT = {
  active: () => t('options_statusActive'),
  revoked: () => t('options_statusRevoked'),
  'needs-grant': () => t('options_statusNeedsGrant'),
} satisfies Record<OriginRow['status'], () => string>;

/** The ServiceOps addresses with their access, and what the organization's policy listed but could not be used. */
export function OriginList({
  rows,
  rejected,
  onRegrant,
  onRemove,
}: {
  rows: OriginRow[];
  rejected: string[];
  onRegrant: (origin: string) => void;
  onRemove: (row: OriginRow) => void;
}) {
  return (
    <>
      <ul aria-label={t('options_addresses')} className="origin-list">
        {rows.length === 0 ? <li className="muted">{t('options_none')}</li> : null}
        {rows.map((row) => (
          <li key={row.origin} data-status={row.status}>
            <span>
              <span className="origin-name">{row.origin}</span>
              {row.managed ? <span className="muted">{t('options_managed')}</span> : null}
              <br />
              <span className={row.status === 'active' ? 'check check-ok' : 'check check-error'}>{STATUS_TEXT[row.status]()}</span>
            </span>
            <span className="field-row">
              {row.status !== 'active' ? (
                <button type="button" className="primary" onClick={() => onRegrant(row.origin)} aria-label={t('options_grantAccessTo', { origin: row.origin })}>
                  {t('options_grantAccess')}
                </button>
              ) : null}
              {row.managed ? null : (
                <button type="button" className="secondary" onClick={() => onRemove(row)} aria-label={t('options_removeOrigin', { origin: row.origin })}>
                  {t('options_remove')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {rejected.length ? (
        <p className="check check-error" role="alert">
          {t('options_policyRejected', { origins: rejected.join(', ') })}
        </p>
      ) : null}
    </>
  );
}
