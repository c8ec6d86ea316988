/**
 * The guided checklist in the background: the top frame's panel syncs (route in, checklist
 * out), frames report blade facts and target sightings, and the background decides what every
 * frame of the tab watches. Detected completions are persisted in the setup's progress, so the
 * checklist resumes after a reload, in a new tab or the next day.
 */
import { browser } from 'wxt/browser';
import type { PortalCommand } from '../../messages';
import type { BladeFact, GuidanceView, Setup, StoredSecret, Watch } from '../../schemas';
import { parsePortalHash, routeAppId, type PortalRoute } from '../../portal-route';
import { guidanceTabsItem, secretsItem, setupsItem } from '../../storage-items';
import { evaluate, findStep, stepsFor, watchFor } from '../../guidance/evaluate';
import { factsFor, type GuidanceTab } from '../../guidance/facts';
import { bladeHash, onBlade, readerWords, routeSection } from '../../guidance/vocabulary';
import { routeWantsPanel, setupUnderWay } from '../../guidance/panel-relevance';
import { PANEL_MARKER_KEY, panelMounted } from '../../panel-marker';
import { liveSecrets, statusOf } from '../secrets';
import { newSetup } from '../setups';
import { loadSetups, saveSetups } from '../setups-store';
import type { SenderLike } from '../sender';
import { exclusive, fail, ok, type HandlerTable } from './types';

export const PANEL_SCRIPT = '/content-scripts/portal-panel.js';

/**
 * Brings the React panel into the tab's top frame when it belongs there (the panel guards
 * against a second copy). React never loads on portal pages that have nothing to do with us.
 */
export async function ensurePanel(tabId: number, url: string | undefined): Promise<void> {
  let hash: string;
  try {
    hash = url ? new URL(url).hash : '';
  } catch {
    return;
  }
  if (!routeWantsPanel(hash)) {
    const { setups, activeSetupId } = await loadSetups();
    const active = setups.find((s) => s.id === activeSetupId);
    if (!active || !setupUnderWay(active.progress, stepsFor(active.path).length)) return;
  }
  try {
    const target = { tabId, frameIds: [0] };
    const [present] = await browser.scripting.executeScript({ target, func: panelMounted, args: [PANEL_MARKER_KEY] });
    if (present?.result === true) return;
    await browser.scripting.executeScript({ target, files: [PANEL_SCRIPT] });
  } catch {
    // No access to the tab (or no scripting in unit tests): the checklist simply does not show.
  }
}

const emptyTab = (): GuidanceTab => ({ watch: null, facts: {}, targets: {} });

/** JSON with sorted keys: storage hands objects back with their keys reordered. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

async function updateTab(tabId: number, change: (tab: GuidanceTab) => GuidanceTab): Promise<GuidanceTab> {
  const all = await guidanceTabsItem.getValue();
  const next = change(all[tabId] ?? emptyTab());
  await guidanceTabsItem.setValue({ ...all, [tabId]: next });
  return next;
}

export function forgetGuidanceTab(tabId: number): Promise<void> {
  // Under the lock like every other writer of the tab records (the checklist sync relies on it).
  return exclusive(async () => {
    const all = await guidanceTabsItem.getValue();
    if (!(tabId in all)) return;
    const { [tabId]: _gone, ...rest } = all;
    await guidanceTabsItem.setValue(rest);
  });
}

function command(tabId: number, message: PortalCommand, frameId?: number): void {
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
  for (const tabId of Object.keys(await guidanceTabsItem.getValue())) command(Number(tabId), { type: 'guidance-changed' }, 0);
}

export function watchGuidanceChanges(): () => void {
  const a = setupsItem.watch(() => void notifyGuidanceTabs());
  const b = secretsItem.watch(() => void notifyGuidanceTabs());
  return () => {
    a();
    b();
  };
}

function topFrameTab(sender: SenderLike): number | undefined {
  return sender.frameId === 0 ? sender.tab?.id : undefined;
}

function targetState(tab: GuidanceTab, watch: Watch | null): GuidanceView['target'] {
  if (!watch?.stages.length) return { state: 'none' };
  const reports = Object.values(tab.targets).filter((t) => t.watch === watch.id);
  const hit = reports.find((t) => t.found);
  if (hit) return { state: 'found', stage: hit.stage, side: hit.side };
  return { state: reports.length ? 'missing' : 'searching' };
}

/** Short and stable: the same step on the same blade of the same app keeps its id (no re-broadcast). */
function watchId(step: string | undefined, route: PortalRoute | undefined): string {
  const key = [step, route?.blade, routeSection(route), routeAppId(route)].join('|');
  let hash = 5381;
  for (let i = 0; i < key.length; i++) hash = ((hash * 33) ^ key.charCodeAt(i)) >>> 0;
  return `${(step ?? '').slice(0, 28)}-${hash.toString(36)}`;
}

