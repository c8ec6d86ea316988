/** Reading and writing the setups list and the active setup, always together. */
import { activeSetupIdItem, setupsItem } from '../storage-items';
import { readItems } from '../storage-read';
import type { Setup } from '../schemas';
import type { SetupsState } from './setups';

export async function loadSetups(): Promise<SetupsState> {
  const [setups, activeSetupId] = await readItems(setupsItem, activeSetupIdItem);
  return { setups, activeSetupId };
}

export async function saveSetups(state: SetupsState): Promise<void> {
  await Promise.all([setupsItem.setValue(state.setups), activeSetupIdItem.setValue(state.activeSetupId)]);
}

export async function findSetup(id: string): Promise<Setup | undefined> {
  return (await setupsItem.getValue()).find((s) => s.id === id);
}

export async function activeSetup(): Promise<Setup | undefined> {
  const { setups, activeSetupId } = await loadSetups();
  return setups.find((s) => s.id === activeSetupId) ?? setups[0];
}
