import type { Provenance, SecretMeta, SecretStatus } from '../utils/schemas';

function when(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function describeProvenance(p: Provenance | undefined): string | undefined {
  if (!p) return undefined;
  return p.source === 'manual' ? `Typed or pasted here, ${when(p.capturedAt)}` : `Captured from ${p.detail}, ${when(p.capturedAt)}`;
}

/** Where the held secret came from, what it is, and how long it is kept; never the value. */
export function describeSecret(status: SecretStatus | undefined, meta: SecretMeta | undefined, idleMinutes: number): string {
  const lifetime = `Kept in memory only, until the browser closes or ${idleMinutes} minutes unused; never saved to disk.`;
  if (!status?.present) return lifetime;
  const captured = meta && meta.hint && status.hint === meta.hint;
  const origin = captured
    ? describeProvenance(meta.provenance)
    : status.capturedAt
      ? `${status.source ?? 'Typed or pasted here'}, ${when(status.capturedAt)}`
      : undefined;
  const details = captured ? [meta.description ? `"${meta.description}"` : '', meta.expires ? `expires ${meta.expires}` : ''].filter(Boolean).join(', ') : '';
  return [origin, details, lifetime].filter(Boolean).join(' · ');
}
