/**
 * The checklist's record per portal tab (storage.session): what its frames watch, and the blade
 * facts and target sightings they reported. Writers take the setups' lock, because the sync
 * reads the setups and these records in one round and writes both (see guidance/sync.ts).
 */
import { browser } from 'wxt/browser';
import type { PortalCommand } from '../../messages';
import type { GuidanceTab } from '../../guidance/facts';
import { guidanceTabsItem, secretsItem, setupsItem } from '../../storage-items';
import { withSetupsLock } from '../setups-store';

export const emptyTab = (): GuidanceTab => ({ watch: null, facts: {}, targets: {} });

/** JSON with sorted keys: storage hands objects back with their keys reordered. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The one way to change a tab's record outside the sync: `change` answers the next record (or none to keep it) and a value. */
export function updateGuidanceTab<T>(tabId: number, change: (tab: GuidanceTab) => { tab?: GuidanceTab; value: T }): Promise<T> {
  return withSetupsLock(async () => {
    const all = await guidanceTabsItem.getValue();
    const { tab, value } = change(all[tabId] ?? emptyTab());
    if (tab) await guidanceTabsItem.setValue({ ...all, [tabId]: tab });
    return value;
  });
}

export async function watchOfTab(tabId: number): Promise<GuidanceTab['watch']> {
  return (await guidanceTabsItem.getValue())[tabId]?.watch ?? null;
}

export function forgetGuidanceTab(tabId: number): Promise<void> {
  return withSetupsLock(async () => {
    const all = await guidanceTabsItem.getValue();
    if (!(tabId in all)) return;
    const { [tabId]: _gone, ...rest } = all;
    await guidanceTabsItem.setValue(rest);
  });
}

export function sendPortalCommand(tabId: number, message: PortalCommand, frameId?: number): void {
  // A tab without our content script (closed, navigated away) just refuses: nothing to do.
  try {
    const send = frameId === undefined ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
    void Promise.resolve(send).catch(() => undefined);
  } catch {
    // Same: no receiver.
  }
}

/** Tell every tab with a panel that the checklist may have changed (setups or secret edited elsewhere). */
export async function notifyGuidanceTabs(): Promise<void> {
  for (const tabId of Object.keys(await guidanceTabsItem.getValue())) sendPortalCommand(Number(tabId), { type: 'guidance-changed' }, 0);
}

export function watchGuidanceChanges(): () => void {
  const a = setupsItem.watch(() => void notifyGuidanceTabs());
  const b = secretsItem.watch(() => void notifyGuidanceTabs());
  return () => {
    a();
    b();
  };
}
