/**
 * Reads the Enterprise application (service principal) Overview, reached from "Managed
 * application in local directory": its Object ID is what New-ServicePrincipal needs. The
 * route names it (`ManagedAppMenuBlade/.../objectId/<sp>/appId/<app>`) and the page must show
 * the same GUID next to the app's client ID; the App registration's Object ID never appears
 * on this blade, so the two cannot be confused.
 */
import type { Fact } from '../schemas';
import { isGuid } from '../guid';
import { isEnterpriseOverview, routeAppId, type PortalRoute } from '../portal-route';
import { piecesOf, trustedRoute } from './capture-dom';
import { bladeTitle, readEssentials, showsGuid } from './essentials';
import type { Reader } from './reader';

/** The service principal's Object ID when route and page agree, else undefined. */
export function readEnterpriseApp(root: Element, route: PortalRoute | undefined): { appId: string; spObjectId: string } | undefined {
  const appId = routeAppId(route);
  const sp = route?.params.objectId?.toLowerCase();
  if (!appId || !sp || !isGuid(sp) || sp === appId) return undefined;
  const shown = new Set(piecesOf(root).map((p) => p.text.toLowerCase()));
  return shown.has(appId) && shown.has(sp) ? { appId, spObjectId: sp } : undefined;
}

/**
 * A framed blade, read by its labels: an application ID and an object ID and no tenant ID is an
 * Enterprise application's overview (an App registration's shows its tenant). The background
 * keeps it only while the tab's top route is that Enterprise application.
 */
function readFramed(doc: Document): { appId: string; spObjectId: string } | undefined {
  if (!showsGuid(doc)) return undefined;
  const r = readEssentials(doc.body, undefined);
  return r.clientId && r.appObjectId && !r.tenantId && !r.ambiguous.length ? { appId: r.clientId, spObjectId: r.appObjectId } : undefined;
}

export const enterpriseAppReader: Reader = {
  name: 'enterprise-app',
  wants: (ctx) => !ctx.isTopFrame || isEnterpriseOverview(ctx.route),
  read(ctx): Fact[] {
    const route = trustedRoute(ctx.document, ctx.isTopFrame);
    if (ctx.isTopFrame && !isEnterpriseOverview(route)) return [];
    const found = ctx.isTopFrame ? readEnterpriseApp(ctx.document.body, route) : readFramed(ctx.document);
    return found ? [{ kind: 'enterprise-app', ...found, displayName: bladeTitle(ctx.document, ctx.isTopFrame), routeConfirmed: ctx.isTopFrame }] : [];
  },
};
