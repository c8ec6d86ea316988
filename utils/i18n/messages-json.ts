/**
 * The catalogs as the browser reads them: one `messages.json` per language. Placeholder `{name}`
 * becomes `$name$` with `content: "$<n>"`, n being the name's place in alphabetical order (the
 * order in which `t()` passes substitutions); a literal `$` becomes `$$`.
 */
import { placeholderNames, type Catalog } from './define';

export const LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export function messageName(area: string, key: string): string {
  return `${area}_${key}`;
}

export function toMessagesJson(catalogs: Record<string, Catalog>, lang: UiLanguage): Record<string, MessageEntry> {
  const out: Record<string, MessageEntry> = {};
  for (const [area, catalog] of Object.entries(catalogs)) {
    for (const [key, en] of Object.entries(catalog.en)) {
      const text = catalog[lang][key] ?? en;
      // Names are taken from the English text: both languages substitute the same values.
      const names = placeholderNames(en);
      const message = text
        .replace(/\$/g, '$$$$')
        .replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) => (names.includes(name) ? `$${name}$` : whole));
      const entry: MessageEntry = { message };
      if (names.length) entry.placeholders = Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }]));
      out[messageName(area, key)] = entry;
    }
  }
  return out;
}

/**
 * What `browser.i18n.getMessage` does with an entry (for tests and the generator's own check):
 * `$name$` → its content, `$n` → the n-th substitution, `$$` → `$`.
 */
export function renderMessage(entry: MessageEntry | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, index?: string) => {
    if (whole === '$$') return '$';
    if (name !== undefined) {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? '' : content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    }
    return substitutions[Number(index) - 1] ?? '';
  });
}
