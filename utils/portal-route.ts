/**
 * Parses the portal's hash routes (FACTS.md): `#view/<Extension>/<Blade>/~/<Section>/k/v…`,
 * the older `#blade/<Extension>/<Blade>/<Section>/k/v…`, and an optional `#@tenant/` prefix.
 * Tiny and dependency-free: the per-frame sensor uses it.
 */
export interface PortalRoute {
  extension: string;
  blade: string;
  /** Menu item of a menu blade, e.g. "Overview", "Credentials". */
  section?: string;
  /** Keys without the portal's trailing `~` (which marks JSON-typed values). */
  params: Record<string, string>;
  tenant?: string;
}

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

export const REGISTERED_APPS = 'Microsoft_AAD_RegisteredApps';
export const APP_MENU_BLADE = 'ApplicationMenuBlade';

/** The app a route is about (App registration menu blades and Enterprise app blades). */
export function routeAppId(route: PortalRoute | undefined): string | undefined {
  const id = route?.params.appId;
  return id && /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : undefined;
}

export function isAppOverview(route: PortalRoute | undefined): boolean {
  return !!route && route.extension === REGISTERED_APPS && route.blade === APP_MENU_BLADE && (route.section ?? 'Overview') === 'Overview';
}
