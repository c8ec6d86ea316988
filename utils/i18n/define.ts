/**
 * The extension's UI strings, translated through the browser's own i18n (`_locales/<lang>/messages.json`,
 * `browser.i18n.getMessage`): the browser picks the admin's UI language, English is the default.
 *
 * HOW TO ADD A STRING (owners of an area edit only their own catalog file):
 *  1. Open `utils/i18n/catalogs/<area>.ts` (one file per area: popup, options, checks, guide, panel,
 *     sidepanel, signin, values, paste, fill, graph, expiry, ews, bg (the background's answers),
 *     ext). A new area is a new file there plus one line in
 *     `catalogs/index.ts`.
 *  2. Add the key to BOTH `en` and `de` (the type refuses a German catalog that misses an English key):
 *       runChecks: 'Run checks'            /  runChecks: 'Prüfungen ausführen'
 *     Keys are camelCase letters and digits (the browser compares message names case-insensitively,
 *     so two keys differing only in case are refused by the unit test).
 *  3. Named placeholders in braces: `'Grant admin consent for {org}'`; German may reorder them.
 *     At most 9 per string; a literal `$` is fine (it is escaped for the browser).
 *  4. Use it: `t('<area>_<key>')` or `t('<area>_<key>', { org: name })` from `utils/i18n/t.ts`.
 *     The key and the placeholder names are type-checked against the English text.
 *  5. Nothing else: `wxt prepare`/`wxt build` write `public/_locales/{en,de}/messages.json` from the
 *     catalogs (see `wxt.config.ts`, never edit those JSON files: they are generated and not committed),
 *     and `tests/unit/i18n-catalogs.test.ts` checks every key has both languages, no empty text and the
 *     same placeholders in both.
 * Labels of the Azure portal quoted in an instruction are not UI strings: they follow the language the
 * portal page is shown in (`utils/guidance/portal-labels.ts`) and are passed in as placeholders.
 */

export type Texts = Record<string, string>;

/** One area's strings: German has exactly the English keys. */
export interface Catalog<E extends Texts = Texts> {
  en: E;
  de: { [K in keyof E]: string };
}

/** Keeps the English texts as literal types, so `t()` can check placeholder names. */
export function defineCatalog<const E extends Texts>(catalog: Catalog<E>): Catalog<E> {
  return catalog;
}

/** The placeholder names in a text, e.g. `'for {org} ({count})'` → `'org' | 'count'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The names in a text, sorted: substitutions travel to the browser in this order ($1, $2, …). */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}
