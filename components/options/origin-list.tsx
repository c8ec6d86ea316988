import type { OriginRow } from '../../utils/serviceops-origins';

const STATUS_TEXT: Record<OriginRow['status'], string> = {
  active: 'Access granted',
  revoked: 'Access was removed (in the browser’s site settings): the extension cannot fill forms here until you grant it again.',
  'needs-grant': 'Access not granted yet: click Grant access.',
};

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
      <ul aria-label="ServiceOps addresses" className="origin-list">
        {rows.length === 0 ? <li className="muted">None yet.</li> : null}
        {rows.map((row) => (
          <li key={row.origin} data-status={row.status}>
            <span>
              <span className="origin-name">{row.origin}</span>
              {row.managed ? <span className="muted"> · Managed by your organization</span> : null}
              <br />
              <span className={row.status === 'active' ? 'check check-ok' : 'check check-error'}>{STATUS_TEXT[row.status]}</span>
            </span>
            <span className="field-row">
              {row.status !== 'active' ? (
                <button type="button" className="primary" onClick={() => onRegrant(row.origin)} aria-label={`Grant access to ${row.origin}`}>
                  Grant access
                </button>
              ) : null}
              {row.managed ? null : (
                <button type="button" className="secondary" onClick={() => onRemove(row)} aria-label={`Remove ${row.origin}`}>
                  Remove
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {rejected.length ? (
        <p className="check check-error" role="alert">
          Your organization’s policy lists addresses that are not https and were ignored: {rejected.join(', ')}
        </p>
      ) : null}
    </>
  );
}