function viewOf(setup: Setup, tab: GuidanceTab, route: PortalRoute | undefined, viewStep: string | undefined, secret: StoredSecret | undefined) {
  const evaluation = evaluate(setup, factsFor(tab.facts, setup.clientId?.value), !!secret);
  const viewing = viewStep && evaluation.steps.some((s) => s.id === viewStep) ? viewStep : evaluation.current;
  const step = findStep(viewing);
  const status = statusOf(setup.id, secret);
  // Another app's blade is not this setup's blade: nothing is pointed at there.
  const routeApp = routeAppId(route);
  const sameApp = !routeApp || !setup.clientId || routeApp === setup.clientId.value;
  const view: GuidanceView = {
    setupId: setup.id,
    setupName: setup.name,
    path: setup.path,
    pathChosen: !!setup.progress['choose-path'],
    steps: evaluation.steps.map(({ id, applicable, done }) => ({ id, applicable, done })),
    current: evaluation.current,
    viewing,
    onBlade:
      sameApp && (step?.id === 'register-app' ? route?.extension === 'Microsoft_AAD_RegisteredApps' && !route.params.appId : onBlade(route, step?.blade)),
    bladeHash: bladeHash(step?.blade, setup),
    target: { state: 'none' },
    captured: {
      appName: setup.appName,
      clientId: setup.clientId?.value,
      tenantId: setup.tenantId?.value,
      tenantDomain: setup.tenantDomain,
      appObjectId: setup.appObjectId?.value,
      spObjectId: setup.spObjectId?.value,
      redirectUrl: setup.redirectUrl?.value,
      // Never the value, nor its first characters: this goes to a content script.
      secret: { present: status.present, length: status.length, described: setup.secretMeta?.description },
    },
  };
  return { view, evaluation, step: sameApp ? step : undefined };
}

