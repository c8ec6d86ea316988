/**
 * The portal replica's JSON API, served on every portal host under `/__replica/api/`.
 * State lives in the shared Directory; the page's script is the only client.
 */
import { randomUUID } from 'node:crypto';
import { EXCHANGE_APP_ID, GRAPH_APP_ID, RESOURCES, type Application, type Directory } from '../directory';
import { sendJson } from '../http-util';
import type { ReplicaRequest } from '../types';
import type {
  AppDetail,
  AppSummary,
  CatalogPermission,
  CatalogResource,
  ExpiryPreset,
  NewSecret,
  PermissionStatus,
  PermissionType,
  ServicePrincipalInfo,
  SessionInfo,
  SignInAudience,
} from './api-types';

export const API_PREFIX = '/__replica/api/';

/** Permissions the picker offers besides the ones in RESOURCES (real Graph ids). */
const EXTRA_PERMISSIONS: Record<string, CatalogPermission[]> = {
  [GRAPH_APP_ID]: [
    { id: '37f7f235-527c-4136-accd-4a02d197296e', value: 'openid', type: 'Scope', description: 'Sign users in', adminConsentRequired: false },
    { id: '64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0', value: 'email', type: 'Scope', description: "View users' email address", adminConsentRequired: false },
    { id: '14dad69e-099b-42c9-810b-d002981feec1', value: 'profile', type: 'Scope', description: "View users' basic profile", adminConsentRequired: false },
    {
      id: '024d486e-b451-40bb-833d-3e66d98c5c73',
      value: 'Mail.ReadWrite',
      type: 'Scope',
      description: 'Read and write access to user mail',
      adminConsentRequired: false,
    },
    { id: 'e383f46e-2787-4529-855e-0e479a3ffac0', value: 'Mail.Send', type: 'Scope', description: 'Send mail as a user', adminConsentRequired: false },
    {
      id: 'd7b7f2d9-0f45-4ea1-9d42-e50810c06991',
      value: 'POP.AccessAsUser.All',
      type: 'Scope',
      description: 'Read and write access to mailboxes via POP.',
      adminConsentRequired: false,
    },
    {
      id: '258f6531-6087-4cc4-bb90-092c5fb3ed3f',
      value: 'SMTP.Send',
      type: 'Scope',
      description: 'Send emails from mailboxes using SMTP AUTH.',
      adminConsentRequired: false,
    },
    {
      id: 'b340eb25-3456-403f-be2f-af7a0d370277',
      value: 'User.ReadBasic.All',
      type: 'Scope',
      description: "Read all users' basic profiles",
      adminConsentRequired: false,
    },
    { id: '465a38f9-76ea-45b9-9f34-9e8b0d4b0b42', value: 'Calendars.Read', type: 'Scope', description: 'Read user calendars', adminConsentRequired: false },
    { id: 'b633e1c5-b582-4048-a93e-9f11b44c7e96', value: 'Mail.Send', type: 'Role', description: 'Send mail as any user', adminConsentRequired: true },
    {
      id: 'df021288-bdef-4463-88db-98f22de89214',
      value: 'User.Read.All',
      type: 'Role',
      description: "Read all users' full profiles",
      adminConsentRequired: true,
    },
  ],
  [EXCHANGE_APP_ID]: [],
};

const TILES: Record<string, string> = {
  [GRAPH_APP_ID]:
    'Take advantage of the tremendous amount of data in Office 365, Enterprise Mobility + Security, and Windows 10 to access Microsoft Entra ID, Excel, Intune, Outlook/Exchange, OneDrive, OneNote, SharePoint, Planner, and more through a single endpoint.',
  [EXCHANGE_APP_ID]: 'Programmatic access to Exchange Online mailboxes via EWS, IMAP and POP.',
};

/** RESOURCES plus the extra permissions; the catalog the portal shows. */
export function catalog(): CatalogResource[] {
  return RESOURCES.map((r) => ({
    appId: r.appId,
    displayName: r.displayName,
    commonlyUsed: r.appId === GRAPH_APP_ID,
    tileDescription: TILES[r.appId] ?? '',
    permissions: [...r.permissions.map((p) => ({ ...p, adminConsentRequired: p.type === 'Role' })), ...(EXTRA_PERMISSIONS[r.appId] ?? [])],
  }));
}

function findPermission(resourceAppId: string, id: string, type: PermissionType): { resource: CatalogResource; permission: CatalogPermission } | undefined {
  const resource = catalog().find((r) => r.appId === resourceAppId);
  const permission = resource?.permissions.find((p) => p.id === id && p.type === type);
  return resource && permission ? { resource, permission } : undefined;
}

