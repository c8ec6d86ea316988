/**
 * Reads the client secrets grid of "Certificates & secrets": the Value of the secret the
 * admin just added, with its description, expiry and Secret ID.
 *
 * Columns are told apart by what they hold, in any language: the Secret ID column holds
 * GUIDs, the Value column holds masked values (older rows) or a secret-shaped string next
 * to a copy button, the Expires column dates. Header labels are one signal among these.
 * The new secret is the row whose unmasked Value this frame had not seen before, so an
 * older row, a re-rendered grid or a late row never yields the wrong value.
 */
import type { Fact } from '../schemas';
import { GUID_PATTERN, isGuid } from '../guid';
import { isCredentialsPage, routeAppId } from '../portal-route';
import { cellsOf, clean, isMaskedText, labelIs, looksLikeSecretValue, piecesOf, toIsoDate, trustedRoute } from './capture-dom';
import type { Reader, ReaderContext } from './reader';

const VALUE_HEADERS = ['value', 'wert', 'valeur', 'valor', 'valore', 'waarde', 'wartość', '値', '值'];
const EXPIRES_HEADERS = ['expir', 'läuft ab', 'ablauf', 'caduc', 'scad', 'vence', 'verloopt', '有効期限', '到期', '过期'];
const DESCRIPTION_HEADERS = ['descr', 'beschreibung', 'beschrijving', 'opis', '説明', '描述'];

export interface SecretRow {
  row: Element;
  value?: string;
  masked: boolean;
  secretId?: string;
  description?: string;
  /** yyyy-mm-dd when readable, else the text as shown. */
  expires?: string;
  valueCell?: Element;
  idCell?: Element;
}

/** The text pieces a cell shows, without its buttons, tooltips ("Copied") and icon glyphs. */
const cellTexts = (cell: Element): string[] => piecesOf(cell).map((p) => p.text);

interface Columns {
  value?: number;
  id?: number;
  expires?: number;
  description?: number;
}

function argmax(counts: number[], skip: (number | undefined)[]): number | undefined {
  let best: number | undefined;
  counts.forEach((c, i) => {
    if (c > 0 && !skip.includes(i) && (best === undefined || c > (counts[best] ?? 0))) best = i;
  });
  return best;
}

function mapColumns(headers: string[], data: string[][][], buttons: boolean[][], lang: string): Columns {
  const width = Math.max(headers.length, ...data.map((r) => r.length));
  const count = (test: (texts: string[], i: number, r: number) => boolean) =>
    Array.from({ length: width }, (_, i) => data.reduce((n, row, r) => n + (row[i] && test(row[i], i, r) ? 1 : 0), 0));
  const byHeader = (fragments: readonly string[]) => {
    const i = headers.findIndex((h) => labelIs(h, fragments));
    return i >= 0 ? i : undefined;
  };
  const id = argmax(
    count((t) => t.some(isGuid)),
    [],
  );
  const value =
    byHeader(VALUE_HEADERS) ??
    argmax(
      count((t) => t.some(isMaskedText)),
      [id],
    ) ??
    argmax(
      count((t, i, r) => !!buttons[r]?.[i] && t.some(looksLikeSecretValue)),
      [id],
    );
  const expires =
    byHeader(EXPIRES_HEADERS) ??
    argmax(
      count((t) => t.some((x) => !!toIsoDate(x, lang))),
      [id, value],
    );
  let description = byHeader(DESCRIPTION_HEADERS);
  if (description === undefined) {
    for (let i = 0; i < width; i++)
      if (![id, value, expires].includes(i)) {
        description = i;
        break;
      }
  }
  return { value: value === id ? undefined : value, id, expires, description };
}

function gridsIn(root: ParentNode): Element[] {
  const all = Array.from(root.querySelectorAll('[role=grid],[role=treegrid],[role=table],table'));
  return all.filter((g) => !all.some((o) => o !== g && o.contains(g)));
}

