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
 *   GET, PATCH, DELETE /oauth2PermissionGrants/{id}
 *   DELETE /applications/{id}, /servicePrincipals/{id}, /servicePrincipals/{id}/appRoleAssignedTo/{assignmentId}
 *   GET   /policies/defaultAppManagementPolicy
 * $filter takes `prop eq 'value'` clauses joined by `and`, and `startswith(prop,'value')`.
 *
 * Delegated calls need the app's scope (`scp`) and the signed-in user's right (`wids`, see
 * authz.ts); app-only calls need the app role (`roles`). New objects persist in the shared
 * Directory, so the login replica accepts a secret created here. Failures Microsoft produces
 * (throttling, objects not yet visible, secret lifetime policies, a network that goes away)
 * are switched per tenant in switches.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  GRAPH_APP_ID,
  type Application,
  type Directory,
  type OAuth2PermissionGrant,
  type RequiredResourceAccess,
  type ServicePrincipal,
  type Tenant,
} from '../directory';
import { sendJson } from '../http-util';
import { GUID_RE, findPermission, findUser, verifyJwt } from '../identity-tokens';
import type { HostHandler, ReplicaRequest } from '../types';
import { userMay, type DirectoryAction } from './authz';
import { defaultAppManagementPolicyJson, passwordPolicyError } from './policy';
import { handleControl, isVisible, logGraphRequest, markCreated, tenantRuntime } from './switches';
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
  /** "Network gone" right after this request: it is applied but its answer is lost. */
  dropAnswer: boolean;
}

