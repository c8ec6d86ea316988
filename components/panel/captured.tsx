import type { GuidanceView } from '../../utils/schemas';
import { t } from '../../utils/i18n/t';

/** What the setup holds so far; the secret only as "captured, hidden (N characters)". */
export function Captured({ view }: { view: GuidanceView }) {
  const c = view.captured;
  const secret = c.secret.present
    ? t('panel_secretHidden', { length: c.secret.length ?? '?' })
    : c.secret.described !== undefined
      ? t('panel_secretNotCaptured')
      : t('panel_secretNotYet');
  const rows: [string, string | undefined][] = [
    [t('panel_capturedApp'), c.appName],
    [t('panel_capturedClientId'), c.clientId],
    [t('panel_capturedTenantId'), c.tenantId],
    [t('panel_capturedSpObjectId'), c.spObjectId],
    [t('panel_capturedSecret'), secret],
    [t('panel_capturedRedirect'), c.redirectUrl],
  ];
  return (
    <dl aria-label={t('guide_captured')}>
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