/** Every secret row in the grids under `root`. */
export function readSecretRows(root: ParentNode, lang = 'en'): SecretRow[] {
  const rows: SecretRow[] = [];
  for (const grid of gridsIn(root)) {
    // Every secrets grid lists Secret IDs (GUIDs), and a left blade shows masked values. Checking the
    // grid's text first, natively, spares a cell-by-cell read of the big grids a framed blade may
    // re-render (the sensor runs in every frame).
    const text = grid.textContent ?? '';
    if (!GUID_PATTERN.test(text) && !isMaskedText(text)) continue;
    const all = Array.from(grid.querySelectorAll('[role=row], tr'));
    const headerRow = all.find((r) => r.querySelector('[role=columnheader],th:not([scope=row])'));
    const dataRows = all.filter((r) => r !== headerRow);
    const headers = headerRow ? Array.from(cellsOf(headerRow, true), (c) => clean(c?.textContent)) : [];
    const cells = dataRows.map((r) => cellsOf(r, false));
    const texts = cells.map((row) => row.map(cellTexts));
    const buttons = cells.map((row) => row.map((c) => !!c.querySelector('button,[role=button]')));
    const cols = mapColumns(headers, texts, buttons, lang);
    if (cols.value === undefined) continue;
    dataRows.forEach((row, r) => {
      const t = texts[r] ?? [];
      const at = (i: number | undefined) => (i === undefined ? undefined : t[i]);
      const valueTexts = at(cols.value) ?? [];
      const masked = valueTexts.some(isMaskedText);
      const value = masked ? undefined : valueTexts.find(looksLikeSecretValue);
      const secretId = at(cols.id)?.find(isGuid)?.toLowerCase();
      if (!masked && !value && !secretId) return;
      const expiresText = at(cols.expires)?.join(' ');
      rows.push({
        row,
        value,
        masked,
        secretId,
        description: at(cols.description)?.join(' ').slice(0, 200) || undefined,
        expires: expiresText ? (toIsoDate(expiresText, lang) ?? expiresText.slice(0, 60)) : undefined,
        valueCell: cols.value === undefined ? undefined : cells[r]?.[cols.value],
        idCell: cols.id === undefined ? undefined : cells[r]?.[cols.id],
      });
    });
  }
  return rows;
}

function rowKey(r: SecretRow): string {
  return r.secretId ?? r.value ?? '';
}

/** Among several secrets first seen at once, the one that expires last, else the last in the grid. */
export function pickNewest(rows: SecretRow[]): SecretRow | undefined {
  return rows.reduce<SecretRow | undefined>((best, r) => (!best || (r.expires ?? '') >= (best.expires ?? '') ? r : best), undefined);
}

export function secretFact(r: SecretRow, appId: string | undefined, via: 'grid' | 'copy-button' | 'copy'): Fact | undefined {
  if (!r.value) return undefined;
  return { kind: 'secret-created', appId, value: r.value, secretId: r.secretId, description: r.description, expires: r.expires, via };
}

/** The grid reader, with its own memory of the Values this frame has seen (one per frame). */
export function createSecretsGridReader(): Reader {
  const seen = new Set<string>();
  let current: { key: string; fact: Fact } | undefined;
  return {
    name: 'secrets-grid',
    // Framed blades are read by content (see trustedRoute); the top document by its route.
    wants: (ctx) => !ctx.isTopFrame || isCredentialsPage(ctx.route),
    read(ctx: ReaderContext): Fact[] {
      const route = trustedRoute(ctx.document, ctx.isTopFrame);
      if (ctx.isTopFrame && !isCredentialsPage(route)) return [];
      const appId = routeAppId(route);
      const rows = readSecretRows(ctx.document.body, ctx.document.documentElement.lang);
      const shown = rows.filter((r) => r.value);
      const fresh = shown.filter((r) => !seen.has(rowKey(r)));
      shown.forEach((r) => seen.add(rowKey(r)));
      const newest = pickNewest(fresh);
      const fact = newest && secretFact(newest, appId, 'grid');
      if (newest && fact) current = { key: rowKey(newest), fact };
      if (current && shown.some((r) => rowKey(r) === current?.key)) return [current.fact];
      if (!shown.length && rows.some((r) => r.masked)) {
        return [
          {
            kind: 'secret-masked',
            appId,
            secretIds: rows
              .map((r) => r.secretId)
              .filter((id): id is string => !!id)
              .slice(0, 50),
          },
        ];
      }
      return [];
    },
  };
}

export const secretsGridReader = createSecretsGridReader();
