/**
 * Whether the checklist panel belongs on a portal page: on App registration and Enterprise
 * application blades, or anywhere while a setup is under way. Elsewhere (the portal's other
 * thousands of blades) React is not even loaded.
 */
import { parsePortalHash } from '../portal-route';

export function routeWantsPanel(hash: string): boolean {
  const route = parsePortalHash(hash);
  return route?.extension === 'Microsoft_AAD_RegisteredApps' || route?.blade === 'ManagedAppMenuBlade' || route?.section === 'RegisteredApps';
}

/** A setup is under way once any step was done and not every step is. */
export function setupUnderWay(progress: Record<string, unknown> | undefined, stepCount: number): boolean {
  const done = progress ? Object.keys(progress).length : 0;
  return done > 0 && done < stepCount;
}
