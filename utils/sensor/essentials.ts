/**
 * Reads the Overview blade's Essentials: the client ID, tenant ID and the App registration's
 * Object ID. The three are all GUIDs, so each value is paired with the label that precedes it
 * in the same label/value group, and labels are matched in several languages; where no label
 * settles it, the GUIDs are reported as ambiguous for the background to resolve.
 */
import { findGuid, GUID_PATTERN, isGuid } from '../guid';
import { isAppOverview, routeAppId } from '../portal-route';
import { clean, piecesOf, trustedRoute } from './capture-dom';
import type { Fact } from '../schemas';
import type { Reader } from './reader';
import { nameOf } from './targets';

/** Lower-case fragments of the labels, per language (en, de, fr, es, it, pt, nl, ja, zh). */
const LABELS = {
  tenantId: ['tenant', 'mandant', 'locataire', 'inquilino', 'tenant-id', 'テナント', '租户', '租用戶'],
  clientId: [
    'client',
    'application id',
    'anwendungs-id',
    "d'application",
    'de la aplicación',
    'applicazione',
    'aplicativo',
    'toepassing',
    'アプリケーション',
    '应用程序',
  ],
  appObjectId: ['object', 'objekt', "d'objet", 'objeto', 'oggetto', 'オブジェクト', '对象'],
};

export interface EssentialsReading {
  clientId?: string;
  tenantId?: string;
  appObjectId?: string;
  displayName?: string;
  ambiguous: string[];
}

/**
 * What a value is, by its label: its own ARIA or <label> name, the name of the group that labels
 * it, else the nearest preceding text within its label/value group. The first label that names a
 * kind wins: a section's name ("Essentials") says nothing about the value.
 */
function kindFor(el: Element): keyof typeof LABELS | undefined {
  const by = el.closest('[aria-labelledby]');
  const labels = [nameOf(el), by && by !== el ? nameOf(by) : ''];
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    // dt/dd, label + value siblings, table rows: the first sibling before us with text is the label.
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const text = sib.matches('button,[role=button]') ? '' : clean(sib.textContent);
      if (text) {
        labels.push(text);
        break;
      }
    }
  }
  for (const label of labels) {
    const kind = !findGuid(label) && kindOf(label);
    if (kind) return kind;
  }
  return undefined;
}

function kindOf(label: string): keyof typeof LABELS | undefined {
  const l = label.toLowerCase();
  // Tenant first: "Directory (tenant) ID" must not count as the client label in any language.
  for (const kind of ['tenantId', 'appObjectId', 'clientId'] as const) {
    if (LABELS[kind].some((fragment) => l.includes(fragment))) return kind;
  }
  return undefined;
}

export function readEssentials(root: Element, routeAppId: string | undefined): EssentialsReading {
  const reading: EssentialsReading = { ambiguous: [] };
  const seen = new Set<string>();
  const conflicted = new Set<string>();
  // Each value once: the portal may repeat it in a hidden node, a title or a read-only input.
  for (const { text, el } of piecesOf(root)) {
    const value = text.toLowerCase();
    if (text.length !== 36 || !isGuid(text) || seen.has(value)) continue;
    seen.add(value);
    if (value === routeAppId) {
      reading.clientId = value;
      continue;
    }
    const kind = kindFor(el);
    // A label that names two GUIDs settles neither: both stay open, for the background to resolve.
    const first = kind && reading[kind];
    if (kind && !first && !conflicted.has(kind)) reading[kind] = value;
    else {
      if (kind && first) {
        reading.ambiguous.push(first);
        reading[kind] = undefined;
        conflicted.add(kind);
      }
      reading.ambiguous.push(value);
    }
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
  const text = (isTopFrame ? doc.querySelector('h1')?.textContent : doc.title)?.trim();
  return text && text.length <= 120 && text !== 'ReactView' ? text : undefined;
}

/** Whether a page shows a GUID at all, in its text or in a read-only field: one native read before any walk. */
export function showsGuid(doc: Document): boolean {
  return GUID_PATTERN.test(doc.body?.textContent ?? '') || [...doc.querySelectorAll('input')].some((i) => GUID_PATTERN.test(i.value));
}

export const essentialsReader: Reader = {
  name: 'essentials',
  // Framed blades are read by content (see trustedRoute); the top document by its route.
  wants: (ctx) => !ctx.isTopFrame || isAppOverview(ctx.route),
  read(ctx): Fact[] {
    const route = trustedRoute(ctx.document, ctx.isTopFrame);
    if (ctx.isTopFrame && !isAppOverview(route)) return [];
    const fromRoute = routeAppId(route);
    if (!showsGuid(ctx.document)) return [];
    const reading = readEssentials(ctx.document.body, fromRoute);
    const displayName = bladeTitle(ctx.document, ctx.isTopFrame);
    if (!reading.clientId) return [];
    if (!reading.tenantId && !reading.ambiguous.length) {
      // In a frame, an application ID and an object ID and no tenant is an Enterprise application's
      // overview (an App registration's shows its tenant); the background holds it against the tab's route.
      return !ctx.isTopFrame && reading.appObjectId
        ? [{ kind: 'enterprise-app', appId: reading.clientId, spObjectId: reading.appObjectId, displayName, routeConfirmed: false }]
        : [];
    }
    return [
      {
        kind: 'app-essentials',
        clientId: reading.clientId,
        tenantId: reading.tenantId,
        appObjectId: reading.appObjectId,
        displayName,
        ambiguousGuids: reading.tenantId ? undefined : reading.ambiguous.slice(0, 4),
        routeConfirmed: !!fromRoute,
      },
    ];
  },
};
