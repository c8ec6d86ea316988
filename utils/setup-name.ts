import { t } from './i18n/t';

/**
 * The name a setup has until the admin names it or the portal shows its app's name. It is stored as
 * this marker, so a later capture still knows it may replace it, and shown in the UI language.
 */
export const UNNAMED_SETUP = 'New setup';

/** A setup's name as the admin reads it. */
export function setupLabel(name: string): string {
  return name === UNNAMED_SETUP ? t('popup_unnamedSetup') : name;
}
