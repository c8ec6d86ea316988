/**
 * Blade logic shared by the Fluent v8 and v9 frames: one set of hooks over the replica's JSON
 * API (the same state machine as the vanilla blades in app/), rendered by two thin view layers.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type {
  AppDetail,
  AppSummary,
  CatalogPermission,
  CatalogResource,
  ExpiryPreset,
  NewSecret,
  PermissionStatus,
  PermissionType,
  SecretInfo,
  ServicePrincipalInfo,
  SessionInfo,
  SignInAudience,
} from '../api-types';
import { api, ApiFailure, HASH, type NotifyKind, type Route } from '../app/core';
import type { Labels, Lang } from '../app/i18n';
import { audienceShort, sectionLabel } from '../app/app-common';
import type { AuthExperience } from './frame-url';

export { HASH };

export interface Env {
  L: Labels;
  lang: Lang;
  session: SessionInfo;
  route: Route;
  delay: number;
  authExperience: AuthExperience;
  setTitle(title: string, subtitle?: string): void;
  navigate(hash: string): void;
  notify(kind: NotifyKind, title: string, text?: string): void;
}

export const EnvContext = createContext<Env | null>(null);

export function useEnv(): Env {
  const env = useContext(EnvContext);
  if (!env) throw new Error('No blade environment');
  return env;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** `settle(f)` waits the portal-like load delay times f; false once the blade is gone. */
function useSettle(): { settle: (factor?: number) => Promise<boolean>; alive: () => boolean } {
  const { delay } = useEnv();
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  const alive = useCallback(() => live.current, []);
  const settle = useCallback(
    async (factor = 1) => {
      await sleep(Math.round(delay * factor));
      return live.current;
    },
    [delay],
  );
  return { settle, alive };
}

export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-US', { year: 'numeric', month: 'numeric', day: 'numeric' });
}

export function maskSecret(hint: string): string {
  return `${hint}${'*'.repeat(34)}`;
}

