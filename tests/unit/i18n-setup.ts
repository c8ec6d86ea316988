/**
 * Unit tests run without a browser: `browser.i18n` answers from the catalogs as the browser would
 * from `_locales` (English unless a test calls `setUiLanguage`).
 */
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGS } from '../../utils/i18n/catalogs';
import { renderMessage, toMessagesJson, type UiLanguage } from '../../utils/i18n/messages-json';

const MESSAGES = { en: toMessagesJson(CATALOGS, 'en'), de: toMessagesJson(CATALOGS, 'de') };
let current: UiLanguage = 'en';

/** The browser's UI language for the rest of this test. */
export function setUiLanguage(lang: UiLanguage): void {
  current = lang;
}

fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) =>
  renderMessage(MESSAGES[current][name], typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
fakeBrowser.i18n.getUILanguage = () => current;

afterEach(() => {
  current = 'en';
});