/** Every answer goes through here, so that a dropped one is never sent. */
function respond(ctx: Ctx, status: number, body: unknown, extra: Record<string, string>): true {
  if (ctx.dropAnswer) {
    ctx.r.res.destroy();
    return true;
  }
  if (body === undefined) {
    const res: ServerResponse = ctx.r.res;
    res.writeHead(status, { 'cache-control': 'no-store', ...extra });
    res.end();
    return true;
  }
  return sendJson(ctx.r.res, status, body, extra);
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
  return respond(
    ctx,
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

function ok(ctx: Ctx, status: number, value: JsonObject, extra: Record<string, string> = {}): true {
  return respond(ctx, status, value, headers(ctx, extra));
}

function noContent(ctx: Ctx): true {
  return respond(ctx, 204, undefined, headers(ctx));
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
  /** The signed-in user's directory role template ids (delegated only). */
  wids: Set<string>;
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
  const wids = Array.isArray(p.wids) ? p.wids.filter((x): x is string => typeof x === 'string') : [];
  return {
    tenant,
    appId: typeof p.appid === 'string' ? p.appid : '',
    oid: typeof p.oid === 'string' ? p.oid : '',
    delegated: p.idtyp !== 'app' && typeof p.scp === 'string',
    scopes: new Set(scp.map((s) => s.toLowerCase())),
    roles: new Set(roles.map((s) => s.toLowerCase())),
    wids: new Set(wids.map((s) => s.toLowerCase())),
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
  readPolicy: {
    scp: ['Policy.Read.All', 'Policy.ReadWrite.ApplicationConfiguration'],
    roles: ['Policy.Read.All', 'Policy.ReadWrite.ApplicationConfiguration'],
  },
  readOrg: {
    scp: ['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All'],
    roles: ['Organization.Read.All', 'Directory.Read.All'],
  },
} as const;

function allowed(caller: Caller, need: { scp: readonly string[]; roles: readonly string[] }): boolean {
  return caller.delegated ? need.scp.some((s) => caller.scopes.has(s.toLowerCase())) : need.roles.some((s) => caller.roles.has(s.toLowerCase()));
}

/** The user's own right (app-only callers have none to check: their app role is the right). */
function userAllowed(caller: Caller, action: DirectoryAction): boolean {
  return !caller.delegated || userMay(caller.wids, action);
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

type Filter = { prop: string; value: string; op: 'eq' | 'startswith' }[];

/** `a and b`, split outside string literals (a name may contain " and "). */
function splitAnd(raw: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "'") quoted = !quoted;
    else if (!quoted) {
      const m = /^\s+and\s+/i.exec(raw.slice(i));
      if (m && /\s/.test(raw[i] ?? '')) {
        out.push(raw.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  out.push(raw.slice(start));
  return out;
}

function parseFilter(ctx: Ctx, allowedProps: string[]): Filter | string | undefined {
  const raw = ctx.r.url.searchParams.get('$filter');
  if (!raw) return undefined;
  const clauses = splitAnd(raw);
  const out: Filter = [];
  for (const c of clauses) {
    const eq = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(c);
    const sw = /^\s*startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i.exec(c);
    const m = eq ?? sw;
    if (!m) return `Invalid filter clause: ${c.trim()}`;
    const prop = allowedProps.find((p) => p.toLowerCase() === (m[1] ?? '').toLowerCase());
    if (!prop) return `Unsupported or invalid query filter clause specified for property '${m[1]}'.`;
    out.push({ prop, value: (m[2] ?? '').replace(/''/g, "'"), op: eq ? 'eq' : 'startswith' });
  }
  return out;
}

/** Graph compares GUIDs case-insensitively, displayName eq case-insensitively too, startswith likewise. */
function matches(obj: JsonObject, filter: Filter | undefined): boolean {
  if (!filter) return true;
  return filter.every(({ prop, value, op }) => {
    const v = obj[prop];
    if (typeof v !== 'string') return false;
    return op === 'eq' ? v.toLowerCase() === value.toLowerCase() : v.toLowerCase().startsWith(value.toLowerCase());
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
  return d.applications.find(
    (a) => a.tenantId === tenant.id && (kind === 'appId' ? a.appId === key.toLowerCase() : a.id === key.toLowerCase()) && isVisible(d, a),
  );
}

function spInTenant(d: Directory, tenant: Tenant, kind: 'appId' | 'id', key: string): ServicePrincipal | undefined {
  return d.servicePrincipals.find(
    (sp) => sp.tenantId === tenant.id && (kind === 'appId' ? sp.appId === key.toLowerCase() : sp.id === key.toLowerCase()) && isVisible(d, sp),
  );
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
  if ('tags' in body) {
    if (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string'))
      return "Invalid value specified for property 'tags' of resource 'Application'.";
    app.tags = body.tags.filter((t): t is string => typeof t === 'string');
  }
  if ('notes' in body) {
    if (body.notes !== null && typeof body.notes !== 'string') return "Invalid value specified for property 'notes' of resource 'Application'.";
    app.notes = body.notes;
  }
  const rra = toRequiredResourceAccess(body.requiredResourceAccess);
  if (rra) app.requiredResourceAccess = rra;
  const spa = redirectUrisOf(body.spa);
  if (spa) app.spa.redirectUris = spa;
  const web = redirectUrisOf(body.web);
  if (web) app.web.redirectUris = web;
  return undefined;
}

// ---- routes ----------------------------------------------------------------------------------

const DAY_MS = 24 * 3600_000;
/** addPassword without an endDateTime: two years, as Graph does. */
const DEFAULT_SECRET_LIFETIME_MS = 730 * DAY_MS;

const invalidAppId = (ctx: Ctx, appId: string) =>
  badRequest(ctx, `The appId '${appId}' of the service principal does not reference a valid application object.`);

function tenantSwitches(ctx: Ctx, tenant: Tenant) {
  return tenantRuntime(ctx.r.directory, tenant.id).switches;
}

function isOwner(caller: Caller, app: Application): boolean {
  return caller.delegated && app.ownerIds.includes(caller.oid);
}

/** Deleting an application takes its service principal in the home tenant, with that one's grants and assignments. */
function deleteApplication(d: Directory, app: Application): void {
  const sps = d.servicePrincipals.filter((sp) => sp.appId === app.appId && sp.tenantId === app.tenantId).map((sp) => sp.id);
  d.applications = d.applications.filter((a) => a !== app);
  for (const id of sps) deleteServicePrincipal(d, id);
}

function deleteServicePrincipal(d: Directory, id: string): void {
  d.servicePrincipals = d.servicePrincipals.filter((sp) => sp.id !== id);
  d.grants = d.grants.filter((g) => g.clientId !== id);
  d.appRoleAssignments = d.appRoleAssignments.filter((a) => a.principalId !== id);
}

function routeApplications(ctx: Ctx, caller: Caller, segments: string[], key: ReturnType<typeof parseKey>): boolean {
  const { directory: d, req } = ctx.r;
  const method = req.method ?? 'GET';
  const tenant = caller.tenant;
  const second = segments[1];
  if (!key && segments.length === 1) {
    if (method === 'GET') {
      if (!allowed(caller, PERMS.readApps)) return denied(ctx);
      const items = d.applications.filter((a) => a.tenantId === tenant.id && isVisible(d, a)).map((a) => applicationJson(a, d));
      return sendCollection(ctx, 'applications', 'application', items, ['appId', 'displayName', 'id']);
    }
    if (method === 'POST') {
      if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
      if (!userAllowed(caller, { kind: 'create-app', usersCanRegisterApps: tenantSwitches(ctx, tenant).usersCanRegisterApps ?? true })) return denied(ctx);
      const body = parseBody(ctx);
      if (!body || typeof body.displayName !== 'string' || !body.displayName)
        return badRequest(ctx, "Property 'displayName' is required.", 'Request_BadRequest');
      const app = d.createApplication({ displayName: body.displayName, tenantId: tenant.id });
      // Unlike the portal, Graph's POST /applications creates no service principal and requests no permission.
      d.servicePrincipals = d.servicePrincipals.filter((sp) => !(sp.appId === app.appId && sp.tenantId === tenant.id));
      app.requiredResourceAccess = [];
      if (caller.delegated) app.ownerIds = [caller.oid];
      const error = applyAppPatch(app, body);
      if (error) {
        d.applications = d.applications.filter((a) => a !== app);
        return badRequest(ctx, error);
      }
      markCreated(d, tenant.id, app);
      const f = selectFields(ctx);
      return ok(
        ctx,
        201,
        { '@odata.context': context(ctx, 'applications', f, true), ...applicationJson(app, d) },
        { location: `https://graph.microsoft.com/v2/${tenant.id}/directoryObjects/${app.id}/Microsoft.DirectoryServices.Application` },
      );
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
    if (method === 'PATCH' || method === 'DELETE') {
      if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
      if (!app) return notFound(ctx, lookup.key);
      if (!userAllowed(caller, { kind: 'manage-app', isOwner: isOwner(caller, app) })) return denied(ctx);
      if (method === 'DELETE') {
        deleteApplication(d, app);
        return noContent(ctx);
      }
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
    if (!userAllowed(caller, { kind: 'manage-app', isOwner: isOwner(caller, app) })) return denied(ctx);
    const body = parseBody(ctx) ?? {};
    if (action === 'addpassword') return addPassword(ctx, app, body);
    const keyId = typeof body.keyId === 'string' ? body.keyId.toLowerCase() : '';
    if (!app.passwordCredentials.some((c) => c.keyId === keyId)) return notFound(ctx, keyId);
    app.passwordCredentials = app.passwordCredentials.filter((c) => c.keyId !== keyId);
    return noContent(ctx);
  }
  return false;
}

function addPassword(ctx: Ctx, app: Application, body: JsonObject): true {
  const pc =
    typeof body.passwordCredential === 'object' && body.passwordCredential !== null && !Array.isArray(body.passwordCredential) ? body.passwordCredential : {};
  const dateOf = (v: Json | undefined) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : undefined);
  if (pc.endDateTime !== undefined && pc.endDateTime !== null && dateOf(pc.endDateTime) === undefined)
    return badRequest(ctx, "Invalid value specified for property 'endDateTime' of resource 'PasswordCredential'.");
  const start = dateOf(pc.startDateTime) ?? Date.now();
  const end = dateOf(pc.endDateTime) ?? start + DEFAULT_SECRET_LIFETIME_MS;
  if (end <= start) return badRequest(ctx, 'The end date must be after the start date.', 'Request_BadRequest');
  const policyError = passwordPolicyError(tenantRuntime(ctx.r.directory, app.tenantId).switches, start, end);
  if (policyError) return badRequest(ctx, policyError.message, policyError.code);
  const cred = ctx.r.directory.addPassword(app, {
    displayName: typeof pc.displayName === 'string' ? pc.displayName : '',
    startDateTime: new Date(start).toISOString(),
    endDateTime: new Date(end).toISOString(),
  });
  return ok(ctx, 200, {
    '@odata.context': `https://graph.microsoft.com/${ctx.version}/$metadata#microsoft.graph.passwordCredential`,
    ...passwordCredentialJson(cred, true),
  });
}

function routeServicePrincipals(ctx: Ctx, caller: Caller, segments: string[], key: ReturnType<typeof parseKey>): boolean {
  const { directory: d, req } = ctx.r;
  const method = req.method ?? 'GET';
  const tenant = caller.tenant;
  const second = segments[1];
  if (!key && segments.length === 1) {
    if (method === 'GET') {
      if (!allowed(caller, PERMS.readApps)) return denied(ctx);
      const items = d.servicePrincipals.filter((sp) => sp.tenantId === tenant.id && isVisible(d, sp)).map((sp) => servicePrincipalJson(sp, d));
      return sendCollection(ctx, 'servicePrincipals', 'servicePrincipal', items, ['appId', 'displayName', 'id']);
    }
    if (method === 'POST') {
      if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
      if (!userAllowed(caller, { kind: 'create-service-principal', usersCanRegisterApps: tenantSwitches(ctx, tenant).usersCanRegisterApps ?? true }))
        return denied(ctx);
      const body = parseBody(ctx);
      const appId = body && typeof body.appId === 'string' ? body.appId.toLowerCase() : '';
      const app = d.findApp(appId, tenant.id) ?? d.applications.find((a) => a.appId === appId && a.signInAudience !== 'AzureADMyOrg');
      // A just-created application may not be visible yet: Graph then answers as if it did not exist.
      if (!app || !isVisible(d, app)) return invalidAppId(ctx, appId);
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
      markCreated(d, tenant.id, sp);
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
  if (rest.length === 0 && method === 'DELETE') {
    if (!allowed(caller, PERMS.writeApps)) return denied(ctx);
    if (!sp) return notFound(ctx, lookup.key);
    const app = d.findApp(sp.appId, tenant.id);
    if (!app || !userAllowed(caller, { kind: 'manage-app', isOwner: isOwner(caller, app) })) return denied(ctx);
    deleteServicePrincipal(d, sp.id);
    return noContent(ctx);
  }
  const nav = rest[0]?.toLowerCase();
  if (nav !== 'approleassignments' && nav !== 'approleassignedto') return false;
  const navName = nav === 'approleassignments' ? 'appRoleAssignments' : 'appRoleAssignedTo';
  if (rest.length === 2 && method === 'DELETE') {
    if (!allowed(caller, PERMS.writeAssignments)) return denied(ctx);
    if (!sp) return notFound(ctx, lookup.key);
    const assignment = d.appRoleAssignments.find((a) => a.id === (rest[1] ?? '').toLowerCase() && (a.resourceId === sp.id || a.principalId === sp.id));
    if (!assignment) return notFound(ctx, rest[1] ?? '');
    const resource = d.servicePrincipals.find((x) => x.id === assignment.resourceId);
    if (!userAllowed(caller, { kind: 'assign-app-role', resourceAppId: resource?.appId ?? '' })) return denied(ctx);
    d.appRoleAssignments = d.appRoleAssignments.filter((a) => a !== assignment);
    return noContent(ctx);
  }
  if (rest.length !== 1) return false;
  if (method === 'GET') {
    if (!allowed(caller, PERMS.readAssignments)) return denied(ctx);
    if (!sp) return notFound(ctx, lookup.key);
    const items = d.appRoleAssignments
      .filter((a) => (nav === 'approleassignments' ? a.principalId === sp.id : a.resourceId === sp.id) && isVisible(d, a))
      .map((a) => appRoleAssignmentJson(a, d));
    return sendCollection(ctx, `servicePrincipals('${sp.id}')/${navName}`, 'appRoleAssignment', items, ['resourceId', 'principalId', 'appRoleId']);
  }
  if (method !== 'POST') return false;
  // Microsoft's least privilege for this call: AppRoleAssignment.ReadWrite.All and Application.Read.All.
  if (!allowed(caller, PERMS.writeAssignments) || !allowed(caller, PERMS.readApps)) return denied(ctx);
  if (!sp) return notFound(ctx, lookup.key);
  const body = parseBody(ctx) ?? {};
  const principalId = typeof body.principalId === 'string' ? body.principalId.toLowerCase() : '';
  const resourceId = typeof body.resourceId === 'string' ? body.resourceId.toLowerCase() : '';
  const appRoleId = typeof body.appRoleId === 'string' ? body.appRoleId.toLowerCase() : '';
  const principal = d.servicePrincipals.find((x) => x.id === principalId && x.tenantId === tenant.id && isVisible(d, x));
  const resource = d.servicePrincipals.find((x) => x.id === resourceId && x.tenantId === tenant.id && isVisible(d, x));
  if (!principal || !resource) return notFound(ctx, principal ? resourceId : principalId);
  if ((nav === 'approleassignedto' && resource.id !== sp.id) || (nav === 'approleassignments' && principal.id !== sp.id)) {
    return badRequest(ctx, 'The appRoleAssignment is not valid for this service principal.');
  }
  if (!userAllowed(caller, { kind: 'assign-app-role', resourceAppId: resource.appId })) return denied(ctx);
  if (!findPermission(resource.appId, appRoleId, 'Role'))
    return badRequest(ctx, 'Permission being assigned was not found on application', 'Request_BadRequest');
  const existing = d.appRoleAssignments.find((a) => a.principalId === principal.id && a.resourceId === resource.id && a.appRoleId === appRoleId);
  if (existing) return badRequest(ctx, 'Permission being assigned already exists on the object', 'Request_BadRequest');
  const assignment = { id: randomUUID(), principalId: principal.id, resourceId: resource.id, appRoleId };
  d.appRoleAssignments.push(assignment);
  markCreated(d, tenant.id, assignment);
  return ok(ctx, 201, {
    '@odata.context': context(ctx, `servicePrincipals('${sp.id}')/${navName}`, undefined, true),
    ...appRoleAssignmentJson(assignment, d),
  });
}

function routeGrants(ctx: Ctx, caller: Caller, segments: string[], key: ReturnType<typeof parseKey>): boolean {
  const { directory: d, req } = ctx.r;
  const method = req.method ?? 'GET';
  const tenant = caller.tenant;
  const tenantSpIds = new Set(d.servicePrincipals.filter((sp) => sp.tenantId === tenant.id && isVisible(d, sp)).map((sp) => sp.id));
  const inTenant = d.grants.filter((g) => tenantSpIds.has(g.clientId) && isVisible(d, g));
  if (!key && segments.length === 1) {
    if (method === 'GET') {
      if (!allowed(caller, PERMS.readGrants)) return denied(ctx);
      return sendCollection(ctx, 'oauth2PermissionGrants', 'oAuth2PermissionGrant', inTenant.map(grantJson), ['clientId', 'resourceId', 'consentType', 'id']);
    }
    if (method !== 'POST') return false;
    if (!allowed(caller, PERMS.writeGrants)) return denied(ctx);
    const body = parseBody(ctx) ?? {};
    const clientId = typeof body.clientId === 'string' ? body.clientId.toLowerCase() : '';
    const resourceId = typeof body.resourceId === 'string' ? body.resourceId.toLowerCase() : '';
    const scope = typeof body.scope === 'string' ? body.scope.trim() : '';
    const consentType = body.consentType === 'Principal' ? 'Principal' : body.consentType === 'AllPrincipals' ? 'AllPrincipals' : undefined;
    if (!consentType) return badRequest(ctx, "Invalid value specified for property 'consentType' of resource 'OAuth2PermissionGrant'.");
    if (!tenantSpIds.has(clientId)) return notFound(ctx, clientId);
    if (!tenantSpIds.has(resourceId)) return notFound(ctx, resourceId);
    if (!userAllowed(caller, { kind: 'grant-delegated' })) return denied(ctx);
    if (d.grants.some((g) => g.clientId === clientId && g.resourceId === resourceId && g.consentType === consentType)) {
      return graphError(ctx, 409, 'Request_MultipleObjectsWithSameKeyValue', 'Permission entry already exists.');
    }
    const grant: OAuth2PermissionGrant = { id: randomUUID(), clientId, consentType, resourceId, scope };
    d.grants.push(grant);
    markCreated(d, tenant.id, grant);
    return sendEntity(ctx, 'oauth2PermissionGrants', 'oAuth2PermissionGrant', grantJson(grant), 201);
  }
  const id = key?.key ?? (segments.length === 2 ? segments[1] : undefined);
  if (!id || segments.length > (key ? 1 : 2)) return false;
  const grant = inTenant.find((g) => g.id === id);
  if (method === 'GET') {
    if (!allowed(caller, PERMS.readGrants)) return denied(ctx);
    if (!grant) return notFound(ctx, id);
    return sendEntity(ctx, 'oauth2PermissionGrants', 'oAuth2PermissionGrant', grantJson(grant));
  }
  if (method !== 'PATCH' && method !== 'DELETE') return false;
  if (!allowed(caller, PERMS.writeGrants)) return denied(ctx);
  if (!grant) return notFound(ctx, id);
  if (!userAllowed(caller, { kind: 'grant-delegated' })) return denied(ctx);
  if (method === 'DELETE') {
    d.grants = d.grants.filter((g) => g !== grant);
    return noContent(ctx);
  }
  const body = parseBody(ctx) ?? {};
  if (typeof body.scope !== 'string') return badRequest(ctx, "Invalid value specified for property 'scope' of resource 'OAuth2PermissionGrant'.");
  grant.scope = body.scope.trim();
  return noContent(ctx);
}

function route(ctx: Ctx, caller: Caller, segments: string[]): boolean {
  const { req } = ctx.r;
  const method = req.method ?? 'GET';
  const tenant = caller.tenant;
  const [first, second] = segments;
  const firstLower = (first ?? '').toLowerCase();
  const key = first ? parseKey(first) : undefined;
  const setName = (key?.set ?? first ?? '').toLowerCase();

  if (firstLower === 'me' && segments.length === 1 && method === 'GET') {
    if (!caller.delegated) return badRequest(ctx, '/me request is only valid with delegated authentication flow.', 'BadRequest');
    if (!allowed(caller, PERMS.readUser)) return denied(ctx);
    const user = findUser(tenant, caller.oid);
    if (!user) return notFound(ctx, caller.oid);
    return sendEntity(ctx, 'users', 'user', userJson(user));
  }
  if (firstLower === 'organization' && segments.length === 1 && method === 'GET') {
    if (!allowed(caller, PERMS.readOrg)) return denied(ctx);
    return sendCollection(ctx, 'organization', 'organization', [organizationJson(tenant)], ['id']);
  }
  if (firstLower === 'policies' && second?.toLowerCase() === 'defaultappmanagementpolicy' && segments.length === 2 && method === 'GET') {
    if (!allowed(caller, PERMS.readPolicy)) return denied(ctx);
    return ok(ctx, 200, defaultAppManagementPolicyJson(tenantSwitches(ctx, tenant), ctx.version));
  }
  if (setName === 'applications') return routeApplications(ctx, caller, segments, key);
  if (setName === 'serviceprincipals') return routeServicePrincipals(ctx, caller, segments, key);
  if (setName === 'oauth2permissiongrants') return routeGrants(ctx, caller, segments, key);
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

const WRITE_METHODS = ['POST', 'PATCH', 'PUT', 'DELETE'];

export const graphHandler: HostHandler = (r) => {
  if (r.req.method === 'OPTIONS') return preflight(r);
  if (handleControl(r)) return true;
  const path = decodeURIComponent(r.url.pathname);
  const segments = path.split('/').filter(Boolean);
  const version = segments.shift();
  if (version !== 'v1.0' && version !== 'beta') return false;
  const clientRequestId = typeof r.req.headers['client-request-id'] === 'string' ? r.req.headers['client-request-id'] : randomUUID();
  const ctx: Ctx = { r, version, requestId: randomUUID(), clientRequestId, dropAnswer: false };
  const caller = authenticate(ctx);
  if (caller === true) return true;

  const method = r.req.method ?? 'GET';
  const write = WRITE_METHODS.includes(method);
  const runtime = tenantRuntime(r.directory, caller.tenant.id);
  const log = () =>
    logGraphRequest(r.directory, {
      tenantId: caller.tenant.id,
      method,
      path: r.url.pathname + r.url.search,
      status: ctx.dropAnswer ? 0 : r.res.statusCode,
    });
  const limit = runtime.switches.dropAfterWrites;
  if (limit !== undefined && runtime.writes >= limit) {
    // The network is gone: nothing reaches Graph any more.
    ctx.dropAnswer = true;
    r.res.destroy();
    log();
    return true;
  }
  const throttle = runtime.switches.throttle;
  if (throttle && throttle.requests > 0 && (write || !throttle.writesOnly)) {
    throttle.requests -= 1;
    const seconds = String(throttle.retryAfterSeconds);
    sendJson(
      r.res,
      429,
      {
        error: {
          code: 'TooManyRequests',
          message: 'Please retry again later.',
          innerError: {
            code: '429',
            date: new Date().toISOString().replace(/\.\d+Z$/, ''),
            message: 'Please retry after',
            'request-id': ctx.requestId,
            'client-request-id': ctx.clientRequestId,
            status: '429',
          },
        },
      },
      headers(ctx, { 'retry-after': seconds }),
    );
    log();
    return true;
  }
  if (write && limit !== undefined) {
    runtime.writes += 1;
    ctx.dropAnswer = runtime.writes >= limit;
  }
  const handled = route(ctx, caller, segments) || graphError(ctx, 400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);
  log();
  return handled;
};