export function copyText(text: string): void {
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

export function isValidUri(u: string): boolean {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1'));
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- menus

export interface MenuLink {
  key: string;
  label: string;
  href: string;
}
export interface MenuGroup {
  label?: string;
  links: MenuLink[];
}

const APP_MENU = {
  top: ['Overview', 'Quickstart', 'IntegrationAssistant', 'DiagnoseAndSolveProblems'],
  manage: [
    'Branding',
    'Authentication',
    'Credentials',
    'TokenConfiguration',
    'CallAnAPI',
    'ExposeAnAPI',
    'AppRoles',
    'Owners',
    'RolesAndAdministrators',
    'Manifest',
  ],
  support: ['Troubleshooting', 'NewSupportRequest'],
};

export function appMenu(L: Labels, appId: string, authExperience: AuthExperience): MenuGroup[] {
  const link = (section: string): MenuLink => ({
    key: section,
    label: section === 'Authentication' && authExperience === 'new' ? L.authenticationPreview : sectionLabel(L, section),
    href: HASH.app(section, appId),
  });
  return [
    { links: APP_MENU.top.map(link) },
    { label: L.manage, links: APP_MENU.manage.map(link) },
    { label: L.supportTroubleshooting, links: APP_MENU.support.map(link) },
  ];
}

export function enterpriseMenu(L: Labels, objectId: string, appId: string): MenuGroup[] {
  const link = (key: string, label: string): MenuLink => ({ key, label, href: HASH.enterprise(objectId, appId, key) });
  return [
    { links: [link('Overview', L.overview), link('DeploymentPlan', L.deploymentPlan), link('DiagnoseAndSolveProblems', L.diagnoseAndSolve)] },
    {
      label: L.manage,
      links: [
        link('Properties', L.properties),
        link('Owners', L.owners),
        link('RolesAndAdministrators', L.rolesAndAdministrators),
        link('UsersAndGroups', L.usersAndGroups),
        link('SingleSignOn', L.singleSignOn),
        link('Provisioning', L.provisioning),
        link('Permissions', L.permissions),
      ],
    },
  ];
}

const APP_SECTIONS = [...APP_MENU.top, ...APP_MENU.manage, ...APP_MENU.support];

/** The section of an app route in the menu's spelling (links also say `~/CallAnApi`). */
export function sectionOf(route: Route): string {
  if (route.kind !== 'app') return '';
  return APP_SECTIONS.find((s) => s.toLowerCase() === route.section.toLowerCase()) ?? route.section;
}

// ---------------------------------------------------------------- list and create

export function useAppList() {
  const { L, setTitle } = useEnv();
  const { settle, alive } = useSettle();
  const [apps, setApps] = useState<AppSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const load = useCallback(async () => {
    setApps(null);
    setError(null);
    try {
      const list = await api<AppSummary[]>('GET', 'apps');
      if (await settle()) setApps(list);
    } catch (e) {
      if (alive()) setError(message(e));
    }
  }, [settle, alive]);
  useEffect(() => {
    setTitle(L.appRegistrations);
    void load();
  }, [L, setTitle, load]);
  const q = filter.trim().toLowerCase();
  const shown = (apps ?? []).filter((a) => !q || a.displayName.toLowerCase().includes(q) || a.appId.includes(q));
  return { apps, shown, error, filter, setFilter, reload: load };
}

export function useCreateForm() {
  const { L, session, setTitle, notify, navigate } = useEnv();
  const { settle, alive } = useSettle();
  const [name, setName] = useState('');
  const [audience, setAudience] = useState<SignInAudience>('AzureADMyOrg');
  const [platform, setPlatform] = useState<'' | 'web' | 'spa' | 'public'>('');
  const [uri, setUri] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setTitle(L.registerAnApplication), [L, setTitle]);
  const tenant = session.tenant.displayName;
  const audiences: { value: SignInAudience; label: string }[] = [
    { value: 'AzureADMyOrg', label: L.audienceMyOrg(tenant) },
    { value: 'AzureADMultipleOrgs', label: L.audienceMulti },
    { value: 'AzureADandPersonalMicrosoftAccount', label: L.audienceMultiPersonal },
    { value: 'PersonalMicrosoftAccount', label: L.audiencePersonal },
  ];
  const platforms = [
    { value: 'web', label: L.platformWeb },
    { value: 'spa', label: L.platformSpa },
    { value: 'public', label: L.platformPublic },
  ] as const;
  const canSubmit = !!name.trim() && !busy;
  const submit = () => {
    if (!canSubmit) return;
    const displayName = name.trim();
    const uriValue = uri.trim();
    setBusy(true);
    setError('');
    notify('progress', L.registering(displayName));
    api<AppDetail>('POST', 'apps', {
      displayName,
      signInAudience: audience,
      redirectUri: uriValue ? { platform: platform === 'spa' ? 'spa' : 'web', uri: uriValue } : undefined,
    })
      .then(async (app) => {
        if (!(await settle(1.5))) return;
        notify('success', L.createdApp(app.displayName));
        navigate(HASH.app('Overview', app.appId));
      })
      .catch((e: unknown) => {
        if (!alive()) return;
        setError(message(e));
        setBusy(false);
      });
  };
  return { name, setName, audience, setAudience, audiences, platform, setPlatform, platforms, uri, setUri, error, busy, canSubmit, submit };
}

// ---------------------------------------------------------------- app registration

/** Loads the app after the portal-like delay and sets the blade title. */
export function useAppDetail(appId: string, section: string) {
  const { L, setTitle, authExperience } = useEnv();
  const { settle, alive } = useSettle();
  const [app, setApp] = useState<AppDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    const next = await api<AppDetail>('GET', `apps/${encodeURIComponent(appId)}`);
    if (alive()) setApp(next);
    return next;
  }, [appId, alive]);
  useEffect(() => {
    setTitle('');
    api<AppDetail>('GET', `apps/${encodeURIComponent(appId)}`)
      .then(async (next) => {
        if (!(await settle())) return;
        const label = section === 'Authentication' && authExperience === 'new' ? L.authenticationPreview : sectionLabel(L, section);
        setTitle(section === 'Overview' ? next.displayName : `${next.displayName} | ${label}`);
        setApp(next);
      })
      .catch((e: unknown) => {
        if (!alive()) return;
        if (e instanceof ApiFailure && e.status === 404) setTitle(L.notFound);
        setError(message(e));
      });
  }, [appId, section, L, authExperience, setTitle, settle, alive]);
  return { app, setApp, error, reload };
}

