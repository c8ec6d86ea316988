/**
 * Replica of Microsoft Graph (graph.microsoft.com), v1.0 (beta is answered the same way).
 * Needs a bearer token issued by the login replica for Graph; the tenant is the token's `tid`.
 *
 *   GET   /me, /organization
 *   GET   /applications[?$filter=appId eq '…'][&$select=…]      POST /applications
 *   GET   /applications(appId='…'), /applications/{id}          PATCH the same
 *   POST  /applications/{id}/addPassword, /applications/{id}/removePassword   (also via (appId='…'))
 *   GET   /servicePrincipals[?$filter=appId eq '…']              POST /servicePrincipals
 *   GET   /servicePrincipals(appId='…'), /servicePrincipals/{id}
 *   GET   /servicePrincipals/{id}/appRoleAssignments, /servicePrincipals/{id}/appRoleAssignedTo
 *   POST  /servicePrincipals/{id}/appRoleAssignedTo, /servicePrincipals/{id}/appRoleAssignments
 *   GET   /oauth2PermissionGrants[?$filter=clientId eq '…']      POST /oauth2PermissionGrants
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { GRAPH_APP_ID, type Application, type Directory, type RequiredResourceAccess, type ServicePrincipal, type Tenant } from '../directory';
import { sendJson } from '../http-util';
import { GUID_RE, findPermission, tenantAdmin, verifyJwt } from '../identity-tokens';
import type { HostHandler, ReplicaRequest } from '../types';
import {
  appRoleAssignmentJson,
  applicationJson,
  grantJson,
  organizationJson,
  passwordCredentialJson,
  servicePrincipalJson,
  userJson,
  type Json,
  type JsonObject,
} from './serialize';

const EXPOSE =
  'ETag, Location, Preference-Applied, Content-Range, request-id, client-request-id, ReadWriteConsistencyToken, SdkVersion, WWW-Authenticate, x-ms-client-gcc-tenant, Retry-After';

interface Ctx {
  r: ReplicaRequest;
  version: string;
  requestId: string;
  clientRequestId: string;
}

function headers(ctx: Ctx, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': EXPOSE,
    'request-id': ctx.requestId,
    'client-request-id': ctx.clientRequestId,
    'odata-version': '4.0',
    ...extra,
  };
}

function graphError(ctx: Ctx, status: number, code: string, message: string, extra: Record<string, string> = {}): true {
  return sendJson(
    ctx.r.res,
    status,
    {
      error: {
        code,
        message,
        innerError: { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': ctx.requestId, 'client-request-id': ctx.clientRequestId },
      },
    },
    headers(ctx, extra),
  );
}

function ok(ctx: Ctx, status: number, value: JsonObject): true {
  return sendJson(ctx.r.res, status, value, headers(ctx));
}

function noContent(ctx: Ctx): true {
  const res: ServerResponse = ctx.r.res;
  res.writeHead(204, { 'cache-control': 'no-store', ...headers(ctx) });
  res.end();
  return true;
}

const notFound = (ctx: Ctx, key: string) =>
  graphError(ctx, 404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
const denied = (ctx: Ctx) => graphError(ctx, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
const badRequest = (ctx: Ctx, message: string, code = 'Request_BadRequest') => graphError(ctx, 400, code, message);

// ---- auth --------------------------------------------------------------------------------------

interface Caller {
  tenant: Tenant;
  appId: string;
  oid: string;
  delegated: boolean;
  scopes: Set<string>;
  roles: Set<string>;
}

const GRAPH_AUDIENCES = ['https://graph.microsoft.com', 'https://graph.microsoft.com/', GRAPH_APP_ID];
const WWW_AUTH = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="${GRAPH_APP_ID}"`;

function authenticate(ctx: Ctx): Caller | true {
  const { req, directory } = ctx.r;
  const invalid = (message: string) => graphError(ctx, 401, 'InvalidAuthenticationToken', message, { 'www-authenticate': WWW_AUTH });
  const header = req.headers.authorization;
  if (!header || !/^bearer\s+/i.test(header) || !header.replace(/^bearer\s+/i, '').trim()) return invalid('Access token is empty.');
  const token = header.replace(/^bearer\s+/i, '').trim();
  if (!token.includes('.'))
    return invalid('IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format.');
  const verified = verifyJwt(token);
  if (!verified.ok)
    return invalid(verified.reason === 'malformed' ? 'Invalid JWT token. The token is malformed.' : 'Access token validation failure. Invalid signature.');
  const p = verified.payload;
  if (typeof p.aud !== 'string' || !GRAPH_AUDIENCES.includes(p.aud)) return invalid('Access token validation failure. Invalid audience.');
  if (typeof p.exp !== 'number' || p.exp * 1000 < Date.now()) return invalid('Lifetime validation failed, the token is expired.');
  const tenant = typeof p.tid === 'string' ? directory.findTenant(p.tid) : undefined;
  if (!tenant) return invalid('Access token validation failure. Invalid issuer.');
  const scp = typeof p.scp === 'string' ? p.scp.split(' ').filter(Boolean) : [];
  const roles = Array.isArray(p.roles) ? p.roles.filter((x): x is string => typeof x === 'string') : [];
  return {
    tenant,
    appId: typeof p.appid === 'string' ? p.appid : '',
    oid: typeof p.oid === 'string' ? p.oid : '',
    delegated: p.idtyp !== 'app' && typeof p.scp === 'string',
    scopes: new Set(scp.map((s) => s.toLowerCase())),
    roles: new Set(roles.map((s) => s.toLowerCase())),
  };
}

const PERMS = {
  readApps: {
    scp: ['Application.Read.All', 'Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    roles: ['Application.Read.All', 'Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  },
  writeApps: { scp: ['Application.ReadWrite.All', 'Directory.AccessAsUser.All'], roles: ['Application.ReadWrite.All', 'Application.ReadWrite.OwnedBy'] },
  readGrants: {
    scp: [
      'Directory.Read.All',
      'Directory.ReadWrite.All',
      'DelegatedPermissionGrant.Read.All',
      'DelegatedPermissionGrant.ReadWrite.All',
      'Directory.AccessAsUser.All',
    ],
    roles: ['Directory.Read.All', 'Directory.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'],
  },
  writeGrants: { scp: ['DelegatedPermissionGrant.ReadWrite.All', 'Directory.AccessAsUser.All'], roles: ['DelegatedPermissionGrant.ReadWrite.All'] },
  readAssignments: {
    scp: [
      'Application.Read.All',
      'Application.ReadWrite.All',
      'AppRoleAssignment.ReadWrite.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
      'Directory.AccessAsUser.All',
    ],
    roles: ['Application.Read.All', 'Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'Directory.Read.All'],
  },
  writeAssignments: { scp: ['AppRoleAssignment.ReadWrite.All', 'Directory.AccessAsUser.All'], roles: ['AppRoleAssignment.ReadWrite.All'] },
  readUser: {
    scp: [
      'User.Read',
      'User.ReadWrite',
      'User.ReadBasic.All',
      'User.Read.All',
      'User.ReadWrite.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
      'Directory.AccessAsUser.All',
    ],
    roles: [],
  },
  readOrg: {
    scp: ['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    roles: ['Organization.Read.All', 'Directory.Read.All'],
  },
} as const;

function allowed(caller: Caller, need: { scp: readonly string[]; roles: readonly string[] }): boolean {
  return caller.delegated ? need.scp.some((s) => caller.scopes.has(s.toLowerCase())) : need.roles.some((s) => caller.roles.has(s.toLowerCase()));
}

// ---- OData query helpers ---------------------------------------------------------------------

function selectFields(ctx: Ctx): string[] | undefined {
  const raw = ctx.r.url.searchParams.get('$select');
  if (!raw) return undefined;
  const fields = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return fields.length ? fields : undefined;
}

function applySelect(obj: JsonObject, fields: string[] | undefined, typeName: string): JsonObject | string {
  if (!fields) return obj;
  const out: JsonObject = {};
  for (const f of fields) {
    const key = Object.keys(obj).find((k) => k.toLowerCase() === f.toLowerCase());
    if (!key) return `Could not find a property named '${f}' on type 'microsoft.graph.${typeName}'.`;
    out[key] = obj[key] as Json;
  }
  return out;
}

function context(ctx: Ctx, set: string, fields: string[] | undefined, entity: boolean): string {
  return `https://graph.microsoft.com/${ctx.version}/$metadata#${set}${fields ? `(${fields.join(',')})` : ''}${entity ? '/$entity' : ''}`;
}

type Filter = { prop: string; value: string }[];

function parseFilter(ctx: Ctx, allowedProps: string[]): Filter | string | undefined {
  const raw = ctx.r.url.searchParams.get('$filter');
  if (!raw) return undefined;
  const clauses = raw.split(/\s+and\s+/i);
  const out: Filter = [];
  for (const c of clauses) {
    const m = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(c);
    if (!m) return `Invalid filter clause: ${c.trim()}`;
    const prop = allowedProps.find((p) => p.toLowerCase() === (m[1] ?? '').toLowerCase());
    if (!prop) return `Unsupported or invalid query filter clause specified for property '${m[1]}'.`;
    out.push({ prop, value: (m[2] ?? '').replace(/''/g, "'") });
  }
  return out;
}

function matches(obj: JsonObject, filter: Filter | undefined): boolean {
  if (!filter) return true;
  return filter.every(({ prop, value }) => {
    const v = obj[prop];
    return typeof v === 'string' && (GUID_RE.test(value) ? v.toLowerCase() === value.toLowerCase() : v === value);
  });
}

function sendEntity(ctx: Ctx, set: string, typeName: string, obj: JsonObject, status = 200): true {
  const f = selectFields(ctx);
  const selected = applySelect(obj, f, typeName);
  if (typeof selected === 'string') return badRequest(ctx, selected, 'BadRequest');
  return ok(ctx, status, { '@odata.context': context(ctx, set, f, true), ...selected });
}

function sendCollection(ctx: Ctx, set: string, typeName: string, items: JsonObject[], filterProps: string[]): true {
  const filter = parseFilter(ctx, filterProps);
  if (typeof filter === 'string') return badRequest(ctx, filter, 'Request_UnsupportedQuery');
  const f = selectFields(ctx);
  const out: Json[] = [];
  for (const item of items.filter((i) => matches(i, filter))) {
    const selected = applySelect(item, f, typeName);
    if (typeof selected === 'string') return badRequest(ctx, selected, 'BadRequest');
    out.push(selected);
  }
  const top = Number(ctx.r.url.searchParams.get('$top'));
  return ok(ctx, 200, { '@odata.context': context(ctx, set, f, false), value: top > 0 ? out.slice(0, top) : out });
}

function parseBody(ctx: Ctx): JsonObject | undefined {
  try {
    const v: unknown = JSON.parse(ctx.r.body || '{}');
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

// ---- lookups ---------------------------------------------------------------------------------

/** `applications(appId='x')`, `applications/{id}` etc.: returns [collection, key kind, key, rest segments]. */
function parseKey(segment: string): { set: string; kind: 'appId' | 'id'; key: string } | undefined {
  const m = /^(\w+)\((?:appId=)?'([^']*)'\)$/i.exec(segment) ?? /^(\w+)\(([0-9a-f-]{36})\)$/i.exec(segment);
  if (!m) return undefined;
  return { set: m[1] ?? '', kind: /appId=/i.test(segment) ? 'appId' : 'id', key: m[2] ?? '' };
}

