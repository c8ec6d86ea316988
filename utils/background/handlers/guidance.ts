/**
 * The guided checklist's requests: the top frame's panel syncs (route in, checklist out) and
 * records the admin's choices; frames report blade facts and target sightings and ask what to
 * watch. The work is in ../guidance/.
 */
import { findStep, onStepBlade, stepsFor } from '../../guidance/evaluate';
import { t } from '../../i18n/t';
import { parsePortalHash, routeOfUrl } from '../../portal-route';
import type { Setup } from '../../schemas';
import { topFrameOf } from '../portal-frames';
import { ensurePanel } from '../guidance/panel-injection';
import { syncGuidance } from '../guidance/sync';
import { sendPortalCommand, stableJson, updateGuidanceTab, watchOfTab } from '../guidance/tab-records';
import type { SenderLike } from '../sender';
import { updateSetup } from '../setups-store';
import { fail, ok, type HandlerContext, type HandlerTable } from './types';

function topFrameTab(sender: SenderLike): number | undefined {
  return sender.frameId === 0 ? sender.tab?.id : undefined;
}

/** A setup change from the panel or the side panel (an extension page), answered with nothing but whether it was taken. */
async function changeFromPanel(ctx: HandlerContext, setupId: string, change: (setup: Setup) => Setup | string) {
  if (ctx.senderKind !== 'extension-page' && topFrameTab(ctx.sender) === undefined) return fail(t('bg_checklistTopFrameOnly'));
  const result = await updateSetup(setupId, change);
  return result.ok ? ok(null) : result;
}

export const guidanceHandlers: Pick<
  HandlerTable,
  'guidance-sync' | 'guidance-confirm' | 'guidance-path' | 'guidance-fact' | 'guidance-watch-get' | 'guidance-layout'
> = {
  'guidance-sync': {
    from: ['portal-frame'],
    async handle(request, { deps, sender }) {
      const tabId = topFrameTab(sender);
      if (tabId === undefined) return fail(t('bg_checklistTopFrameOnly'));
      return ok(await syncGuidance(tabId, parsePortalHash(request.hash), request.viewStep, deps.now(), deps.newId, request.lang));
    },
  },
  'guidance-confirm': {
    from: ['portal-frame', 'extension-page'],
    handle: (request, ctx) =>
      changeFromPanel(ctx, request.setupId, (setup) => {
        if (!stepsFor(setup.path).some((s) => s.id === request.step)) return t('bg_stepNotInPath');
        const progress = { ...setup.progress };
        if (request.done) progress[request.step] = { at: ctx.deps.now(), by: 'confirmed' };
        else delete progress[request.step];
        return { ...setup, progress, updatedAt: ctx.deps.now() };
      }),
  },
  'guidance-path': {
    from: ['portal-frame', 'extension-page'],
    handle: (request, ctx) =>
      changeFromPanel(ctx, request.setupId, (setup) => ({
        ...setup,
        path: request.path,
        progress: { ...setup.progress, 'choose-path': { at: ctx.deps.now(), by: 'confirmed' } },
        updatedAt: ctx.deps.now(),
      })),
  },
  'guidance-fact': {
    from: ['portal-frame'],
    async handle(request, { deps, sender }) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return fail(t('bg_noTab'));
      const { fact } = request;
      const top = fact.kind === 'target' ? undefined : await topFrameOf(sender);
      const changed = await updateGuidanceTab(tabId, (tab) => {
        if (!tab.watch) return { value: false };
        if (fact.kind === 'target') {
          if (fact.watch !== tab.watch.id) return { value: false };
          const key = String(sender.frameId ?? 0);
          const next = { watch: fact.watch, stage: fact.stage, found: fact.found, side: fact.side };
          return { tab: { ...tab, targets: { ...tab.targets, [key]: next } }, value: stableJson(tab.targets[key]) !== stableJson(next) };
        }
        if (!tab.watch.read.includes(fact.kind)) return { value: false };
        // A frame never vouches for itself: its blade fact counts only while the tab's top route shows
        // the watched step's blade, of the app the fact is filed under.
        if (!onStepBlade(findStep(tab.watch.step), top?.route) || !tab.appId || top?.appId !== tab.appId) return { value: false };
        const prev = tab.facts[fact.kind];
        return {
          tab: { ...tab, facts: { ...tab.facts, [fact.kind]: { fact, appId: tab.appId, at: deps.now() } } },
          value: stableJson(prev?.fact) !== stableJson(fact) || prev?.appId !== tab.appId,
        };
      });
      if (changed) sendPortalCommand(tabId, { type: 'guidance-changed' }, 0);
      return ok(null);
    },
  },
  'guidance-layout': {
    from: ['portal-frame'],
    async handle(request, { sender }) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined || !sender.url) return ok(null);
      // Relayed, not stored: it changes with every scroll. A frame still reporting an earlier watch is dropped.
      if ((await watchOfTab(tabId))?.id !== request.watch) return ok(null);
      const { type: _type, ...layout } = request;
      sendPortalCommand(tabId, { type: 'guidance-layout', frameId: sender.frameId, origin: new URL(sender.url).origin, ...layout }, 0);
      return ok(null);
    },
  },
  'guidance-watch-get': {
    from: ['portal-frame'],
    async handle(_request, { sender }) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return ok(null);
      // The top frame's sensor asks once per page load; later SPA navigations arrive as route facts.
      if (sender.frameId === 0) await ensurePanel(tabId, routeOfUrl(sender.url));
      return ok(await watchOfTab(tabId));
    },
  },
};