export interface EssentialField {
  label: string;
  /** A GUID shown with a copy button. */
  guid?: string;
  link?: { text: string; href: string };
  text?: string;
}

export function overviewFields(L: Labels, app: AppDetail): { left: EssentialField[]; right: EssentialField[] } {
  const secrets = app.secrets.length;
  const w = app.webRedirectUris.length;
  const s = app.spaRedirectUris.length;
  return {
    left: [
      { label: L.displayName, link: { text: app.displayName, href: HASH.app('Branding', app.appId) } },
      { label: L.applicationClientId, guid: app.appId },
      { label: L.objectId, guid: app.id },
      { label: L.directoryTenantId, guid: app.tenantId },
      { label: L.supportedAccountTypes, link: { text: audienceShort(L, app.signInAudience), href: HASH.app('Authentication', app.appId) } },
    ],
    right: [
      { label: L.clientCredentials, link: { text: secrets ? L.credentialCounts(0, secrets) : L.addCertOrSecret, href: HASH.app('Credentials', app.appId) } },
      { label: L.redirectUris, link: { text: w + s ? L.redirectCounts(w, s, 0) : L.addRedirectUri, href: HASH.app('Authentication', app.appId) } },
      { label: L.applicationIdUri, link: { text: L.addAppIdUri, href: HASH.app('ExposeAnAPI', app.appId) } },
      app.servicePrincipalId
        ? { label: L.managedApplication, link: { text: app.displayName, href: HASH.enterprise(app.servicePrincipalId, app.appId) } }
        : { label: L.managedApplication, text: '—' },
    ],
  };
}

// ---------------------------------------------------------------- certificates & secrets

export interface SecretRow {
  secret: SecretInfo;
  /** The value right after creation (this visit of the blade only), else the masked hint. */
  value: string;
  fresh: boolean;
}

export function expiryPresets(L: Labels): { value: ExpiryPreset; label: string }[] {
  return [
    { value: '180d', label: L.expiresRecommended },
    { value: '90d', label: L.expires90 },
    { value: '365d', label: L.expires365 },
    { value: '545d', label: L.expires545 },
    { value: '730d', label: L.expires730 },
  ];
}