export const guidanceHandlers: Pick<HandlerTable, 'guidance-sync' | 'guidance-confirm' | 'guidance-path' | 'guidance-fact' | 'guidance-watch-get'> = {
  'guidance-sync': {
    from: ['portal-frame'],
    async handle(request, { deps, sender }) {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return fail('Only the portal page itself shows the checklist.');
      const route = parsePortalHash(request.hash);
      const now = deps.now();
      const { setup, tab, view, watch } = await exclusive(async () => {
        // One read round: this answers every route change, and the admin is waiting for it.
        const [state, tabs, secrets] = await Promise.all([loadSetups(), guidanceTabsItem.getValue(), liveSecrets(now)]);
        let setup = state.setups.find((s) => s.id === state.activeSetupId) ?? state.setups[0];
        let setups = state.setups;
        if (!setup) {
          setup = newSetup(deps.newId(), now);
          setups = [setup];
        }
        // The Enterprise app blade's route names both IDs: a fallback for frames whose page the capture reader cannot see.
        const sp = route?.blade === 'ManagedAppMenuBlade' ? route.params.objectId?.toLowerCase() : undefined;
        if (sp && /^[0-9a-f-]{36}$/.test(sp) && !setup.spObjectId && setup.clientId?.value && routeAppId(route) === setup.clientId.value) {
          setup = {
            ...setup,
            spObjectId: { value: sp, provenance: { source: 'portal', detail: 'Enterprise application blade (route)', capturedAt: now } },
            updatedAt: now,
          };
        }
        const tab = tabs[tabId] ?? emptyTab();
        const built = viewOf(setup, tab, route, request.viewStep, secrets[setup.id]);
        const detected = built.evaluation.steps.filter((s) => s.newlyDetected);
        if (detected.length) {
          const progress = { ...setup.progress };
          for (const s of detected) progress[s.id] = { at: now, by: 'detected' };
          setup = { ...setup, progress, updatedAt: now };
        }
        const watch0 = watchFor(built.step, route, watchId(built.view.viewing, route));
        const watch = watch0 ? { ...watch0, words: readerWords() } : null;
        const changed = stableJson(watch) !== stableJson(tab.watch);
        const nextTab: GuidanceTab = { ...tab, watch, appId: routeAppId(route) ?? tab.appId, targets: changed ? {} : tab.targets };
        const writes: Promise<void>[] = [];
        if (setup !== state.setups.find((s) => s.id === setup?.id)) {
          const next = setup;
          writes.push(
            saveSetups({
              setups: setups.some((s) => s.id === next.id) ? setups.map((s) => (s.id === next.id ? next : s)) : [...setups, next],
              activeSetupId: next.id,
            }),
          );
        }
        // The tab record was read under this lock (every writer of it takes the lock), so no re-read.
        // A tab is listed even unchanged: notifyGuidanceTabs tells the listed tabs about changes.
        if (!(tabId in tabs) || stableJson(nextTab) !== stableJson(tab)) writes.push(guidanceTabsItem.setValue({ ...tabs, [tabId]: nextTab }));
        await Promise.all(writes);
        if (changed) command(tabId, { type: 'guidance-watch', watch });
        return { setup, tab: nextTab, view: built.view, watch };
      });
      return ok({ ...view, pathChosen: !!setup.progress['choose-path'], target: targetState(tab, watch) });
    },
  },
  'guidance-confirm': {
    from: ['portal-frame'],
    handle: (request, { deps, sender }) =>
      exclusive(async () => {
        if (topFrameTab(sender) === undefined) return fail('Only the portal page itself shows the checklist.');
        const state = await loadSetups();
        const setup = state.setups.find((s) => s.id === request.setupId);
        if (!setup) return fail('That setup no longer exists.');
        if (!stepsFor(setup.path).some((s) => s.id === request.step)) return fail('That step is not part of this path.');
        const progress = { ...setup.progress };
        if (request.done) progress[request.step] = { at: deps.now(), by: 'confirmed' };
        else delete progress[request.step];
        const next: Setup = { ...setup, progress, updatedAt: deps.now() };
        await saveSetups({ setups: state.setups.map((s) => (s.id === next.id ? next : s)), activeSetupId: state.activeSetupId });
        return ok(null);
      }),
  },
  'guidance-path': {
    from: ['portal-frame'],
    handle: (request, { deps, sender }) =>
      exclusive(async () => {
        if (topFrameTab(sender) === undefined) return fail('Only the portal page itself shows the checklist.');
        const state = await loadSetups();
        const setup = state.setups.find((s) => s.id === request.setupId);
        if (!setup) return fail('That setup no longer exists.');
        const next: Setup = {
          ...setup,
          path: request.path,
          progress: { ...setup.progress, 'choose-path': { at: deps.now(), by: 'confirmed' } },
          updatedAt: deps.now(),
        };
        await saveSetups({ setups: state.setups.map((s) => (s.id === next.id ? next : s)), activeSetupId: state.activeSetupId });
        return ok(null);
      }),
  },
  'guidance-fact': {
    from: ['portal-frame'],
    handle: (request, { deps, sender }) =>
      exclusive(async () => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return fail('No tab.');
        const fact: BladeFact = request.fact;
        let changed = false;
        await updateTab(tabId, (tab) => {
          if (!tab.watch) return tab;
          if (fact.kind === 'target') {
            if (fact.watch !== tab.watch.id) return tab;
            const key = String(sender.frameId ?? 0);
            const next = { watch: fact.watch, stage: fact.stage, found: fact.found, side: fact.side };
            changed = stableJson(tab.targets[key]) !== stableJson(next);
            return { ...tab, targets: { ...tab.targets, [key]: next } };
          }
          if (!tab.watch.read.includes(fact.kind)) return tab;
          const prev = tab.facts[fact.kind];
          changed = stableJson(prev?.fact) !== stableJson(fact) || prev?.appId !== tab.appId;
          return { ...tab, facts: { ...tab.facts, [fact.kind]: { fact, appId: tab.appId, at: deps.now() } } };
        });
        if (changed) command(tabId, { type: 'guidance-changed' }, 0);
        return ok(null);
      }),
  },
  'guidance-watch-get': {
    from: ['portal-frame'],
    async handle(_request, { sender }) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return ok(null);
      // The top frame's sensor asks once per page load; later SPA navigations arrive as route facts.
      if (sender.frameId === 0) await ensurePanel(tabId, sender.url);
      return ok((await guidanceTabsItem.getValue())[tabId]?.watch ?? null);
    },
  },
};
