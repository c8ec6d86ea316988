/**
 * Plain constants shared by the schemas and the UI, kept free of zod so that pages that only
 * need a default (the popup) do not load the schema library.
 */

/**
 * The longest value the admin may type into a field. Far above any real ID or secret, so that
 * whatever was typed or pasted (however wrong) is kept and gets a message, never dropped.
 */
export const TYPED_MAX = 4096;

export interface DefaultSettings {
  secretIdleMinutes: number;
  keepSecretAfterFill: boolean;
  signInClientId?: string;
}

export const DEFAULT_SETTINGS: DefaultSettings = { secretIdleMinutes: 30, keepSecretAfterFill: false };
