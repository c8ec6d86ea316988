/** Facts reported by portal frames: frame bookkeeping, then captured values. */
import type { Fact } from '../../schemas';
import { parsePortalHash, routeAppId, routeWantsPanel } from '../../portal-route';
import { secretsItem } from '../../storage-items';
import { lookupTenant } from '../../checks/tenant-discovery';
import { checkSecret } from '../../validation';
import { ensureGuidanceFrames } from '../guidance/frame-injection';
import { ensurePanel } from '../guidance/panel-injection';
import { watchOfTab } from '../guidance/tab-records';
import { topRouteConfirms } from '../frame-trust';
import { recordFrame, topFrameOf } from '../portal-frames';
import { putSecret } from '../secrets';
import { applyFact, setupForApp } from '../setups';
import { changeSetups, loadSetups } from '../setups-store';
import { resolveTenant } from '../tenant-resolve';
import { ok, type HandlerTable } from './types';

/** Discovery must not hold up capture: a short timeout, then the offline fallback. */
const DISCOVERY_TIMEOUT_MS = 3000;

/** Settles an Overview whose labels left the tenant open (before taking the storage lock: it may wait on the network). */
async function withTenantResolved(fact: Extract<Fact, { kind: 'app-essentials' }>): Promise<Fact> {
  if (fact.tenantId || !fact.ambiguousGuids?.length) return fact;
  const { setups } = await loadSetups();
  const known = setups.map((s) => s.tenantId?.value).filter((t): t is string => !!t && t !== fact.clientId);
  const resolved = await resolveTenant(fact.ambiguousGuids, known, (guid) => lookupTenant(guid, { timeoutMs: DISCOVERY_TIMEOUT_MS }));
  if (!resolved.tenantId) return fact;
  return { ...fact, tenantId: resolved.tenantId, appObjectId: fact.appObjectId ?? resolved.appObjectId, ambiguousGuids: undefined };
}

export const factHandlers: Pick<HandlerTable, 'fact'> = {
  fact: {
    from: ['portal-frame'],
    async handle(request, ctx) {
      let { fact } = request;
      const now = ctx.deps.now();
      if (fact.kind === 'route') {
        const routed = fact;
        // Frame bookkeeping has its own queue: a navigation must not wait behind the setups' writes
        // (the checklist's sync does, and it is what the admin sees).
        await recordFrame(ctx.sender, { host: routed.host, hash: routed.hash, topFrame: routed.topFrame, at: now });
        // Only the tab's top frame (by the browser's frame id, not the frame's own claim) says where the admin is.
        const route = routed.topFrame && ctx.sender.frameId === 0 ? parsePortalHash(routed.hash) : undefined;
        // The active setup follows the app being viewed.
        const viewedApp = routeAppId(route);
        if (viewedApp) {
          await changeSetups((state) => {
            const viewed = setupForApp(state, viewedApp);
            return { state: viewed && viewed.id !== state.activeSetupId ? { ...state, activeSetupId: viewed.id } : undefined, value: null };
          });
        }
        // An SPA navigation onto an App registrations blade brings the checklist in.
        const tabId = ctx.sender.tab?.id;
        if (tabId !== undefined && routeWantsPanel(route)) void ensurePanel(tabId, route);
        // A frame that appears while a step is watched in its tab gets the checklist's frame script too.
        if (tabId !== undefined && (await watchOfTab(tabId))) void ensureGuidanceFrames(tabId, ctx.sender.frameId ?? 0);
        return ok(null);
      }
      const top = await topFrameOf(ctx.sender);
      // A framed blade never vouches for itself; anything about a secret counts, from any frame the
      // top frame included, only while the tab's route shows Certificates & secrets of that app.
      const aboutSecret = fact.kind !== 'app-essentials' && fact.kind !== 'enterprise-app';
      if ((ctx.sender.frameId !== 0 || aboutSecret) && !topRouteConfirms(fact, top.route)) return ok(null);
      // Route and page must agree on the app: a framed blade without a route is checked against the tab's route.
      if (
        (fact.kind === 'app-essentials' || fact.kind === 'enterprise-app') &&
        !fact.routeConfirmed &&
        top.appId !== (fact.kind === 'app-essentials' ? fact.clientId : fact.appId)
      )
        return ok(null);
      if (fact.kind !== 'app-essentials' && fact.kind !== 'enterprise-app' && fact.appId && top.appId && fact.appId !== top.appId) return ok(null);
      if (fact.kind === 'secret-created' && checkSecret(fact.value, fact.secretId ? [fact.secretId] : []).level === 'error') return ok(null);
      if (fact.kind === 'app-essentials') fact = await withTenantResolved(fact);
      const captured = fact;
      const state = await changeSetups(async (stored) => {
        const secrets = await secretsItem.getValue();
        const next = applyFact(stored, captured, {
          now,
          host: top.host ?? ctx.host,
          newId: ctx.deps.newId,
          appId: top.appId,
          secretPresent: (id) => id in secrets,
        });
        return { state: next === stored ? undefined : next, value: next };
      });
      if (captured.kind === 'secret-created') {
        // Only into the setup of the app the secret belongs to, never the merely active one.
        const setup = setupForApp(state, captured.appId ?? top.appId);
        if (setup?.secretMeta) await putSecret(setup.id, captured.value, setup.secretMeta.provenance, now);
      }
      return ok(null);
    },
  },
};
