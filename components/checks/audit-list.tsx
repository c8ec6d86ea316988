import type { AuditItem } from '../../utils/checks/graph-audit';
import { t } from '../../utils/i18n/t';

const LEVEL_WORD = { ok: () => t('checks_levelOk'), warning: () => t('checks_levelWarning'), error: () => t('checks_levelError') } as const;

/** The audit's items; each failed one links to the portal page of the step that fixes it. */
export function AuditList({ items }: { items: AuditItem[] }) {
  return (
    <ul className="audit-items" aria-label={t('checks_auditList')}>
      {items.map((item) => (
        <li key={item.id} data-audit-item={item.id} className={`check-${item.level}`}>
          <span className="audit-title">
            {item.title}: <span className="visually-hidden">{LEVEL_WORD[item.level]()}.</span>
          </span>{' '}
          {item.detail}
          {item.link ? (
            <>
              {' '}
              <a href={item.link} target="_blank" rel="noreferrer">
                {t('checks_fixStep', { step: item.stepTitle ?? t('checks_openStep') })}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
