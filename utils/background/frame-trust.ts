/**
 * A framed blade never vouches for itself. The portal renders blades in ReactView frames whose own
 * URL may carry no route, a stale one or another blade's, and any script on a portal host can draw
 * into a frame. So a framed blade's facts count only where the tab's top route shows that blade of
 * that app: the Overview for its IDs, the Enterprise application for its Object ID, Certificates &
 * secrets for anything about a secret.
 */
import type { Fact } from '../schemas';
import { isAppOverview, isCredentialsPage, isEnterpriseOverview, routeAppId, routeSpObjectId, type PortalRoute } from '../portal-route';

export function topRouteConfirms(fact: Fact, top: PortalRoute | undefined): boolean {
  const app = routeAppId(top);
  switch (fact.kind) {
    case 'route':
      return true;
    case 'app-essentials':
      return isAppOverview(top) && app === fact.clientId;
    case 'enterprise-app':
      return isEnterpriseOverview(top) && app === fact.appId && (routeSpObjectId(top) ?? fact.spObjectId) === fact.spObjectId;
    default:
      return isCredentialsPage(top) && (!fact.appId || fact.appId === app);
  }
}