function appInTenant(d: Directory, tenant: Tenant, kind: 'appId' | 'id', key: string): Application | undefined {
  return d.applications.find((a) => a.tenantId === tenant.id && (kind === 'appId' ? a.appId === key.toLowerCase() : a.id === key.toLowerCase()));
}

function spInTenant(d: Directory, tenant: Tenant, kind: 'appId' | 'id', key: string): ServicePrincipal | undefined {
  return d.servicePrincipals.find((sp) => sp.tenantId === tenant.id && (kind === 'appId' ? sp.appId === key.toLowerCase() : sp.id === key.toLowerCase()));
}

function toRequiredResourceAccess(v: Json | undefined): RequiredResourceAccess[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: RequiredResourceAccess[] = [];
  for (const item of v) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
    const resourceAppId = item.resourceAppId;
    const access = item.resourceAccess;
    if (typeof resourceAppId !== 'string' || !Array.isArray(access)) continue;
    out.push({
      resourceAppId: resourceAppId.toLowerCase(),
      resourceAccess: access.flatMap((a) =>
        typeof a === 'object' && a !== null && !Array.isArray(a) && typeof a.id === 'string' && (a.type === 'Scope' || a.type === 'Role')
          ? [{ id: a.id.toLowerCase(), type: a.type }]
          : [],
      ),
    });
  }
  return out;
}

