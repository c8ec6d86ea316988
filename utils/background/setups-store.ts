/**
 * The setups list and the active setup in storage, always read and written together, and only
 * under this store's lock: two frames reporting at once must not overwrite each other.
 */
import { activeSetupIdItem, setupsItem } from '../storage-items';
import { readItems } from '../storage-read';
import type { Result } from '../messages';
import type { Setup } from '../schemas';
import { t } from '../i18n/t';
import { held, storageChanges } from './held';
import { createLock } from './lock';
import { putSetup, type SetupsState } from './setups';

/** The refusal for a setup that was deleted, in the UI language of the moment it is given. */
export function missingSetup(): string {
  return t('bg_missingSetup');
}

/**
 * Serialises every change of the setups. The checklist's tab records share it: the sync reads
 * both in one round and writes both (see guidance/tab-records.ts).
 */
export const withSetupsLock = createLock();

/** The stored list in the worker's memory (held.ts): the popup's first read is answered without storage. */
const stored = held(
  async (): Promise<SetupsState> => {
    const [setups, activeSetupId] = await readItems(setupsItem, activeSetupIdItem);
    return { setups, activeSetupId };
  },
  storageChanges(setupsItem.key, activeSetupIdItem.key),
);

/** The setups and the active one. The answer is shared and frozen: a change makes a new state. */
export function loadSetups(): Promise<SetupsState> {
  return stored.get();
}

/** Only for callers that hold the lock (changeSetups, and the checklist sync). */
export async function saveSetups(state: SetupsState): Promise<void> {
  await Promise.all([setupsItem.setValue(state.setups), activeSetupIdItem.setValue(state.activeSetupId)]);
  stored.put(state);
}

/**
 * A change of the whole list (add, remove, select, a captured fact): `change` answers the next
 * state, or undefined to leave storage untouched, and a value for the caller.
 */
export function changeSetups<T>(change: (state: SetupsState) => Promise<{ state?: SetupsState; value: T }> | { state?: SetupsState; value: T }): Promise<T> {
  return withSetupsLock(async () => {
    const { state, value } = await change(await loadSetups());
    if (state) await saveSetups(state);
    return value;
  });
}

/**
 * The one way to change a single setup: find it, apply `change` (the next setup, or why the
 * change is refused), replace it and save. A setup deleted meanwhile is refused, never revived.
 */
export function updateSetup(id: string, change: (setup: Setup) => Setup | string, options: { activate?: boolean } = {}): Promise<Result<Setup>> {
  return changeSetups((state): { state?: SetupsState; value: Result<Setup> } => {
    const setup = state.setups.find((s) => s.id === id);
    if (!setup) return { value: { ok: false, error: missingSetup() } };
    const next = change(setup);
    if (typeof next === 'string') return { value: { ok: false, error: next } };
    return { state: putSetup(state, next, options.activate), value: { ok: true, value: next } };
  });
}

export async function findSetup(id: string): Promise<Setup | undefined> {
  return (await loadSetups()).setups.find((s) => s.id === id);
}

export async function activeSetup(): Promise<Setup | undefined> {
  const { setups, activeSetupId } = await loadSetups();
  return setups.find((s) => s.id === activeSetupId) ?? setups[0];
}
