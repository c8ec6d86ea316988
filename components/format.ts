import type { Provenance } from '../utils/schemas';

export function describeProvenance(p: Provenance | undefined): string | undefined {
  if (!p) return undefined;
  const when = new Date(p.capturedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return p.source === 'manual' ? `Typed or pasted here, ${when}` : `Captured from ${p.detail}, ${when}`;
}