function redirectUrisOf(v: Json | undefined): string[] | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const uris = v.redirectUris;
  return Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string') : undefined;
}

const AUDIENCES: Application['signInAudience'][] = ['AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount'];

function applyAppPatch(app: Application, body: JsonObject): string | undefined {
  if ('displayName' in body) {
    if (typeof body.displayName !== 'string' || !body.displayName) return "Invalid value specified for property 'displayName' of resource 'Application'.";
    app.displayName = body.displayName;
  }
  if ('signInAudience' in body) {
    const a = AUDIENCES.find((x) => x === body.signInAudience);
    if (!a) return "Invalid value specified for property 'signInAudience' of resource 'Application'.";
    app.signInAudience = a;
  }
  if ('isFallbackPublicClient' in body) app.isFallbackPublicClient = body.isFallbackPublicClient === true;
  const rra = toRequiredResourceAccess(body.requiredResourceAccess);
  if (rra) app.requiredResourceAccess = rra;
  const spa = redirectUrisOf(body.spa);
  if (spa) app.spa.redirectUris = spa;
  const web = redirectUrisOf(body.web);
  if (web) app.web.redirectUris = web;
  return undefined;
}

// ---- routes ----------------------------------------------------------------------------------

function route(ctx: Ctx, caller: Caller, segments: string[]): true | false {
  const { directory: d, req } = ctx.r;
  const method = req.method ?? 'GET';
  const tenant = caller.tenant;
  const [first, second] = segments;
  const firstLower = (first ?? '').toLowerCase();
  const key = first ? parseKey(first) : undefined;
  const setName = (key?.set ?? first ?? '').toLowerCase();

  if (firstLower === 'me' && segments.length === 1 && method === 'GET') {
    if (!caller.delegated) return badRequest(ctx, '/me request is only valid with delegated authentication flow.', 'BadRequest');
    if (!allowed(caller, PERMS.readUser)) return denied(ctx);
    const user = tenantAdmin(tenant);
    if (user.oid !== caller.oid) return notFound(ctx, caller.oid);
    return sendEntity(ctx, 'users', 'user', userJson(user));
  }
  if (firstLower === 'organization' && segments.length === 1 && method === 'GET') {
    if (!allowed(caller, PERMS.readOrg)) return denied(ctx);
    return sendCollection(ctx, 'organization', 'organization', [organizationJson(tenant)], ['id']);
  }

  if (setName === 'applications') {
    // /applications
    if (!key && segments.length === 1) {
      if (method === 'GET') {
        if (!allowed(caller, PERMS.readApps)) return denied(ctx);
        const items = d.applications.filter((a) => a.tenantId === tenant.id).map((a) => applicationJson(a, d));
        return sendCollection(ctx, 'applications', 'application', items, ['appId', 'displayName', 'id']);
      }
      if (method === 'POST') {
        if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
        const body = parseBody(ctx);
        if (!body || typeof body.displayName !== 'string' || !body.displayName)
          return badRequest(ctx, "Property 'displayName' is required.", 'Request_BadRequest');
        const app = d.createApplication({ displayName: body.displayName, tenantId: tenant.id });
        // Unlike the portal, Graph's POST /applications creates no service principal.
        d.servicePrincipals = d.servicePrincipals.filter((sp) => !(sp.appId === app.appId && sp.tenantId === tenant.id));
        app.requiredResourceAccess = [];
        const error = applyAppPatch(app, body);
        if (error) return badRequest(ctx, error);
        return sendEntity(ctx, 'applications', 'application', applicationJson(app, d), 201);
      }
      return false;
    }
    const lookup = key ?? (second && GUID_RE.test(second) ? { set: 'applications', kind: 'id' as const, key: second } : undefined);
    if (!lookup) return false;
    const rest = key ? segments.slice(1) : segments.slice(2);
    const app = appInTenant(d, tenant, lookup.kind, lookup.key);
    if (rest.length === 0) {
      if (method === 'GET') {
        if (!allowed(caller, PERMS.readApps)) return denied(ctx);
        if (!app) return notFound(ctx, lookup.key);
        return sendEntity(ctx, 'applications', 'application', applicationJson(app, d));
      }
      if (method === 'PATCH') {
        if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
        if (!app) return notFound(ctx, lookup.key);
        const body = parseBody(ctx);
        if (!body) return badRequest(ctx, 'Invalid request body.', 'BadRequest');
        const error = applyAppPatch(app, body);
        if (error) return badRequest(ctx, error);
        return noContent(ctx);
      }
      return false;
    }
    const action = (rest[0] ?? '').toLowerCase().replace(/^microsoft\.graph\./, '');
    if (rest.length === 1 && method === 'POST' && (action === 'addpassword' || action === 'removepassword')) {
      if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
      if (!app) return notFound(ctx, lookup.key);
      const body = parseBody(ctx) ?? {};
      if (action === 'addpassword') {
        const pc =
          typeof body.passwordCredential === 'object' && body.passwordCredential !== null && !Array.isArray(body.passwordCredential)
            ? body.passwordCredential
            : {};
        const end =
          typeof pc.endDateTime === 'string' && !Number.isNaN(Date.parse(pc.endDateTime))
            ? new Date(pc.endDateTime).toISOString()
            : new Date(Date.now() + 730 * 24 * 3600_000).toISOString();
        const cred = d.addPassword(app, { displayName: typeof pc.displayName === 'string' ? pc.displayName : '', endDateTime: end });
        return ok(ctx, 200, {
          '@odata.context': `https://graph.microsoft.com/${ctx.version}/$metadata#microsoft.graph.passwordCredential`,
          ...passwordCredentialJson(cred, true),
        });
      }
      const keyId = typeof body.keyId === 'string' ? body.keyId.toLowerCase() : '';
      if (!app.passwordCredentials.some((c) => c.keyId === keyId)) return notFound(ctx, keyId);
      app.passwordCredentials = app.passwordCredentials.filter((c) => c.keyId !== keyId);
      return noContent(ctx);
    }
    return false;
  }

  if (setName === 'serviceprincipals') {
    if (!key && segments.length === 1) {
      if (method === 'GET') {
        if (!allowed(caller, PERMS.readApps)) return denied(ctx);
        const items = d.servicePrincipals.filter((sp) => sp.tenantId === tenant.id).map((sp) => servicePrincipalJson(sp, d));
        return sendCollection(ctx, 'servicePrincipals', 'servicePrincipal', items, ['appId', 'displayName', 'id']);
      }
      if (method === 'POST') {
        if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
        const body = parseBody(ctx);
        const appId = body && typeof body.appId === 'string' ? body.appId.toLowerCase() : '';
        const app = d.findApp(appId, tenant.id) ?? d.applications.find((a) => a.appId === appId && a.signInAudience !== 'AzureADMyOrg');
        if (!app) return badRequest(ctx, `The appId '${appId}' of the service principal does not reference a valid application object.`);
        if (d.findServicePrincipal(appId, tenant.id)) {
          return graphError(
            ctx,
            409,
            'Request_MultipleObjectsWithSameKeyValue',
            'The service principal cannot be created, updated, or restored because the service principal name ' + appId + ' is already in use.',
          );
        }
        const sp: ServicePrincipal = { id: randomUUID(), appId, tenantId: tenant.id, displayName: app.displayName };
        d.servicePrincipals.push(sp);
        return sendEntity(ctx, 'servicePrincipals', 'servicePrincipal', servicePrincipalJson(sp, d), 201);
      }
      return false;
    }
    const lookup = key ?? (second && GUID_RE.test(second) ? { set: 'servicePrincipals', kind: 'id' as const, key: second } : undefined);
    if (!lookup) return false;
    const rest = key ? segments.slice(1) : segments.slice(2);
    const sp = spInTenant(d, tenant, lookup.kind, lookup.key);
    if (rest.length === 0 && method === 'GET') {
      if (!allowed(caller, PERMS.readApps)) return denied(ctx);
      if (!sp) return notFound(ctx, lookup.key);
      return sendEntity(ctx, 'servicePrincipals', 'servicePrincipal', servicePrincipalJson(sp, d));
    }
    const nav = rest[0]?.toLowerCase();
    if (rest.length === 1 && (nav === 'approleassignments' || nav === 'approleassignedto')) {
      const navName = nav === 'approleassignments' ? 'appRoleAssignments' : 'appRoleAssignedTo';
      if (method === 'GET') {
        if (!allowed(caller, PERMS.readAssignments)) return denied(ctx);
        if (!sp) return notFound(ctx, lookup.key);
        const items = d.appRoleAssignments
          .filter((a) => (nav === 'approleassignments' ? a.principalId === sp.id : a.resourceId === sp.id))
          .map((a) => appRoleAssignmentJson(a, d));
        return sendCollection(ctx, `servicePrincipals('${sp.id}')/${navName}`, 'appRoleAssignment', items, ['resourceId', 'principalId', 'appRoleId']);
      }
      if (method === 'POST') {
        if (!allowed(caller, PERMS.writeAssignments)) return denied(ctx);
        if (!sp) return notFound(ctx, lookup.key);
        const body = parseBody(ctx) ?? {};
        const principalId = typeof body.principalId === 'string' ? body.principalId.toLowerCase() : '';
        const resourceId = typeof body.resourceId === 'string' ? body.resourceId.toLowerCase() : '';
        const appRoleId = typeof body.appRoleId === 'string' ? body.appRoleId.toLowerCase() : '';
        const principal = d.servicePrincipals.find((x) => x.id === principalId && x.tenantId === tenant.id);
        const resource = d.servicePrincipals.find((x) => x.id === resourceId && x.tenantId === tenant.id);
        if (!principal || !resource) return notFound(ctx, principal ? resourceId : principalId);
        if ((nav === 'approleassignedto' && resource.id !== sp.id) || (nav === 'approleassignments' && principal.id !== sp.id)) {
          return badRequest(ctx, 'The appRoleAssignment is not valid for this service principal.');
        }
        if (!findPermission(resource.appId, appRoleId, 'Role'))
          return badRequest(ctx, 'Permission being assigned was not found on application', 'Request_BadRequest');
        const existing = d.appRoleAssignments.find((a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId === appRoleId);
        if (existing) return badRequest(ctx, 'Permission being assigned already exists on the object', 'Request_BadRequest');
        const assignment = { id: randomUUID(), principalId: principal.id, resourceId: resource.id, appRoleId };
        d.appRoleAssignments.push(assignment);
        return ok(ctx, 201, {
          '@odata.context': context(ctx, `servicePrincipals('${sp.id}')/${navName}`, undefined, true),
          ...appRoleAssignmentJson(assignment, d),
        });
      }
    }
    return false;
  }

  if (setName === 'oauth2permissiongrants' && !key && segments.length === 1) {
    const tenantSpIds = new Set(d.servicePrincipals.filter((sp) => sp.tenantId === tenant.id).map((sp) => sp.id));
    if (method === 'GET') {
      if (!allowed(caller, PERMS.readGrants)) return denied(ctx);
      const items = d.grants.filter((g) => tenantSpIds.has(g.clientId)).map(grantJson);
      return sendCollection(ctx, 'oauth2PermissionGrants', 'oAuth2PermissionGrant', items, ['clientId', 'resourceId', 'consentType', 'id']);
    }
    if (method === 'POST') {
      if (!allowed(caller, PERMS.writeGrants)) return denied(ctx);
      const body = parseBody(ctx) ?? {};
      const clientId = typeof body.clientId === 'string' ? body.clientId.toLowerCase() : '';
      const resourceId = typeof body.resourceId === 'string' ? body.resourceId.toLowerCase() : '';
      const scope = typeof body.scope === 'string' ? body.scope.trim() : '';
      const consentType = body.consentType === 'Principal' ? 'Principal' : body.consentType === 'AllPrincipals' ? 'AllPrincipals' : undefined;
      if (!consentType) return badRequest(ctx, "Invalid value specified for property 'consentType' of resource 'OAuth2PermissionGrant'.");
      if (!tenantSpIds.has(clientId)) return notFound(ctx, clientId);
      if (!tenantSpIds.has(resourceId)) return notFound(ctx, resourceId);
      if (d.grants.some((g) => g.clientId === clientId && g.resourceId === resourceId && g.consentType === consentType)) {
        return graphError(ctx, 409, 'Request_MultipleObjectsWithSameKeyValue', 'Permission entry already exists.');
      }
      const grant = { id: randomUUID(), clientId, consentType, resourceId, scope } as const;
      d.grants.push({ ...grant });
      return sendEntity(ctx, 'oauth2PermissionGrants', 'oAuth2PermissionGrant', grantJson({ ...grant }), 201);
    }
  }
  return false;
}

function preflight(r: ReplicaRequest): true {
  const requested = r.req.headers['access-control-request-headers'];
  r.res.writeHead(200, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': typeof requested === 'string' && requested ? requested : 'authorization, content-type',
    'access-control-max-age': '3600',
    'content-length': '0',
  });
  r.res.end();
  return true;
}

export const graphHandler: HostHandler = (r) => {
  if (r.req.method === 'OPTIONS') return preflight(r);
  const path = decodeURIComponent(r.url.pathname);
  const segments = path.split('/').filter(Boolean);
  const version = segments.shift();
  if (version !== 'v1.0' && version !== 'beta') return false;
  const clientRequestId = typeof r.req.headers['client-request-id'] === 'string' ? r.req.headers['client-request-id'] : randomUUID();
  const ctx: Ctx = { r, version, requestId: randomUUID(), clientRequestId };
  const caller = authenticate(ctx);
  if (caller === true) return true;
  const handled = route(ctx, caller, segments);
  if (handled) return true;
  return graphError(ctx, 400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);
};
