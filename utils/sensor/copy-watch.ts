/**
 * Watches the admin copying from the secrets grid, by the copy buttons or by selecting text:
 * copying the Value confirms the capture, copying the Secret ID or a masked value is reported
 * so the extension can say what went wrong. The clipboard itself is never read.
 */
import type { Fact } from '../schemas';
import { findGuid, GUID_PATTERN, isGuid } from '../guid';
import { isCredentialsPage, routeAppId } from '../portal-route';
import { cellsOf, isMaskedText, looksLikeSecretValue, piecesOf, trustedRoute } from './capture-dom';
import { readSecretRows, secretFact, type SecretRow } from './secrets-grid';

/** The blade a copy is read on: the top document's Certificates & secrets, or any framed blade (read by content). */
function context(doc: Document, isTopFrame: boolean): { appId?: string } | undefined {
  const route = trustedRoute(doc, isTopFrame);
  return isTopFrame && !isCredentialsPage(route) ? undefined : { appId: routeAppId(route) };
}

function masked(r: SecretRow, appId: string | undefined): Fact {
  return { kind: 'secret-masked', appId, secretIds: r.secretId ? [r.secretId] : [], copied: true };
}

/**
 * What copying from a grid cell means. The button belongs to the smallest cell that holds it; only
 * a cell that shows nothing but a GUID in the Secret ID column is "you copied the Secret ID". A
 * copy the grid could not be read for says so, so the checklist can offer to paste the value.
 */
export function copyFact(rows: SecretRow[], target: Node, appId: string | undefined, via: 'copy-button' | 'copy'): Fact | undefined {
  const r = rows.find((x) => x.row.contains(target));
  // In a row the grid could not be read for, a button counts as a copy when its own cell shows a value
  // (a Secret ID, a masked or a secret-shaped one), not a Delete or "…" button in a cell of its own.
  const own = (target as Element).closest?.('[role=gridcell],[role=rowheader],[role=cell],td');
  const shown = own ? piecesOf(own).map((p) => p.text) : [];
  if (!r)
    return shown.some((t) => GUID_PATTERN.test(t) || isMaskedText(t) || looksLikeSecretValue(t)) ? { kind: 'copy-unread', appId, field: 'secret' } : undefined;
  const cell = cellsOf(r.row, false).find((c) => c?.contains(target));
  const texts = cell ? piecesOf(cell).map((p) => p.text) : [];
  if (cell && cell === r.idCell && r.secretId && texts.length === 1 && isGuid(texts[0]!)) return { kind: 'secret-id-copied', appId, secretId: r.secretId };
  if (cell && cell === r.valueCell) return r.masked ? masked(r, appId) : (secretFact(r, appId, via) ?? { kind: 'copy-unread', appId, field: 'secret' });
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
