/**
 * The side panel's checklist for the tab it follows. It only reads: the step card in the portal
 * tab syncs the route, records what is detected and sets what the frames watch; the side panel
 * shows the same checklist from the same records, so the two never disagree and the side panel
 * holds nothing of its own.
 */
import { browser } from 'wxt/browser';
import { parsePortalHash } from '../portal-route';
import type { SidePanelPlace, SidePanelView } from '../schemas';
import { grantedServiceOpsOrigins } from '../serviceops-origins';
import { guidanceTabsItem, portalFramesItem } from '../storage-items';
import { formTabById } from './fill';
import { emptyTab } from './guidance/tab-records';
import { buildView, targetState } from './guidance/view';
import { liveSecrets } from './secrets';
import { loadSetups } from './setups-store';

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** A tab that is neither a portal page nor a granted ServiceOps origin is "other" (its URL is not ours to see anyway). */
async function serviceOpsPlace(tabId: number): Promise<SidePanelPlace> {
  const origin = originOf((await browser.tabs.get(tabId).catch(() => undefined))?.url);
  if (!origin?.startsWith('https://')) return { kind: 'other' };
  const origins = await grantedServiceOpsOrigins();
  if (!origins.includes(origin)) return { kind: 'other' };
  const target = await formTabById(tabId, origins);
  return { kind: 'serviceops', origin, form: target?.form, formTitle: target?.formTitle };
}

export async function sidePanelView(tabId: number | undefined, viewStep: string | undefined, now: number): Promise<SidePanelView> {
  const [stored, tabs, secrets, frames] = await Promise.all([loadSetups(), guidanceTabsItem.getValue(), liveSecrets(now), portalFramesItem.getValue()]);
  // The portal sensor reports every route of a portal tab's top frame: that is how a portal tab is known.
  const top = tabId === undefined ? undefined : frames[tabId]?.[0];
  const place: SidePanelPlace = top ? { kind: 'portal', host: top.host } : tabId === undefined ? { kind: 'other' } : await serviceOpsPlace(tabId);
  const setup = stored.setups.find((s) => s.id === stored.activeSetupId) ?? stored.setups[0];
  if (!setup) return { place };
  const route = top ? parsePortalHash(top.hash) : undefined;
  const tab = (top && tabId !== undefined ? tabs[tabId] : undefined) ?? emptyTab();
  const { view } = buildView(setup, tab, route, viewStep, secrets[setup.id], now);
  // The frames watch the step the tab's own card shows: their sightings say nothing about another step.
  const watched = tab.watch?.step === view.viewing ? tab.watch : null;
  return { place, view: { ...view, target: targetState(tab, watched) } };
}