export function useSecrets(appId: string) {
  const { L, notify } = useEnv();
  const { settle, alive } = useSettle();
  const detail = useAppDetail(appId, 'Credentials');
  const { app, setApp, reload } = detail;
  // Values of secrets created on this visit; forgotten when the blade unmounts.
  const fresh = useRef(new Map<string, string>());
  const [paneOpen, setPaneOpen] = useState(false);
  const [description, setDescription] = useState('');
  const [expires, setExpires] = useState<ExpiryPreset>('180d');
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const rows: SecretRow[] = (app?.secrets ?? []).map((secret) => {
    const value = fresh.current.get(secret.keyId);
    return { secret, value: value ?? maskSecret(secret.hint), fresh: value !== undefined };
  });
  const openPane = () => {
    setDescription('');
    setExpires('180d');
    setFormError('');
    setBusy(false);
    setPaneOpen(true);
  };
  const add = () => {
    setBusy(true);
    api<NewSecret>('POST', `apps/${encodeURIComponent(appId)}/secrets`, { description, expires })
      .then(async (created) => {
        setPaneOpen(false);
        fresh.current.set(created.keyId, created.secretText);
        notify('progress', L.addingSecret);
        // The row shows up a moment later, and the grid renders once more shortly after.
        await sleep(300 + Math.round(Math.random() * 400));
        if (!alive()) return;
        const next = await reload();
        notify('success', L.secretAdded(next.displayName));
        await sleep(250);
        if (alive()) setApp({ ...next, secrets: [...next.secrets] });
      })
      .catch((e: unknown) => {
        if (!alive()) return;
        setFormError(message(e));
        setBusy(false);
      });
  };
  const remove = async (s: SecretInfo) => {
    try {
      const next = await api<AppDetail>('DELETE', `apps/${encodeURIComponent(appId)}/secrets/${encodeURIComponent(s.keyId)}`);
      fresh.current.delete(s.keyId);
      if (!(await settle(0.5))) return;
      setApp(next);
      notify('success', L.secretDeleted(next.displayName));
    } catch (e) {
      notify('error', L.requestFailed, message(e));
    }
  };
  return {
    ...detail,
    rows,
    presets: expiryPresets(L),
    pane: { open: paneOpen, show: openPane, close: () => setPaneOpen(false), description, setDescription, expires, setExpires, error: formError, busy, add },
    remove,
  };
}

// ---------------------------------------------------------------- authentication

interface AuthState {
  publicClient: boolean;
  web: string[];
  spa: string[];
}

const authState = (app: AppDetail): AuthState => ({ publicClient: app.isFallbackPublicClient, web: [...app.webRedirectUris], spa: [...app.spaRedirectUris] });

export function useAuthentication(appId: string) {
  const { L, notify } = useEnv();
  const { settle } = useSettle();
  const detail = useAppDetail(appId, 'Authentication');
  const { app, setApp } = detail;
  const [saved, setSaved] = useState<AuthState | null>(null);
  const [pending, setPending] = useState<AuthState | null>(null);
  useEffect(() => {
    if (!app) return;
    setSaved(authState(app));
    setPending(authState(app));
  }, [app]);
  const dirty = !!saved && !!pending && JSON.stringify(saved) !== JSON.stringify(pending);
  const update = (fn: (s: AuthState) => AuthState) => setPending((p) => (p ? fn({ ...p, web: [...p.web], spa: [...p.spa] }) : p));
  const save = async () => {
    if (!app || !pending) return;
    const bad = [...pending.web, ...pending.spa].filter((u) => u.trim() && !isValidUri(u.trim()));
    if (bad.length) {
      notify('error', L.updateFailed(app.displayName), L.invalidUri);
      return;
    }
    try {
      const next = await api<AppDetail>('PATCH', `apps/${encodeURIComponent(appId)}`, {
        isFallbackPublicClient: pending.publicClient,
        webRedirectUris: pending.web.map((u) => u.trim()).filter(Boolean),
        spaRedirectUris: pending.spa.map((u) => u.trim()).filter(Boolean),
      });
      if (!(await settle(0.5))) return;
      setApp(next);
      notify('success', L.updated(next.displayName));
    } catch (e) {
      notify('error', L.updateFailed(app.displayName), message(e));
    }
  };
  /** Adds redirect URIs at once (the platform pane's "Configure"); returns an error text or null. */
  const addRedirect = async (platform: 'web' | 'spa', uri: string): Promise<string | null> => {
    try {
      const next = await api<AppDetail>('POST', `apps/${encodeURIComponent(appId)}/redirect-uris`, { platform, uris: [uri.trim()] });
      if (!(await settle(0.5))) return null;
      setApp(next);
      notify('success', L.updated(next.displayName));
      return null;
    } catch (e) {
      return message(e);
    }
  };
  return {
    ...detail,
    pending,
    dirty,
    setPublicClient: (v: boolean) => update((s) => ({ ...s, publicClient: v })),
    setUri: (platform: 'web' | 'spa', i: number, v: string) =>
      update((s) => {
        s[platform][i] = v;
        return s;
      }),
    removeUri: (platform: 'web' | 'spa', i: number) =>
      update((s) => {
        s[platform].splice(i, 1);
        return s;
      }),
    addUri: (platform: 'web' | 'spa') =>
      update((s) => {
        s[platform].push('');
        return s;
      }),
    save: () => void save(),
    discard: () => {
      if (saved) setPending({ ...saved, web: [...saved.web], spa: [...saved.spa] });
    },
    addRedirect,
  };
}

