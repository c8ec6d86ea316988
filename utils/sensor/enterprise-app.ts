/**
 * Reads the Enterprise application (service principal) Overview, reached from "Managed
 * application in local directory": its Object ID is what New-ServicePrincipal needs. The
 * route names it (`ManagedAppMenuBlade/.../objectId/<sp>/appId/<app>`) and the page must show
 * the same GUID next to the app's client ID; the App registration's Object ID never appears
 * on this blade, so the two cannot be confused.
 */
import type { Fact } from '../schemas';
import { isGuid } from '../guid';
import { routeAppId, type PortalRoute } from '../portal-route';
import { liveRoute } from './capture-dom';
import { bladeTitle } from './essentials';
import { isFramedWithoutRoute, type Reader } from './reader';

export function isEnterpriseOverview(route: PortalRoute | undefined): boolean {
  return (
    !!route &&
    route.extension === 'Microsoft_AAD_IAM' &&
    route.blade === 'ManagedAppMenuBlade' &&
    ['Overview', 'Properties'].includes(route.section ?? 'Overview')
  );
}

function guidsShown(root: ParentNode): Set<string> {
  const found = new Set<string>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.textContent ?? '').trim();
    if (t.length === 36 && isGuid(t)) found.add(t.toLowerCase());
  }
  return found;
}

/** The service principal's Object ID when route and page agree, else undefined. */
export function readEnterpriseApp(root: ParentNode, route: PortalRoute | undefined): { appId: string; spObjectId: string } | undefined {
  const appId = routeAppId(route);
  const sp = route?.params.objectId?.toLowerCase();
  if (!appId || !sp || !isGuid(sp) || sp === appId) return undefined;
  const shown = guidsShown(root);
  return shown.has(appId) && shown.has(sp) ? { appId, spObjectId: sp } : undefined;
}

export const enterpriseAppReader: Reader = {
  name: 'enterprise-app',
  wants: (ctx) => isEnterpriseOverview(ctx.route) || isFramedWithoutRoute(ctx),
  read(ctx): Fact[] {
    const route = liveRoute(ctx.document);
    if (!isEnterpriseOverview(route)) return [];
    const found = readEnterpriseApp(ctx.document.body, route);
    return found ? [{ kind: 'enterprise-app', ...found, displayName: bladeTitle(ctx.document, ctx.isTopFrame), routeConfirmed: true }] : [];
  },
};
