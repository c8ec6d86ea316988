/**
 * Frame-side readers of the blade states the checklist completes on: the "Allow public client
 * flows" setting (and whether it is saved), the configured permission rows with their consent
 * status, and the redirect URIs. Words arrive with the watch (utils/guidance/vocabulary.ts),
 * so this file carries no word lists.
 */
import type { BladeFact, BladeFactKind } from '../schemas';
import { cellsOf, clean } from './capture-dom';
import { isDisabled, isHidden, nameMatches, nameOf, openPane } from './targets';

export type Words = Record<string, string[] | undefined>;

const text = (el: Element | null | undefined): string => clean(el?.textContent);

/**
 * Unsaved changes enable the blade's Save button; a disabled one means saved. An absent one says
 * nothing: a command bar that re-renders (Fluent measures its items) drops it for a moment, and a
 * step must never be marked done on that.
 */
function saved(doc: Document, words: Words): boolean {
  const saves = [...doc.querySelectorAll('button,[role=button]')].filter((b) => !isHidden(b) && nameMatches(nameOf(b), words.save, 'all'));
  return !!saves.length && saves.every(isDisabled);
}

export function readPublicClient(doc: Document, words: Words): BladeFact | undefined {
  const group = [...doc.querySelectorAll('[role=radiogroup],fieldset')].find((g) => nameMatches(nameOf(g), words.publicClient));
  let on: boolean | undefined;
  if (group) {
    const radios = [...group.querySelectorAll('[role=radio],input[type=radio]')];
    const checked = radios.find((r) => r.getAttribute('aria-checked') === 'true' || (r as HTMLInputElement).checked);
    if (checked) on = nameMatches(nameOf(checked), words.yes, 'all') || radios.indexOf(checked) === 0;
  } else {
    const toggle = [...doc.querySelectorAll('[role=switch],input[type=checkbox]')].find((t) => nameMatches(nameOf(t), words.publicClient));
    if (toggle) on = toggle.getAttribute('aria-checked') === 'true' || (toggle as HTMLInputElement).checked;
  }
  return on === undefined ? undefined : { kind: 'public-client', on, saved: saved(doc, words) };
}

const has = (s: string, words: string[] | undefined) => !!words?.some((w) => s.includes(w));

export function readPermissions(doc: Document, words: Words): BladeFact | undefined {
  const rows: Extract<BladeFact, { kind: 'permissions' }>['rows'] = [];
  let resource = '';
  let grid = false;
  for (const row of doc.querySelectorAll('[role=row],tr')) {
    if (row.querySelector('[role=columnheader],th')) continue;
    // Cells at any depth, the name often a row header; a selection column may come first (empty).
    const cells = Array.from(cellsOf(row, false), text).filter(Boolean);
    // A group's header row: one cell ("Microsoft Graph (2)"), or a row that expands (a data row's
    // own menu button expands too, so a toggle somewhere in the row says nothing).
    if (cells.length === 1 || row.matches('[aria-expanded]')) {
      resource = text(row)
        .replace(/\(\d+\)$/, '')
        .trim();
      continue;
    }
    const name = cells[0] ?? '';
    if (cells.length < 3 || !/^[A-Za-z][\w.]*$/.test(name)) continue;
    grid = true;
    const lower = cells.slice(1).map((c) => c.toLowerCase());
    const type = lower.find((t) => has(t, words.delegated) || has(t, words.application)) ?? '';
    const status = [...lower].reverse().find((t) => has(t, words.granted)) ?? '';
    rows.push({
      name,
      type: !type ? '' : has(type, words.delegated) ? 'delegated' : 'application',
      granted: !!status && !has(status, words.notGranted),
      resource: resource.slice(0, 120),
    });
    if (rows.length >= 80) break;
  }
  return grid ? { kind: 'permissions', rows } : undefined;
}

export function readRedirectUris(doc: Document, words: Words): BladeFact | undefined {
  const pane = openPane(doc);
  const uris = [...doc.querySelectorAll('input')]
    .filter((i) => !pane?.contains(i) && /^https?:\/\/\S+$/i.test(i.value.trim()))
    .map((i) => i.value.trim().slice(0, 500))
    .slice(0, 40);
  return { kind: 'redirect-uris', uris, saved: saved(doc, words) };
}

export const BLADE_READERS: Record<BladeFactKind, (doc: Document, words: Words) => BladeFact | undefined> = {
  'public-client': readPublicClient,
  permissions: readPermissions,
  'redirect-uris': readRedirectUris,
};
