import type { AuditItem } from '../../utils/checks/graph-audit';

const LEVEL_WORD = { ok: 'OK', warning: 'Warning', error: 'Problem' } as const;

/** The audit's items; each failed one links to the portal page of the step that fixes it. */
export function AuditList({ items }: { items: AuditItem[] }) {
  return (
    <ul className="audit-items" aria-label="Configuration audit">
      {items.map((item) => (
        <li key={item.id} data-audit-item={item.id} className={`check-${item.level}`}>
          <span className="audit-title">
            {item.title}: <span className="visually-hidden">{LEVEL_WORD[item.level]}.</span>
          </span>{' '}
          {item.detail}
          {item.link ? (
            <>
              {' '}
              <a href={item.link} target="_blank" rel="noreferrer">
                Fix: {item.stepTitle ?? 'open the step'}
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
