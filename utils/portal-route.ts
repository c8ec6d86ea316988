/**
 * The portal's routes, in one place (docs/portal-facts.md, "Routes"): parsing the hash
 * (`#view/<Extension>/<Blade>/~/<Section>/k/v…`, the older `#blade/<Extension>/<Blade>/<Section>/k/v…`,
 * an optional `#@tenant/` prefix), the blades the checklist knows, and the links back to them.
 * Tiny and dependency-free: the per-frame sensor uses parts of it (unused exports are left out of
 * its bundle).
 */
import { isGuid } from './guid';

export interface PortalRoute {
  extension: string;
  blade: string;
  /** Menu item of a menu blade, e.g. "Overview", "Credentials"; the portal's casing varies (compare with sameSection). */
  section?: string;
  /** Keys without the portal's trailing `~` (which marks JSON-typed values). */
  params: Record<string, string>;
  tenant?: string;
}

/** Where a step happens: an extension's blade and, on menu blades, a section (Overview when the route names none). */
export interface BladeRef {
  extension: string;
  blade: string;
  section?: string;
}

export const REGISTERED_APPS = 'Microsoft_AAD_RegisteredApps';
export const APP_MENU_BLADE = 'ApplicationMenuBlade';
export const LIST_BLADE = 'ApplicationsListBlade';
export const CREATE_BLADE = 'CreateApplicationBlade';
export const ENTERPRISE_APP_BLADE = 'ManagedAppMenuBlade';
const AAD_IAM = 'Microsoft_AAD_IAM';
/** Entra's directory menu: its "App registrations" section is the same list as LIST_BLADE. */
const DIRECTORY_MENU_BLADE = 'ActiveDirectoryMenuBlade';

const PORTAL = 'https://portal.azure.com/';
const LIST_HASH = `#view/${REGISTERED_APPS}/${LIST_BLADE}/quickStartType~/null/sourceType/${AAD_IAM}`;
const CREATE_HASH = `#view/${REGISTERED_APPS}/${CREATE_BLADE}/quickStartType~/null/isMSAApp~/false`;

