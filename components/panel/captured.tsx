import type { GuidanceView } from '../../utils/schemas';

/** What the setup holds so far; the secret only as "captured, hidden (N characters)". */
export function Captured({ view }: { view: GuidanceView }) {
  const c = view.captured;
  const secret = c.secret.present
    ? `captured, hidden (${c.secret.length ?? '?'} characters)`
    : c.secret.described !== undefined
      ? 'created; value not captured'
      : 'not captured yet';
  const rows: [string, string | undefined][] = [
    ['App', c.appName],
    ['Client ID', c.clientId],
    ['Tenant ID', c.tenantId],
    ['Enterprise app Object ID', c.spObjectId],
    ['Client secret', secret],
    ['Redirect URL', c.redirectUrl],
  ];
  return (
    <dl aria-label="Captured so far">
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