/** The "Configure platforms" pane: pick a platform, then a redirect URI. */
export function usePlatformPane(addRedirect: (platform: 'web' | 'spa', uri: string) => Promise<string | null>) {
  const [open, setOpen] = useState(false);
  const [platform, setPlatform] = useState<'web' | 'spa' | null>(null);
  const [uri, setUri] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const { L } = useEnv();
  const valid = isValidUri(uri.trim());
  return {
    open,
    platform,
    uri,
    error: error || (uri.trim() && !valid ? L.invalidUri : ''),
    canConfigure: valid && !busy,
    show: () => {
      setPlatform(null);
      setUri('');
      setError('');
      setBusy(false);
      setOpen(true);
    },
    close: () => setOpen(false),
    choose: setPlatform,
    setUri,
    configure: async () => {
      if (!platform || !valid) return;
      setBusy(true);
      const err = await addRedirect(platform, uri);
      setBusy(false);
      if (err) setError(err);
      else setOpen(false);
    },
  };
}

// ---------------------------------------------------------------- API permissions

/** Tiles and org APIs shown for realism; they expose nothing in the replica. */
export const DECORATIVE_TILES = ['Azure Rights Management Services', 'Azure Service Management', 'Dynamics 365 Business Central', 'Intune', 'SharePoint'];
const DECORATIVE_ORG_APIS: [string, string][] = [
  ['Office 365 SharePoint Online', '00000003-0000-0ff1-ce00-000000000000'],
  ['Skype for Business Online', '00000004-0000-0ff1-ce00-000000000000'],
  ['Windows Azure Active Directory', '00000002-0000-0000-c000-000000000000'],
];

let catalogCache: Promise<CatalogResource[]> | undefined;
function loadCatalog(): Promise<CatalogResource[]> {
  catalogCache ??= api<CatalogResource[]>('GET', 'resources');
  catalogCache.catch(() => {
    catalogCache = undefined;
  });
  return catalogCache;
}

export interface PermissionGroup {
  resourceName: string;
  items: PermissionStatus[];
}

export interface PickerGroup {
  name: string;
  items: CatalogPermission[];
}

function pickerGroupName(p: CatalogPermission, openId: string): string {
  if (['openid', 'email', 'profile', 'offline_access'].includes(p.value)) return openId;
  const dot = p.value.indexOf('.');
  return dot > 0 ? p.value.slice(0, dot) : p.value;
}

