/** The one way UI code gets a string: `t('popup_runChecks')`, `t('guide_consentFor', { org })`. See `define.ts`. */
import { browser } from 'wxt/browser';
import type { Placeholders } from './define';
import type { CATALOGS } from './catalogs';

type Catalogs = typeof CATALOGS;
type Area = keyof Catalogs & string;

export type MessageKey = { [A in Area]: `${A}_${keyof Catalogs[A]['en'] & string}` }[Area];

type TextOf<K extends MessageKey> = K extends `${infer A}_${infer R}`
  ? A extends Area
    ? R extends keyof Catalogs[A]['en']
      ? Catalogs[A]['en'][R] & string
      : never
    : never
  : never;

type Args<K extends MessageKey> = [Placeholders<TextOf<K>>] extends [never] ? [] : [Record<Placeholders<TextOf<K>>, string | number>];

/**
 * WXT types getMessage with the names of the last `wxt prepare`; the catalogs' own types above are
 * the contract here, so a key added since then must not fail the typecheck.
 */
interface I18n {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

/** The text in the browser's UI language (English where the browser's language has no catalog). */
export function t<K extends MessageKey>(key: K, ...args: Args<K>): string {
  const subs = args[0] as Record<string, string | number> | undefined;
  const values = subs
    ? Object.keys(subs)
        .sort()
        .map((k) => String(subs[k]))
    : undefined;
  const i18n: I18n = browser.i18n;
  return i18n.getMessage(key, values) || key;
}

/**
 * The language the strings are shown in (the catalog the browser picked: English for a browser in a
 * language without one), for `lang` attributes: screen readers pronounce the text by it.
 */
export function textLanguage(): string {
  return t('ext_lang');
}

/** The browser's UI language as a tag (`de`, `en-US`), for formatting dates and numbers alike. */
export function uiLanguage(): string {
  const i18n: I18n = browser.i18n;
  return i18n.getUILanguage();
}
