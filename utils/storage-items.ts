/**
 * Every storage item the extension uses, declared once. IDs and progress persist in
 * storage.local; the client secret lives only in storage.session (trusted contexts only,
 * gone when the browser closes).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings, type Setup, type StoredSecret } from './schemas';

export const setupsItem = storage.defineItem<Setup[]>('local:setups', { fallback: [], version: 1 });

export const activeSetupIdItem = storage.defineItem<string | null>('local:activeSetupId', { fallback: null, version: 1 });

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** At most one secret per setup; keyed by setup id. */
export const secretsItem = storage.defineItem<Record<string, StoredSecret>>('session:secrets', { fallback: {}, version: 1 });

/** Which portal frames of which tab reported which route: lets the panel address the frame that hosts a blade. */
export interface PortalFrame {
  host: string;
  hash: string;
  topFrame: boolean;
  at: number;
}
export const portalFramesItem = storage.defineItem<Record<string, Record<string, PortalFrame>>>('session:portalFrames', { fallback: {}, version: 1 });