export function usePermissions(appId: string) {
  const { L, session, notify } = useEnv();
  const { settle, alive } = useSettle();
  const detail = useAppDetail(appId, 'CallAnAPI');
  const tenant = session.tenant.displayName;
  const [statuses, setStatuses] = useState<PermissionStatus[] | null>(null);
  const [gridError, setGridError] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const refresh = useCallback(
    async (factor = 1) => {
      try {
        const next = await api<PermissionStatus[]>('GET', `apps/${encodeURIComponent(appId)}/permissions`);
        if (await settle(factor)) setStatuses(next);
      } catch (e) {
        if (alive()) setGridError(message(e));
      }
    },
    [appId, settle, alive],
  );
  useEffect(() => {
    if (detail.app) void refresh(0.5);
  }, [detail.app, refresh]);
  const groups = useMemo(() => {
    const byResource = new Map<string, PermissionStatus[]>();
    for (const s of statuses ?? []) byResource.set(s.resourceDisplayName, [...(byResource.get(s.resourceDisplayName) ?? []), s]);
    return [...byResource].map(([resourceName, items]): PermissionGroup => ({ resourceName, items }));
  }, [statuses]);

  const grant = async () => {
    setConfirmOpen(false);
    notify('progress', L.grantAdminConsent(tenant));
    try {
      await api<PermissionStatus[]>('POST', `apps/${encodeURIComponent(appId)}/consent`);
      notify('success', L.consentGranted);
      await refresh(1.5);
    } catch (e) {
      notify('error', L.requestFailed, message(e));
    }
  };
  const remove = (p: PermissionStatus) => {
    api<PermissionStatus[]>('DELETE', `apps/${encodeURIComponent(appId)}/permissions?resourceAppId=${p.resourceAppId}&id=${p.id}&type=${p.type}`)
      .then((next) => {
        if (alive()) setStatuses(next);
        notify('success', L.permissionsUpdated);
      })
      .catch((e: unknown) => notify('error', L.requestFailed, message(e)));
  };

  // "Request API permissions" pane
  const [pickerOpen, setPickerOpen] = useState(false);
  const [catalog, setCatalog] = useState<CatalogResource[] | null>(null);
  const [resource, setResource] = useState<CatalogResource | null>(null);
  const [type, setType] = useState<PermissionType | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [orgFilter, setOrgFilter] = useState('');
  const [permFilter, setPermFilter] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const existing = useMemo(
    () => new Set((statuses ?? []).filter((s) => s.resourceAppId === resource?.appId).map((s) => `${s.type}:${s.id}`)),
    [statuses, resource],
  );
  const openPicker = () => {
    setResource(null);
    setType(null);
    setOrgFilter('');
    setPickerOpen(true);
    loadCatalog()
      .then((c) => alive() && setCatalog(c))
      .catch((e: unknown) => notify('error', L.requestFailed, message(e)));
  };
  const chooseResource = (r: CatalogResource | null) => {
    setResource(r);
    setType(null);
    setPermFilter('');
    setExpanded(new Set());
    setSelected(new Set((statuses ?? []).filter((s) => s.resourceAppId === r?.appId).map((s) => `${s.type}:${s.id}`)));
  };
  const q = permFilter.trim().toLowerCase();
  const pickerGroups: PickerGroup[] = useMemo(() => {
    if (!resource || !type) return [];
    const map = new Map<string, CatalogPermission[]>();
    for (const p of resource.permissions.filter((x) => x.type === type)) {
      if (q && !p.value.toLowerCase().includes(q) && !p.description.toLowerCase().includes(q)) continue;
      const g = pickerGroupName(p, L.openIdPermissions);
      map.set(g, [...(map.get(g) ?? []), p]);
    }
    return [...map]
      .sort(([a], [b]) => (a === L.openIdPermissions ? -1 : b === L.openIdPermissions ? 1 : a.localeCompare(b)))
      .map(([name, items]) => ({ name, items }));
  }, [resource, type, q, L]);
  const oq = orgFilter.trim().toLowerCase();
  const orgEntries: { name: string; appId: string; resource?: CatalogResource }[] = [
    ...(catalog ?? []).map((r) => ({ name: r.displayName, appId: r.appId, resource: r })),
    ...DECORATIVE_ORG_APIS.map(([name, id]) => ({ name, appId: id })),
  ]
    .filter((e) => !oq || e.name.toLowerCase().includes(oq) || e.appId.includes(oq))
    .sort((a, b) => a.name.localeCompare(b.name));
  const addPermissions = () => {
    if (!resource) return;
    setAdding(true);
    const permissions = [...selected].map((k) => {
      const [t, id] = k.split(':');
      return { id, type: t };
    });
    api<PermissionStatus[]>('POST', `apps/${encodeURIComponent(appId)}/permissions`, { resourceAppId: resource.appId, permissions })
      .then(async (next) => {
        setPickerOpen(false);
        setAdding(false);
        notify('success', L.permissionsUpdated);
        if (!(await settle(0.5))) return;
        setStatuses(next);
        setEdited(true);
      })
      .catch((e: unknown) => {
        setAdding(false);
        notify('error', L.requestFailed, message(e));
      });
  };

  return {
    ...detail,
    tenant,
    statuses,
    groups,
    gridError,
    edited,
    refresh: () => void refresh(0.5),
    remove,
    consent: { open: confirmOpen, show: () => setConfirmOpen(true), close: () => setConfirmOpen(false), grant: () => void grant() },
    picker: {
      open: pickerOpen,
      show: openPicker,
      close: () => setPickerOpen(false),
      catalog,
      commonlyUsed: (catalog ?? []).filter((r) => r.commonlyUsed),
      orgEntries,
      orgFilter,
      setOrgFilter,
      resource,
      chooseResource,
      type,
      setType,
      groups: pickerGroups,
      permFilter,
      setPermFilter,
      isExpanded: (g: string) => expanded.has(g) || !!q,
      toggleGroup: (g: string) =>
        setExpanded((s) => {
          const n = new Set(s);
          if (n.has(g)) n.delete(g);
          else n.add(g);
          return n;
        }),
      isSelected: (p: CatalogPermission) => selected.has(`${p.type}:${p.id}`),
      toggle: (p: CatalogPermission, on: boolean) =>
        setSelected((s) => {
          const n = new Set(s);
          if (on) n.add(`${p.type}:${p.id}`);
          else n.delete(`${p.type}:${p.id}`);
          return n;
        }),
      canAdd: !adding && [...selected].some((k) => !existing.has(k)),
      add: addPermissions,
    },
  };
}

