import { t } from '../utils/i18n/t';
import type { Provenance, SecretMeta, SecretStatus } from '../utils/schemas';

function when(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function describeProvenance(p: Provenance | undefined): string | undefined {
  if (!p) return undefined;
  return p.source === 'manual' ? t('values_typedHere', { when: when(p.capturedAt) }) : t('values_capturedFrom', { detail: p.detail, when: when(p.capturedAt) });
}

/** Where the held secret came from, what it is, and how long it is kept; never the value. */
export function describeSecret(status: SecretStatus | undefined, meta: SecretMeta | undefined, idleMinutes: number): string {
  const lifetime = t('values_secretLifetime', { minutes: idleMinutes });
  if (!status?.present) return lifetime;
  const captured = meta && meta.hint && status.hint === meta.hint;
  const origin = captured
    ? describeProvenance(meta.provenance)
    : status.capturedAt
      ? status.source
        ? `${status.source}, ${when(status.capturedAt)}`
        : t('values_typedHere', { when: when(status.capturedAt) })
      : undefined;
  const details = captured
    ? [meta.description ? `"${meta.description}"` : '', meta.expires ? t('values_expiresOn', { date: meta.expires }) : ''].filter(Boolean).join(', ')
    : '';
  return [origin, details, lifetime].filter(Boolean).join(' · ');
}
