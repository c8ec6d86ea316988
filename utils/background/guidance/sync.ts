/**
 * The checklist sync: the top frame's panel sends its route, the background answers the
 * checklist and decides what every frame of the tab watches. Detected completions are saved in
 * the setup's progress, so the checklist resumes after a reload, in a new tab or the next day.
 */
import { watchFor } from '../../guidance/evaluate';
import { t } from '../../i18n/t';
import type { GuidanceTab } from '../../guidance/facts';
import { readerWords } from '../../guidance/vocabulary';
import { routeAppId, routeSpObjectId, type PortalRoute } from '../../portal-route';
import type { GuidanceView, Setup, Watch } from '../../schemas';
import { guidanceTabsItem } from '../../storage-items';
import { liveSecrets } from '../secrets';
import { newSetup, putSetup, type SetupsState } from '../setups';
import { loadSetups, saveSetups, withSetupsLock } from '../setups-store';
import { ensureGuidanceFrames } from './frame-injection';
import { emptyTab, sendPortalCommand, stableJson } from './tab-records';
import { buildView, targetState, watchId, type BuiltView } from './view';

/** The active setup; a first one when there is none yet, so the checklist always has one to show. */
function activeOrNew(state: SetupsState, newId: () => string, now: number): { state: SetupsState; setup: Setup } {
  const active = state.setups.find((s) => s.id === state.activeSetupId) ?? state.setups[0];
  if (active) return { state, setup: active };
  const setup = newSetup(newId(), now);
  return { state: { ...state, setups: [setup] }, setup };
}

/** The Enterprise app blade's route names both IDs: a fallback for frames whose page the capture reader cannot see. */
function withSpObjectFromRoute(setup: Setup, route: PortalRoute | undefined, now: number): Setup {
  const sp = routeSpObjectId(route);
  if (!sp || setup.spObjectId || !setup.clientId?.value || routeAppId(route) !== setup.clientId.value) return setup;
  return {
    ...setup,
    spObjectId: { value: sp, provenance: { source: 'portal', detail: t('bg_enterpriseAppRoute'), capturedAt: now } },
    updatedAt: now,
  };
}

/** Steps the frames' facts show done for the first time are recorded as detected. */
function withDetectedProgress(setup: Setup, built: BuiltView, now: number): Setup {
  const detected = built.evaluation.steps.filter((s) => s.newlyDetected);
  if (!detected.length) return setup;
  const progress = { ...setup.progress };
  for (const s of detected) progress[s.id] = { at: now, by: 'detected' };
  return { ...setup, progress, updatedAt: now };
}

/** What the tab's frames watch for the viewed step on this route, with the words their readers need. */
function watchOn(built: BuiltView, route: PortalRoute | undefined): Watch | null {
  const watch = watchFor(built.step, route, watchId(built.view.viewing, route));
  return watch ? { ...watch, words: readerWords() } : null;
}

/** The tab's next record: a new watch drops the old watch's target reports. */
function nextTabRecord(tab: GuidanceTab, watch: Watch | null, route: PortalRoute | undefined, lang: string | undefined): GuidanceTab {
  const changed = stableJson(watch) !== stableJson(tab.watch);
  return { ...tab, watch, appId: routeAppId(route) ?? tab.appId, targets: changed ? {} : tab.targets, lang: lang ?? tab.lang };
}

export async function syncGuidance(
  tabId: number,
  route: PortalRoute | undefined,
  viewStep: string | undefined,
  now: number,
  newId: () => string,
  /** The page's language; absent: the last one this tab reported. */
  lang?: string,
): Promise<GuidanceView> {
  // Setups and tab records change together, under the setups' lock (every writer of either takes it).
  const { setup, tab, view } = await withSetupsLock(async () => {
    // One read round: this answers every route change, and the admin is waiting for it.
    const [stored, tabs, secrets] = await Promise.all([loadSetups(), guidanceTabsItem.getValue(), liveSecrets(now)]);
    const { state, setup: active } = activeOrNew(stored, newId, now);
    const tab = tabs[tabId] ?? emptyTab();
    const routed = withSpObjectFromRoute(active, route, now);
    const built = buildView(routed, { ...tab, lang: lang ?? tab.lang }, route, viewStep, secrets[routed.id], now);
    const setup = withDetectedProgress(routed, built, now);
    const nextTab = nextTabRecord(tab, watchOn(built, route), route, lang);
    const writes: Promise<void>[] = [];
    if (setup !== stored.setups.find((s) => s.id === setup.id)) writes.push(saveSetups(putSetup(state, setup, true)));
    // A tab is listed even unchanged: notifyGuidanceTabs tells the listed tabs about changes.
    if (!(tabId in tabs) || stableJson(nextTab) !== stableJson(tab)) writes.push(guidanceTabsItem.setValue({ ...tabs, [tabId]: nextTab }));
    await Promise.all(writes);
    if (stableJson(nextTab.watch) !== stableJson(tab.watch)) {
      sendPortalCommand(tabId, { type: 'guidance-watch', watch: nextTab.watch });
      // Frames without the frame script fetch the watch themselves once it is injected.
      if (nextTab.watch) void ensureGuidanceFrames(tabId);
    }
    return { setup, tab: nextTab, view: built.view };
  });
  return { ...view, pathChosen: !!setup.progress['choose-path'], target: targetState(tab, tab.watch) };
}
