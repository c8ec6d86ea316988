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
import { bladeTitle } from './essentials';
import type { Reader } from './reader';

/** The service principal's Object ID when route and page agree, else undefined. */
export function readEnterpriseApp(root: Element, route: PortalRoute | undefined): { appId: string; spObjectId: string } | undefined {
  const appId = routeAppId(route);
  const sp = route?.params.objectId?.toLowerCase();
  if (!appId || !sp || !isGuid(sp) || sp === appId) return undefined;
  const shown = new Set(piecesOf(root).map((p) => p.text.toLowerCase()));
  return shown.has(appId) && shown.has(sp) ? { appId, spObjectId: sp } : undefined;
}

export const enterpriseAppReader: Reader = {
  name: 'enterprise-app',
  // The top document by its route; a framed Enterprise application is read with the Essentials (one walk per frame).
  wants: (ctx) => ctx.isTopFrame && isEnterpriseOverview(ctx.route),
  read(ctx): Fact[] {
    const route = trustedRoute(ctx.document, true);
    const found = isEnterpriseOverview(route) ? readEnterpriseApp(ctx.document.body, route) : undefined;
    return found ? [{ kind: 'enterprise-app', ...found, displayName: bladeTitle(ctx.document, true), routeConfirmed: true }] : [];
  },
};