const AUDIENCES: SignInAudience[] = ['AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount'];
const PRESET_DAYS: Record<Exclude<ExpiryPreset, 'custom'>, number> = { '90d': 90, '180d': 180, '365d': 365, '545d': 545, '730d': 730 };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseBody(body: string): Record<string, unknown> {
  if (!body.trim()) return {};
  try {
    const v: unknown = JSON.parse(body);
    return isRecord(v) ? v : {};
  } catch {
    return {};
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function summary(app: Application): AppSummary {
  return {
    id: app.id,
    appId: app.appId,
    displayName: app.displayName,
    signInAudience: app.signInAudience,
    createdDateTime: app.createdDateTime,
    secretCount: app.passwordCredentials.length,
  };
}

function detail(directory: Directory, app: Application): AppDetail {
  return {
    ...summary(app),
    tenantId: app.tenantId,
    isFallbackPublicClient: app.isFallbackPublicClient,
    webRedirectUris: [...app.web.redirectUris],
    spaRedirectUris: [...app.spa.redirectUris],
    secrets: app.passwordCredentials.map((c) => ({
      keyId: c.keyId,
      hint: c.hint,
      displayName: c.displayName,
      startDateTime: c.startDateTime,
      endDateTime: c.endDateTime,
    })),
    servicePrincipalId: directory.findServicePrincipal(app.appId, app.tenantId)?.id ?? null,
  };
}

/** Like Directory.consentStatus, but knows the extra catalog permissions too. */
function permissionStatus(directory: Directory, app: Application): PermissionStatus[] {
  const client = directory.findServicePrincipal(app.appId, app.tenantId);
  return app.requiredResourceAccess.flatMap((rra) => {
    const resourceSp = directory.findServicePrincipal(rra.resourceAppId, app.tenantId);
    const resource = catalog().find((r) => r.appId === rra.resourceAppId);
    return rra.resourceAccess.map((a): PermissionStatus => {
      const def = resource?.permissions.find((p) => p.id === a.id && p.type === a.type);
      const value = def?.value ?? a.id;
      const granted =
        !!client &&
        !!resourceSp &&
        (a.type === 'Scope'
          ? directory.grants.some(
              (g) => g.clientId === client.id && g.resourceId === resourceSp.id && g.consentType === 'AllPrincipals' && g.scope.split(' ').includes(value),
            )
          : directory.appRoleAssignments.some((r) => r.principalId === client.id && r.resourceId === resourceSp.id && r.appRoleId === a.id));
      return {
        resourceAppId: rra.resourceAppId,
        resourceDisplayName: resource?.displayName ?? rra.resourceAppId,
        id: a.id,
        type: a.type,
        value,
        description: def?.description ?? '',
        adminConsentRequired: def?.adminConsentRequired ?? a.type === 'Role',
        granted,
      };
    });
  });
}

/** Directory.grantAdminConsent, then the same for permissions only the portal catalog knows. */
function grantConsent(directory: Directory, app: Application): void {
  directory.grantAdminConsent(app);
  const client = directory.findServicePrincipal(app.appId, app.tenantId);
  if (!client) return;
  for (const rra of app.requiredResourceAccess) {
    const resourceSp = directory.findServicePrincipal(rra.resourceAppId, app.tenantId);
    const extras = EXTRA_PERMISSIONS[rra.resourceAppId] ?? [];
    if (!resourceSp) continue;
    for (const a of rra.resourceAccess) {
      const extra = extras.find((p) => p.id === a.id && p.type === a.type);
      if (!extra) continue;
      if (a.type === 'Scope') {
        let grant = directory.grants.find((g) => g.clientId === client.id && g.resourceId === resourceSp.id && g.consentType === 'AllPrincipals');
        if (!grant) {
          grant = { id: randomUUID(), clientId: client.id, consentType: 'AllPrincipals', resourceId: resourceSp.id, scope: '' };
          directory.grants.push(grant);
        }
        const scopes = grant.scope.split(' ').filter(Boolean);
        if (!scopes.includes(extra.value)) grant.scope = [...scopes, extra.value].join(' ');
      } else if (!directory.appRoleAssignments.some((r) => r.principalId === client.id && r.resourceId === resourceSp.id && r.appRoleId === a.id)) {
        directory.appRoleAssignments.push({ id: randomUUID(), principalId: client.id, resourceId: resourceSp.id, appRoleId: a.id });
      }
    }
  }
}

function error(r: ReplicaRequest, status: number, code: string, message: string): true {
  return sendJson(r.res, status, { error: { code, message } });
}

function validUri(uri: string): boolean {
  try {
    const u = new URL(uri);
    return u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1'));
  } catch {
    return false;
  }
}

function parseUris(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string') return undefined;
    const t = item.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Answers `/__replica/api/...`; returns false for other paths. */
export function handleApi(r: ReplicaRequest): boolean {
  const { url, directory } = r;
  if (!url.pathname.startsWith(API_PREFIX)) return false;
  const method = (r.req.method ?? 'GET').toUpperCase();
  const parts = url.pathname.slice(API_PREFIX.length).split('/').filter(Boolean).map(decodeURIComponent);
  const part = (i: number): string => parts[i] ?? '';
  const body = parseBody(r.body);
  const tenant = directory.homeTenant;

  if (parts[0] === 'session' && method === 'GET') {
    const session: SessionInfo = {
      tenant: { id: tenant.id, domain: tenant.domain, displayName: tenant.displayName },
      user: { name: 'Megan Bowen', upn: `admin@${tenant.domain}` },
    };
    return sendJson(r.res, 200, session);
  }

  if (parts[0] === 'resources' && method === 'GET') return sendJson(r.res, 200, catalog());

  if (parts[0] === 'service-principals' && parts[1] && method === 'GET') {
    const sp = directory.servicePrincipals.find((s) => s.id === part(1).toLowerCase() && s.tenantId === tenant.id);
    if (!sp) return error(r, 404, 'Request_ResourceNotFound', `Service principal ${parts[1]} not found.`);
    const info: ServicePrincipalInfo = { ...sp, applicationObjectId: directory.findApp(sp.appId, tenant.id)?.id ?? null };
    return sendJson(r.res, 200, info);
  }

  if (parts[0] !== 'apps') return error(r, 404, 'NotFound', `No API route ${method} ${url.pathname}`);

  if (parts.length === 1) {
    if (method === 'GET') {
      const apps = directory.applications.filter((a) => a.tenantId === tenant.id).map(summary);
      apps.sort((a, b) => a.displayName.localeCompare(b.displayName));
      return sendJson(r.res, 200, apps);
    }
    if (method === 'POST') {
      const displayName = str(body.displayName)?.trim();
      if (!displayName) return error(r, 400, 'InvalidName', 'The display name is required.');
      const audience = str(body.signInAudience);
      const signInAudience = AUDIENCES.find((a) => a === audience) ?? 'AzureADMyOrg';
      const redirect = isRecord(body.redirectUri) ? body.redirectUri : undefined;
      const redirectUri = str(redirect?.uri)?.trim();
      if (redirectUri && !validUri(redirectUri)) return error(r, 400, 'InvalidRedirectUri', 'The redirect URI must start with https:// or http://localhost.');
      const app = directory.createApplication({ displayName, signInAudience, tenantId: tenant.id });
      if (redirectUri) (str(redirect?.platform) === 'spa' ? app.spa : app.web).redirectUris.push(redirectUri);
      return sendJson(r.res, 201, detail(directory, app));
    }
    return error(r, 405, 'MethodNotAllowed', method);
  }

  const app = directory.findApp(part(1), tenant.id);
  if (!app)
    return error(r, 404, 'Request_ResourceNotFound', `Application with identifier '${parts[1]}' was not found in the directory '${tenant.displayName}'.`);
  const sub = parts[2];

  if (!sub) {
    if (method === 'GET') return sendJson(r.res, 200, detail(directory, app));
    if (method === 'PATCH') {
      if (typeof body.isFallbackPublicClient === 'boolean') app.isFallbackPublicClient = body.isFallbackPublicClient;
      const name = str(body.displayName)?.trim();
      if (name) app.displayName = name;
      for (const platform of ['web', 'spa'] as const) {
        const key = platform === 'web' ? 'webRedirectUris' : 'spaRedirectUris';
        if (body[key] === undefined) continue;
        const uris = parseUris(body[key]);
        if (!uris || uris.some((u) => !validUri(u)))
          return error(r, 400, 'InvalidRedirectUri', 'The redirect URI must start with https:// or http://localhost.');
        app[platform].redirectUris = uris;
      }
      return sendJson(r.res, 200, detail(directory, app));
    }
    return error(r, 405, 'MethodNotAllowed', method);
  }

  if (sub === 'secrets') {
    if (method === 'POST' && !parts[3]) {
      const description = str(body.description)?.trim() ?? '';
      const preset = str(body.expires) ?? '180d';
      const start = new Date();
      let end: Date;
      if (preset === 'custom') {
        const startInput = str(body.startDateTime);
        const endInput = str(body.endDateTime);
        const s = startInput ? new Date(startInput) : start;
        end = endInput ? new Date(endInput) : new Date(NaN);
        if (Number.isNaN(end.getTime()) || Number.isNaN(s.getTime()) || end <= s)
          return error(r, 400, 'InvalidDates', 'The end date must be after the start date.');
        if (end.getTime() - s.getTime() > 731 * 86400_000) return error(r, 400, 'InvalidDates', 'The expiry must be within 24 months of the start date.');
        start.setTime(s.getTime());
      } else {
        const days = PRESET_DAYS[preset as keyof typeof PRESET_DAYS];
        if (!days) return error(r, 400, 'InvalidExpiry', `Unknown expiry preset ${preset}.`);
        end = new Date(start.getTime() + days * 86400_000);
      }
      const c = directory.addPassword(app, { displayName: description, startDateTime: start.toISOString(), endDateTime: end.toISOString() });
      const created: NewSecret = {
        keyId: c.keyId,
        hint: c.hint,
        displayName: c.displayName,
        startDateTime: c.startDateTime,
        endDateTime: c.endDateTime,
        secretText: c.secretText,
      };
      return sendJson(r.res, 201, created);
    }
    if (method === 'DELETE' && parts[3]) {
      const before = app.passwordCredentials.length;
      app.passwordCredentials = app.passwordCredentials.filter((c) => c.keyId !== part(3).toLowerCase());
      if (app.passwordCredentials.length === before) return error(r, 404, 'NotFound', 'No such secret.');
      return sendJson(r.res, 200, detail(directory, app));
    }
    return error(r, 405, 'MethodNotAllowed', method);
  }

  if (sub === 'redirect-uris' && method === 'POST') {
    const platform = str(body.platform) === 'spa' ? 'spa' : 'web';
    const uris = parseUris(body.uris) ?? (str(body.uri) ? [str(body.uri) ?? ''] : undefined);
    if (!uris?.length || uris.some((u) => !validUri(u)))
      return error(r, 400, 'InvalidRedirectUri', 'The redirect URI must start with https:// or http://localhost.');
    for (const u of uris) if (!app[platform].redirectUris.includes(u)) app[platform].redirectUris.push(u);
    return sendJson(r.res, 200, detail(directory, app));
  }

  if (sub === 'permissions') {
    if (method === 'GET') return sendJson(r.res, 200, permissionStatus(directory, app));
    if (method === 'POST') {
      const resourceAppId = str(body.resourceAppId)?.toLowerCase() ?? '';
      const list = Array.isArray(body.permissions) ? body.permissions : [];
      for (const item of list) {
        if (!isRecord(item)) continue;
        const id = str(item.id);
        const type = item.type === 'Role' ? 'Role' : item.type === 'Scope' ? 'Scope' : undefined;
        if (!id || !type || !findPermission(resourceAppId, id, type))
          return error(r, 400, 'InvalidPermission', `Unknown permission ${String(id)} (${String(type)}).`);
        directory.addPermission(app, resourceAppId, id, type);
      }
      return sendJson(r.res, 200, permissionStatus(directory, app));
    }
    if (method === 'DELETE') {
      const resourceAppId = url.searchParams.get('resourceAppId') ?? '';
      const id = url.searchParams.get('id') ?? '';
      const type = url.searchParams.get('type') === 'Role' ? 'Role' : 'Scope';
      directory.removePermission(app, resourceAppId, id, type);
      app.requiredResourceAccess = app.requiredResourceAccess.filter((x) => x.resourceAccess.length > 0);
      return sendJson(r.res, 200, permissionStatus(directory, app));
    }
    return error(r, 405, 'MethodNotAllowed', method);
  }

  if (sub === 'consent' && method === 'POST') {
    grantConsent(directory, app);
    return sendJson(r.res, 200, permissionStatus(directory, app));
  }
  if (sub === 'consent' && method === 'GET') return sendJson(r.res, 200, directory.consentStatus(app));

  if (sub === 'service-principal' && method === 'GET') {
    const sp = directory.findServicePrincipal(app.appId, app.tenantId);
    if (!sp) return error(r, 404, 'Request_ResourceNotFound', 'No service principal.');
    const info: ServicePrincipalInfo = { ...sp, applicationObjectId: app.id };
    return sendJson(r.res, 200, info);
  }

  return error(r, 404, 'NotFound', `No API route ${method} ${url.pathname}`);
}