// ---------------------------------------------------------------- enterprise application

export function useEnterprise(objectId: string, section: string) {
  const { L, setTitle } = useEnv();
  const { settle, alive } = useSettle();
  const [sp, setSp] = useState<ServicePrincipalInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setTitle('', L.enterpriseApplication);
    api<ServicePrincipalInfo>('GET', `service-principals/${encodeURIComponent(objectId)}`)
      .then(async (next) => {
        if (!(await settle())) return;
        setTitle(
          section === 'Overview' ? next.displayName : `${next.displayName} | ${section === 'Properties' ? L.properties : section}`,
          L.enterpriseApplication,
        );
        setSp(next);
      })
      .catch((e: unknown) => {
        if (!alive()) return;
        setTitle(L.notFound, L.enterpriseApplication);
        setError(message(e));
      });
  }, [objectId, section, L, setTitle, settle, alive]);
  return { sp, error };
}

// ---------------------------------------------------------------- benchmark

export interface BenchRow {
  key: string;
  name: string;
  id: string;
  status: string;
  group: string;
  generation: number;
}

/**
 * The benchmark's heavy blade: 700 rows that `window.__replicaBench.rerender()` (in the frame)
 * renders again with new values, as a React blade does on a data refresh.
 */
export function useBench(rowsCount = 700) {
  const { L, setTitle } = useEnv();
  const [generation, setGeneration] = useState(0);
  useEffect(() => setTitle(L.benchTitle), [L, setTitle]);
  useEffect(() => {
    const w = window as Window & { __replicaBench?: { rerender(): void } };
    const bench = { rerender: () => setGeneration((g) => g + 1) };
    w.__replicaBench = bench;
    return () => {
      if (w.__replicaBench === bench) delete w.__replicaBench;
    };
  }, []);
  const rows = useMemo(
    () =>
      Array.from({ length: rowsCount }, (_, i): BenchRow => ({
        key: String(i),
        name: `Resource ${i + 1}`,
        id: `${(i * 2654435761) % 4294967296}`.padStart(10, '0'),
        status: generation % 2 ? 'Running' : 'Stopped',
        group: `rg-${i % 17}`,
        generation,
      })),
    [generation, rowsCount],
  );
  return { rows, rerender: () => setGeneration((g) => g + 1) };
}
