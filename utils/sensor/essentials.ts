/**
 * Reads the Overview blade's Essentials: the client ID, tenant ID and the App registration's
 * Object ID. The three are all GUIDs, so each value is paired with the label that precedes it
 * in the same label/value group, and labels are matched in several languages; where no label
 * settles it, the GUIDs are reported as ambiguous for the background to resolve.
 */
import { findGuid, GUID_PATTERN, isGuid } from '../guid';
import { isAppOverview, routeAppId } from '../portal-route';
import { liveRoute } from './capture-dom';
import { isFramedWithoutRoute, type Reader } from './reader';

/** Lower-case fragments of the labels, per language (en, de, fr, es, it, pt, nl, ja, zh). */
const LABELS = {
  tenantId: ['tenant', 'mandant', 'locataire', 'inquilino', 'tenant-id', 'テナント', '租户', '租用戶'],
  clientId: ['client', 'anwendungs-id', "d'application", 'de la aplicación', 'applicazione', 'aplicativo', 'toepassing', 'アプリケーション', '应用程序'],
  appObjectId: ['object', 'objekt', "d'objet", 'objeto', 'oggetto', 'オブジェクト', '对象'],
};

export interface EssentialsReading {
  clientId?: string;
  tenantId?: string;
  appObjectId?: string;
  displayName?: string;
  ambiguous: string[];
}

/** Elements whose whole text is one GUID: the value cells. */
function guidCells(root: ParentNode): HTMLElement[] {
  const cells: HTMLElement[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text.length === 36 && isGuid(text) && node.parentElement) cells.push(node.parentElement);
  }
  return cells;
}

/** The label text for a value: the nearest preceding text within the closest label/value group. */
function labelFor(cell: HTMLElement): string {
  const labelledBy = cell.closest('[aria-labelledby]')?.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => cell.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  let node: Element | null = cell;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    // dt/dd, label + value siblings, table rows: the first sibling before us with text is the label.
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const text = sib.textContent?.trim();
      if (text && !findGuid(text)) return text;
      if (text) break;
    }
  }
  return '';
}

function kindOf(label: string): keyof typeof LABELS | undefined {
  const l = label.toLowerCase();
  // Tenant first: "Directory (tenant) ID" must not count as the client label in any language.
  for (const kind of ['tenantId', 'appObjectId', 'clientId'] as const) {
    if (LABELS[kind].some((fragment) => l.includes(fragment))) return kind;
  }
  return undefined;
}

export function readEssentials(root: ParentNode, routeAppId: string | undefined): EssentialsReading {
  const reading: EssentialsReading = { ambiguous: [] };
  const seen = new Set<string>();
  for (const cell of guidCells(root)) {
    const value = (cell.textContent ?? '').trim().toLowerCase();
    if (seen.has(value)) continue;
    seen.add(value);
    if (value === routeAppId) {
      reading.clientId = value;
      continue;
    }
    const kind = kindOf(labelFor(cell));
    if (kind && !reading[kind]) reading[kind] = value;
    else reading.ambiguous.push(value);
  }
  // The route is the authority on the client ID: a labelled "client" GUID that differs is not trusted.
  if (routeAppId && reading.clientId !== routeAppId) reading.clientId = undefined;
  // Structure settles what labels left open: with the client ID known, the Overview shows two more
  // GUIDs; when one of them is labelled, the single one left is the other.
  if (reading.ambiguous.length === 1 && !!reading.tenantId !== !!reading.appObjectId) {
    const [rest] = reading.ambiguous;
    if (reading.tenantId) reading.appObjectId = rest;
    else reading.tenantId = rest;
    reading.ambiguous = [];
  }
  return reading;
}

/** The blade's title: on an Overview it is the app's display name (a framed blade reports it as its document title). */
export function bladeTitle(doc: Document, isTopFrame: boolean): string | undefined {
  const text = (isTopFrame ? doc.querySelector('.fxs-blade-title-titleText, main h1, h1')?.textContent : doc.title)?.trim();
  return text && text.length <= 120 && text !== 'ReactView' ? text : undefined;
}

export const essentialsReader: Reader = {
  name: 'essentials',
  // Framed blades are read by content: their route may be missing or stale (see liveRoute).
  wants: (ctx) => isAppOverview(ctx.route) || isFramedWithoutRoute(ctx),
  read(ctx) {
    const route = liveRoute(ctx.document);
    if ((ctx.isTopFrame || route) && !isAppOverview(route)) return [];
    const fromRoute = routeAppId(route);
    // No GUID anywhere, no Essentials: one native text read instead of a walk over every text node.
    if (!GUID_PATTERN.test(ctx.document.body?.textContent ?? '')) return [];
    const reading = readEssentials(ctx.document.body, fromRoute);
    if (!reading.clientId || (!reading.tenantId && !reading.ambiguous.length)) return [];
    return [
      {
        kind: 'app-essentials',
        clientId: reading.clientId,
        tenantId: reading.tenantId,
        appObjectId: reading.appObjectId,
        displayName: bladeTitle(ctx.document, ctx.isTopFrame),
        ambiguousGuids: reading.tenantId ? undefined : reading.ambiguous.slice(0, 4),
        routeConfirmed: !!fromRoute,
      },
    ];
  },
};
