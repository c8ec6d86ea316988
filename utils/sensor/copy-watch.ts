/**
 * Watches the admin copying from the secrets grid, by the copy buttons or by selecting text:
 * copying the Value confirms the capture, copying the Secret ID or a masked value is reported
 * so the extension can say what went wrong. The clipboard itself is never read.
 */
import type { Fact } from '../schemas';
import { findGuid, isGuid } from '../guid';
import { routeAppId } from '../portal-route';
import { isMaskedText, liveRoute } from './capture-dom';
import { isCredentialsRoute, readSecretRows, secretFact, type SecretRow } from './secrets-grid';

function context(doc: Document, isTopFrame: boolean): { appId?: string } | undefined {
  const route = liveRoute(doc);
  if ((isTopFrame || route) && !isCredentialsRoute(route)) return undefined;
  return { appId: routeAppId(route) };
}

function masked(r: SecretRow, appId: string | undefined): Fact {
  return { kind: 'secret-masked', appId, secretIds: r.secretId ? [r.secretId] : [], copied: true };
}

/** What copying from this row's cell means. */
export function copyFact(rows: SecretRow[], target: Node, appId: string | undefined, via: 'copy-button' | 'copy'): Fact | undefined {
  const r = rows.find((x) => x.row.contains(target));
  if (!r) return undefined;
  if (r.idCell?.contains(target) && r.secretId) return { kind: 'secret-id-copied', appId, secretId: r.secretId };
  if (r.valueCell?.contains(target)) return r.masked ? masked(r, appId) : secretFact(r, appId, via);
  return undefined;
}

/** What a text selection copied from the grid means, by its text alone. */
export function selectionFact(rows: SecretRow[], text: string, appId: string | undefined): Fact | undefined {
  const t = text.trim();
  const guid = isGuid(t) ? findGuid(t) : undefined;
  const byId = guid ? rows.find((r) => r.secretId === guid) : undefined;
  if (byId?.secretId) return { kind: 'secret-id-copied', appId, secretId: byId.secretId };
  const byValue = rows.find((r) => r.value && r.value === t);
  if (byValue) return secretFact(byValue, appId, 'copy');
  if (isMaskedText(t)) {
    const r = rows.find((x) => x.masked && (x.valueCell?.textContent ?? '').includes(t));
    if (r) return masked(r, appId);
  }
  return undefined;
}

export function watchCopies(doc: Document, isTopFrame: boolean, send: (fact: Fact) => void): () => void {
  const onClick = (e: Event) => {
    const target = e.target instanceof Element ? e.target.closest('button,[role=button]') : null;
    const ctx = target && context(doc, isTopFrame);
    if (!target || !ctx) return;
    const fact = copyFact(readSecretRows(doc.body, doc.documentElement.lang), target, ctx.appId, 'copy-button');
    if (fact) send(fact);
  };
  const onCopy = () => {
    const ctx = context(doc, isTopFrame);
    const text = doc.getSelection()?.toString() ?? '';
    if (!ctx || !text.trim() || text.length > 600) return;
    const fact = selectionFact(readSecretRows(doc.body, doc.documentElement.lang), text, ctx.appId);
    if (fact) send(fact);
  };
  // Capture phase: the portal's own handlers stop propagation of the copy button's click.
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('copy', onCopy, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('copy', onCopy, true);
  };
}
