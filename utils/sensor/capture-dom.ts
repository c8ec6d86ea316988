/**
 * Small DOM rules shared by the capture readers (essentials, secrets grid, enterprise app) and
 * the copy watcher. The portal draws the same blade in several ways (Knockout pages, Fluent v8
 * and v9 in ReactView frames), so nothing here depends on one markup: values are the GUID- or
 * secret-shaped tokens a node shows (text, read-only inputs, titles), never an element's whole
 * text, and cells are found by role at any depth. Dependency-free: they run in every portal frame.
 */
import { isGuid } from '../guid';
import { parsePortalHash, type PortalRoute } from '../portal-route';

/**
 * The route a reader may trust: the top frame's own, read now (a blade may be re-pointed with
 * history.replaceState, which fires no hashchange). A ReactView frame's own URL may carry no
 * route, a stale one or another blade's: framed blades are read by content, and the background
 * holds what they report against the tab's top route.
 */
export function trustedRoute(doc: Document, isTopFrame: boolean): PortalRoute | undefined {
  return isTopFrame ? parsePortalHash(doc.location?.hash ?? '') : undefined;
}

/** Icon fonts draw glyphs as private-use characters (a copy button's ⧉ may sit next to a value). */
export const clean = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\ue000-\uf8ff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Text that is not shown as a value: controls, tooltips ("Copied"), status lines and hidden copies. */
const NOT_VALUE = 'button,[role=button],[role=menuitem],[role=tooltip],[role=status],[hidden],[aria-hidden=true],script,style';

/** A piece of shown text and the element that shows it. */
export interface Piece {
  text: string;
  el: Element;
}

/** The pieces of text `root` shows: its text nodes, read-only inputs' values and titles, left out what is not a value. */
export function piecesOf(root: Element): Piece[] {
  const out: Piece[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n: Node | null = root; n; n = walker.nextNode()) {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    // Only what lies inside `root` counts: a modal pane marks the rest of the page aria-hidden for a while.
    const skip = el?.closest(NOT_VALUE);
    if (!el || (skip && root.contains(skip))) continue;
    const text = n === el ? (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.getAttribute('title')) : n.textContent;
    const t = clean(text);
    if (t) out.push({ text: t, el });
  }
  return out;
}

/** What the portal shows instead of a secret after the blade was left: the hint and a run of mask characters. */
export function isMaskedText(text: string): boolean {
  return /[*\u2022\u25cf]{6,}/.test(text);
}

/** The shape of a client secret Value: 16–64 characters of the secret alphabet, no spaces, not a GUID, not hex alone. */
export function looksLikeSecretValue(text: string): boolean {
  // Hex alone is a certificate's thumbprint, not a secret (a secret's alphabet is far wider).
  return /^[\w~.\-+=/]{16,64}$/.test(text) && !isGuid(text) && !/^[0-9a-f]+$/i.test(text);
}

/**
 * A date as the portal shows it (locale dependent) → yyyy-mm-dd, or undefined when it is not
 * a date. Slash dates are month-first only in US English, as the portal formats them.
 */
export function toIsoDate(text: string, lang: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (match) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(t))) {
    const monthFirst = match[2] === '/' && /^en(-us)?$/i.test(lang || 'en-US');
    [y, m, d] = [+match[4]!, monthFirst ? +match[1]! : +match[3]!, monthFirst ? +match[3]! : +match[1]!];
  } else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lower-case label fragments per language; one signal among several, never the only one. */
export function labelIs(label: string, fragments: readonly string[]): boolean {
  const l = label.toLowerCase();
  return fragments.some((f) => l.includes(f));
}

const CELLS = '[role=gridcell],[role=rowheader],[role=cell],td,th';
const HEADERS = '[role=columnheader],th';

/**
 * A row's cells at any depth (Fluent wraps them in a presentation element, Knockout in a row
 * content wrapper, itself a cell at times), the innermost ones, each at its column: `aria-colindex` where the grid
 * gives it, else its position. Without cell roles, the row's children under single-child wrappers.
 */
export function cellsOf(row: Element, header: boolean): Element[] {
  let found = [...row.querySelectorAll(header ? HEADERS : CELLS)];
  // A cell that holds cells is a wrapper (a row-content cell spanning the row), not a column.
  found = found.filter((c) => !found.some((o) => o !== c && c.contains(o)));
  if (!found.length && !header) {
    let el = row;
    while (el.children.length === 1) el = el.children[0]!;
    found = [...el.children];
  }
  // Cells that name their column first; the others take the free places in their order.
  const cols: Element[] = [];
  const rest = found.filter((c) => {
    const at = Number(c.getAttribute('aria-colindex')) - 1;
    if (at < 0 || cols[at]) return true;
    cols[at] = c;
    return false;
  });
  for (let i = 0; rest.length; i++) if (!cols[i]) cols[i] = rest.shift()!;
  return cols;
}