export function parsePortalHash(hash: string): PortalRoute | undefined {
  let rest = hash.replace(/^#/, '');
  let tenant: string | undefined;
  const prefixed = /^@([^/]+)\/(.*)$/.exec(rest);
  if (prefixed) {
    tenant = decodeURIComponent(prefixed[1] ?? '');
    rest = prefixed[2] ?? '';
  }
  const parts = rest.split('/').map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  const [kind, extension, blade, ...tail] = parts;
  if ((kind !== 'view' && kind !== 'blade') || !extension || !blade) return undefined;
  let section: string | undefined;
  if (tail[0] === '~') {
    section = tail[1];
    tail.splice(0, 2);
  } else if (tail.length % 2 === 1) {
    section = tail.shift();
  }
  const params: Record<string, string> = {};
  for (let i = 0; i + 1 < tail.length; i += 2) {
    const key = (tail[i] ?? '').replace(/~$/, '');
    if (key) params[key] = tail[i + 1] ?? '';
  }
  return { extension, blade, section: section || undefined, params, tenant };
}

/**
 * The route of a tab or frame URL. Only the hash carries the route: a tenant may stand in the
 * path (`https://portal.azure.com/<tenant>/#view/…`) and changes nothing.
 */
export function routeOfUrl(url: string | undefined): PortalRoute | undefined {
  try {
    return url ? parsePortalHash(new URL(url).hash) : undefined;
  } catch {
    return undefined;
  }
}

/** Section names come in more than one casing (`~/CallAnApi` and `~/CallAnAPI` are the same page). */
export function sameSection(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}

/** The route's section; an app's menu blade without one shows its Overview. */
export function routeSection(route: PortalRoute | undefined): string | undefined {
  return route ? (route.section ?? (route.blade === APP_MENU_BLADE ? 'Overview' : undefined)) : undefined;
}

/** The app a route is about (App registration menu blades and Enterprise app blades). */
export function routeAppId(route: PortalRoute | undefined): string | undefined {
  const id = route?.params.appId;
  return id && isGuid(id) ? id.toLowerCase() : undefined;
}

/** The Enterprise application (service principal) Object ID its own blade's route names. */
export function routeSpObjectId(route: PortalRoute | undefined): string | undefined {
  const id = route?.blade === ENTERPRISE_APP_BLADE ? route.params.objectId : undefined;
  return id && isGuid(id) ? id.toLowerCase() : undefined;
}

/** A section of an app registration's menu blade, e.g. 'Credentials'. */
export function isAppSection(route: PortalRoute | undefined, section: string): boolean {
  return !!route && route.extension === REGISTERED_APPS && route.blade === APP_MENU_BLADE && sameSection(routeSection(route), section);
}

/** isAppSection(route, 'Overview'), written out: the per-frame sensor uses this one, and every byte there counts. */
export function isAppOverview(route: PortalRoute | undefined): boolean {
  return !!route && route.extension === REGISTERED_APPS && route.blade === APP_MENU_BLADE && /^overview$/i.test(route.section ?? 'Overview');
}

/** Certificates & secrets of an app registration (the sensor's secrets grid and copy watcher use it). */
export function isCredentialsPage(route: PortalRoute | undefined): boolean {
  return !!route && route.extension === REGISTERED_APPS && route.blade === APP_MENU_BLADE && /^credentials$/i.test(route.section ?? '');
}

/** An Enterprise application's Overview or Properties: where its Object ID is shown. */
export function isEnterpriseOverview(route: PortalRoute | undefined): boolean {
  return !!route && route.extension === AAD_IAM && route.blade === ENTERPRISE_APP_BLADE && /^(overview|properties)$/i.test(route.section ?? 'Overview');
}

/** The App registrations list, under either of its routes. */
export function isAppsList(route: PortalRoute | undefined): boolean {
  if (!route) return false;
  if (route.extension === REGISTERED_APPS) return route.blade === LIST_BLADE;
  return route.extension === AAD_IAM && route.blade === DIRECTORY_MENU_BLADE && sameSection(route.section, 'RegisteredApps');
}

/** Where an app is registered: the list (its "New registration" button) and the create blade. */
export function isRegisterPage(route: PortalRoute | undefined): boolean {
  return isAppsList(route) || (route?.extension === REGISTERED_APPS && route.blade === CREATE_BLADE);
}

/** Whether the route is on a blade; the App registrations list matches under either of its routes. */
export function onBlade(route: PortalRoute | undefined, blade: BladeRef | undefined): boolean {
  if (!route || !blade) return false;
  if (blade.extension === REGISTERED_APPS && blade.blade === LIST_BLADE) return isAppsList(route);
  if (route.extension !== blade.extension || route.blade !== blade.blade) return false;
  return !blade.section || sameSection(routeSection(route), blade.section);
}

/** Whether a target stage tied to a blade (by name) can be on this route. */
export function onBladeNamed(route: PortalRoute | undefined, blade: string): boolean {
  return blade === LIST_BLADE ? isAppsList(route) : route?.blade === blade;
}

/**
 * Whether the checklist panel belongs on this page by its route alone: App registration and
 * Enterprise application blades, and the list under either route.
 */
export function routeWantsPanel(route: PortalRoute | undefined): boolean {
  return route?.extension === REGISTERED_APPS || route?.blade === ENTERPRISE_APP_BLADE || isAppsList(route);
}

/** The hash route to a blade for this app; undefined when it needs an app that is not known yet. */
export function bladeHash(blade: BladeRef | undefined, appId: string | undefined): string | undefined {
  if (!blade) return undefined;
  if (blade.blade === LIST_BLADE) return LIST_HASH;
  if (blade.blade === CREATE_BLADE) return CREATE_HASH;
  if (!appId || !isGuid(appId) || blade.blade !== APP_MENU_BLADE) return undefined;
  return `#view/${REGISTERED_APPS}/${APP_MENU_BLADE}/~/${blade.section ?? 'Overview'}/appId/${appId}/isMSAApp~/false`;
}

/** A link to a section of the app's menu blade, or to the App registrations list when the app is unknown. */
export function portalLink(section: string | undefined, appId: string | undefined): string {
  return PORTAL + (bladeHash({ extension: REGISTERED_APPS, blade: APP_MENU_BLADE, section }, appId) ?? LIST_HASH);
}
