/** Facts reported by portal frames: frame bookkeeping, then captured values. */
import type { Fact } from '../../schemas';
import { parsePortalHash, routeAppId } from '../../portal-route';
import { portalFramesItem, secretsItem, type PortalFrame } from '../../storage-items';
import { lookupTenant } from '../../checks/tenant-discovery';
import { checkSecret } from '../../validation';
import type { SenderLike } from '../sender';
import { putSecret } from '../secrets';
import { applyFact, setupForApp } from '../setups';
import { loadSetups, saveSetups } from '../setups-store';
import { resolveTenant } from '../tenant-resolve';
import { createLock, exclusive, ok, type HandlerTable } from './types';
import { routeWantsPanel } from '../../guidance/panel-relevance';
import { ensurePanel } from './guidance';

/** Frame records have their own queue, apart from the setups' (see the route fact below). */
const framesLock = createLock();

/** Discovery must not hold up capture: a short timeout, then the offline fallback. */
const DISCOVERY_TIMEOUT_MS = 3000;

async function recordFrame(sender: SenderLike, frame: PortalFrame): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const all = await portalFramesItem.getValue();
  await portalFramesItem.setValue({ ...all, [tabId]: { ...all[tabId], [sender.frameId ?? 0]: frame } });
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await portalFramesItem.getValue();
  if (!(tabId in all)) return;
  const { [tabId]: _gone, ...rest } = all;
  await portalFramesItem.setValue(rest);
}

/** The sending tab's top frame: its host and the app its route names. */
async function topFrameOf(sender: SenderLike): Promise<{ host?: string; appId?: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return {};
  const top = (await portalFramesItem.getValue())[tabId]?.[0];
  return top ? { host: top.host, appId: routeAppId(parsePortalHash(top.hash)) } : {};
}

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
        await framesLock(() => recordFrame(ctx.sender, { host: routed.host, hash: routed.hash, topFrame: routed.topFrame, at: now }));
        // The active setup follows the app being viewed.
        const viewedApp = routed.topFrame ? routeAppId(parsePortalHash(routed.hash)) : undefined;
        if (viewedApp) {
          await exclusive(async () => {
            const state = await loadSetups();
            const viewed = setupForApp(state, viewedApp);
            if (viewed && viewed.id !== state.activeSetupId) await saveSetups({ ...state, activeSetupId: viewed.id });
          });
        }
        // An SPA navigation onto an App registrations blade brings the checklist in.
        const tabId = ctx.sender.tab?.id;
        if (routed.topFrame && tabId !== undefined && routeWantsPanel(routed.hash))
          void ensurePanel(tabId, ctx.sender.url ? new URL(routed.hash, ctx.sender.url).href : undefined);
        return ok(null);
      }
      const top = await topFrameOf(ctx.sender);
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
      return exclusive(async () => {
        const secrets = await secretsItem.getValue();
        const state = applyFact(await loadSetups(), captured, {
          now,
          host: top.host ?? ctx.host,
          newId: ctx.deps.newId,
          appId: top.appId,
          secretPresent: (id) => id in secrets,
        });
        await saveSetups(state);
        if (captured.kind === 'secret-created') {
          // Only into the setup of the app the secret belongs to, never the merely active one.
          const setup = setupForApp(state, captured.appId ?? top.appId);
          if (setup?.secretMeta) await putSecret(setup.id, captured.value, setup.secretMeta.provenance, now);
        }
        return ok(null);
      });
    },
  },
};
