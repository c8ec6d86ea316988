import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { placeholderNames } from '../../utils/i18n/define';
import { renderMessage, toMessagesJson } from '../../utils/i18n/messages-json';
import { t, textLanguage } from '../../utils/i18n/t';
import { setUiLanguage } from './i18n-setup';

const areas = Object.entries(CATALOGS);

describe('UI string catalogs', () => {
  it.each(areas)('%s: German has exactly the English keys, nothing empty, the same placeholders', (_area, catalog) => {
    const en: Record<string, string> = catalog.en;
    const de: Record<string, string> = catalog.de;
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const german = de[key] ?? '';
      expect(text.trim(), `${key} (en)`).not.toBe('');
      expect(german.trim(), `${key} (de)`).not.toBe('');
      expect(placeholderNames(german), `${key}: placeholders`).toEqual(placeholderNames(text));
      expect(placeholderNames(text).length, `${key}: at most 9 placeholders`).toBeLessThanOrEqual(9);
    }
  });

  it('message names are valid for the browser and distinct without regard to case', () => {
    const names = Object.keys(toMessagesJson(CATALOGS, 'en'));
    for (const n of names) expect(n).toMatch(/^[a-z]+_[A-Za-z0-9]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('every message renders back to its catalog text, with placeholders in any order and literal dollars', () => {
    for (const lang of ['en', 'de'] as const) {
      const json = toMessagesJson(CATALOGS, lang);
      for (const [area, catalog] of areas) {
        const texts: Record<string, string> = catalog[lang];
        const english: Record<string, string> = catalog.en;
        for (const [key, text] of Object.entries(texts)) {
          const names = placeholderNames(english[key] ?? '');
          const values = names.map((n) => `<${n}>`);
          const expected = text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (w, n: string) => (names.includes(n) ? `<${n}>` : w));
          expect(renderMessage(json[`${area}_${key}`], values), `${lang} ${area}_${key}`).toBe(expected);
        }
      }
    }
  });

  it('the generator maps named placeholders to the sorted order t() passes, and escapes $', () => {
    const json = toMessagesJson(
      { demo: { en: { swap: 'From {zeta} to {alpha}: $PSVersion costs $5' }, de: { swap: 'Nach {alpha} von {zeta}: $PSVersion kostet $5' } } },
      'de',
    );
    expect(json.demo_swap).toEqual({
      message: 'Nach $alpha$ von $zeta$: $$PSVersion kostet $$5',
      placeholders: { alpha: { content: '$1' }, zeta: { content: '$2' } },
    });
    expect(renderMessage(json.demo_swap, ['A', 'Z'])).toBe('Nach A von Z: $PSVersion kostet $5');
  });

  it('t() answers in the browser UI language, and textLanguage() names the language of the text', () => {
    expect(t('ext_name')).toBe(CATALOGS.ext.en.name);
    expect(textLanguage()).toBe('en');
    setUiLanguage('de');
    expect(t('ext_description')).toBe(CATALOGS.ext.de.description);
    expect(textLanguage()).toBe('de');
  });
});
