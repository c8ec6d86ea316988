/** Tenant resolution, client lookup, secrets, delegated scopes and token minting for the login replica. */
import { randomUUID } from 'node:crypto';
import { RESOURCES, type Application, type Directory, type ServicePrincipal, type Tenant } from '../directory';
import {
  CONSUMERS_TENANT_ID,
  GRAPH_RESOURCE_URI,
  GUID_RE,
  OIDC_SCOPES,
  b64url,
  findPermission,
  loginState,
  newOpaqueToken,
  nowSeconds,
  resourceAppIdFor,
  signJwt,
  type IdentityUser,
} from '../identity-tokens';
import { E, type AadError } from './errors';

export type TenantRef =
  | { kind: 'tenant'; tenant: Tenant; segment: string }
  | { kind: 'multi'; segment: 'common' | 'organizations' | 'consumers' }
  | { kind: 'error'; error: AadError };

const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;

export function resolveTenant(directory: Directory, segment: string): TenantRef {
  const s = decodeURIComponent(segment);
  const lower = s.toLowerCase();
  if (lower === 'common' || lower === 'organizations' || lower === 'consumers') return { kind: 'multi', segment: lower };
  if (!GUID_RE.test(s) && !DOMAIN_RE.test(s)) return { kind: 'error', error: E.tenantMalformed(s) };
  const tenant = directory.findTenant(s);
  if (!tenant) return { kind: 'error', error: E.tenantNotFound(s) };
  return { kind: 'tenant', tenant, segment: s };
}

export { CONSUMERS_TENANT_ID };

export interface Client {
  app: Application;
  sp: ServicePrincipal | undefined;
}

/** The app as seen from `tenant`: registered there, or multi-tenant with a service principal there. */
export function findClient(directory: Directory, appId: string, tenant: Tenant): Client | undefined {
  if (!GUID_RE.test(appId)) return undefined;
  const sp = directory.findServicePrincipal(appId, tenant.id);
  const home = directory.findApp(appId, tenant.id);
  if (home) return { app: home, sp };
  const foreign = directory.findApp(appId);
  if (foreign && foreign.signInAudience !== 'AzureADMyOrg' && sp) return { app: foreign, sp };
  return undefined;
}

export function checkSecret(app: Application, secret: string | null): AadError | undefined {
  if (secret === null || secret === '') return E.secretRequired();
  const match = app.passwordCredentials.find((c) => c.secretText === secret);
  if (!match) return E.invalidSecret(app.appId);
  if (Date.parse(match.endDateTime) <= Date.now()) return E.expiredSecret(app.appId);
  return undefined;
}

// ---- delegated scopes ------------------------------------------------------------------------

export interface DelegatedScopes {
  /** openid/profile/email/offline_access as requested. */
  oidc: string[];
  resourceAppId: string;
  /** The resource identifier used in the request (for `aud`), no trailing slash. */
  resourceUri: string;
  /** Permission values requested on the resource (`.default` kept as is). */
  names: string[];
  /** The resource scopes exactly as requested (for the response's `scope`). */
  requested: string[];
}

export function parseDelegatedScopes(scope: string, tenantName: string): { ok: true; value: DelegatedScopes } | { ok: false; error: AadError } {
  const parts = scope.split(/\s+/).filter(Boolean);
  const oidc: string[] = [];
  const names: string[] = [];
  const requested: string[] = [];
  let resourceUri: string | undefined;
  let resourceAppId: string | undefined;
  for (const part of parts) {
    if ((OIDC_SCOPES as readonly string[]).includes(part.toLowerCase())) {
      oidc.push(part.toLowerCase());
      continue;
    }
    let uri = GRAPH_RESOURCE_URI;
    let name = part;
    const slash = part.lastIndexOf('/');
    if (slash > 0 && (part.startsWith('https://') || part.startsWith('api://') || GUID_RE.test(part.slice(0, slash)))) {
      uri = part.slice(0, slash).replace(/\/+$/, '');
      name = part.slice(slash + 1);
    }
    const appId = resourceAppIdFor(uri);
    if (!appId) return { ok: false, error: E.resourceNotFound(uri, tenantName) };
    if (resourceAppId && resourceAppId !== appId) return { ok: false, error: E.multipleResources() };
    resourceAppId = appId;
    resourceUri = uri;
    names.push(name);
    requested.push(part);
  }
  return {
    ok: true,
    value: { oidc, resourceAppId: resourceAppId ?? RESOURCES[0]!.appId, resourceUri: resourceUri ?? GRAPH_RESOURCE_URI, names, requested },
  };
}

/** Exchange honours the Graph-side consent of its mail protocol scopes, as the real one does. */
const EXCHANGE_SCOPES_VIA_GRAPH = ['imap.accessasuser.all', 'pop.accessasuser.all', 'smtp.send', 'ews.accessasuser.all'];

/** Delegated scope values the user may use for `client` on `resourceAppId` (tenant-wide grants plus own consent). */
export function grantedScopes(
  directory: Directory,
  clientSp: ServicePrincipal | undefined,
  tenantId: string,
  resourceAppId: string,
  userOid: string,
): string[] {
  if (!clientSp) return [];
  const out: string[] = [];
  const collect = (appId: string, filter?: (v: string) => boolean) => {
    const resourceSp = directory.findServicePrincipal(appId, tenantId);
    if (!resourceSp) return;
    for (const g of directory.grants) {
      if (g.clientId === clientSp.id && g.resourceId === resourceSp.id) {
        out.push(...g.scope.split(' ').filter((v) => v && (!filter || filter(v.toLowerCase()))));
      }
    }
    const own = loginState(directory).userConsents.get(`${clientSp.id}|${resourceSp.id}|${userOid}`);
    if (own) out.push(...[...own].filter((v) => !filter || filter(v.toLowerCase())));
  };
  collect(resourceAppId);
  if (resourceAppId === RESOURCES[1]!.appId) collect(RESOURCES[0]!.appId, (v) => EXCHANGE_SCOPES_VIA_GRAPH.includes(v));
  return [...new Set(out)];
}

/** Requested scope values that are neither granted nor `.default`. */
export function missingScopes(requested: DelegatedScopes, granted: string[]): string[] {
  const g = new Set(granted.map((s) => s.toLowerCase()));
  return requested.names.filter((n) => n !== '.default' && !g.has(n.toLowerCase()));
}

export function recordUserConsent(
  directory: Directory,
  clientSp: ServicePrincipal,
  tenantId: string,
  resourceAppId: string,
  userOid: string,
  names: string[],
): void {
  const resourceSp = directory.findServicePrincipal(resourceAppId, tenantId);
  if (!resourceSp) return;
  const key = `${clientSp.id}|${resourceSp.id}|${userOid}`;
  const set = loginState(directory).userConsents.get(key) ?? new Set<string>();
  for (const n of names) if (n !== '.default') set.add(n);
  loginState(directory).userConsents.set(key, set);
}

// ---- tokens ----------------------------------------------------------------------------------

export const TOKEN_LIFETIME = 3599;

export function appRoleValues(directory: Directory, clientSp: ServicePrincipal, resourceAppId: string, tenantId: string): string[] {
  const resourceSp = directory.findServicePrincipal(resourceAppId, tenantId);
  if (!resourceSp) return [];
  const values = directory.appRoleAssignments
    .filter((a) => a.principalId === clientSp.id && a.resourceId === resourceSp.id)
    .map((a) => findPermission(resourceAppId, a.appRoleId, 'Role')?.value)
    .filter((v): v is string => Boolean(v));
  return [...new Set(values)];
}

function baseClaims(tenantId: string): { iat: number; nbf: number; exp: number; iss: string; idp: string; tid: string; uti: string; rh: string; aio: string } {
  const iat = nowSeconds();
  return {
    iat,
    nbf: iat,
    exp: iat + TOKEN_LIFETIME + 1,
    iss: `https://sts.windows.net/${tenantId}/`,
    idp: `https://sts.windows.net/${tenantId}/`,
    tid: tenantId,
    uti: b64url(randomUUID()).slice(0, 22),
    rh: `0.${b64url(randomUUID())}.`,
    aio: b64url(randomUUID()),
  };
}

export function appOnlyAccessToken(input: { aud: string; app: Application; sp: ServicePrincipal; tenantId: string; roles: string[] }): string {
  return signJwt({
    aud: input.aud,
    ...baseClaims(input.tenantId),
    app_displayname: input.app.displayName,
    appid: input.app.appId,
    appidacr: '1',
    idtyp: 'app',
    oid: input.sp.id,
    roles: input.roles.length ? input.roles : undefined,
    sub: input.sp.id,
    ver: '1.0',
  });
}

export function delegatedAccessToken(input: { aud: string; app: Application; user: IdentityUser; scp: string[]; tenantId: string }): string {
  return signJwt({
    aud: input.aud,
    ...baseClaims(input.tenantId),
    acr: '1',
    amr: ['pwd'],
    app_displayname: input.app.displayName,
    appid: input.app.appId,
    appidacr: '0',
    family_name: input.user.surname,
    given_name: input.user.givenName,
    idtyp: 'user',
    name: input.user.name,
    oid: input.user.oid,
    scp: input.scp.join(' '),
    sub: b64url(`${input.user.oid}:${input.app.appId}`).slice(0, 43),
    unique_name: input.user.upn,
    upn: input.user.upn,
    ver: '1.0',
    wids: input.user.roles,
  });
}

export function idToken(input: { clientId: string; user: IdentityUser; nonce?: string }): string {
  const iat = nowSeconds();
  return signJwt({
    aud: input.clientId,
    iss: `https://login.microsoftonline.com/${input.user.tenantId}/v2.0`,
    iat,
    nbf: iat,
    exp: iat + TOKEN_LIFETIME + 1,
    name: input.user.name,
    nonce: input.nonce,
    oid: input.user.oid,
    preferred_username: input.user.upn,
    rh: `0.${b64url(randomUUID())}.`,
    sub: b64url(`${input.user.oid}:${input.clientId}`).slice(0, 43),
    tid: input.user.tenantId,
    uti: b64url(randomUUID()).slice(0, 22),
    ver: '2.0',
  });
}

export function clientInfo(user: IdentityUser): string {
  return b64url(JSON.stringify({ uid: user.oid, utid: user.tenantId }));
}

export function newRefreshToken(directory: Directory, grant: { clientId: string; tenantId: string; userOid: string; spa: boolean; scope: string }): string {
  const token = newOpaqueToken('1.AReplica');
  // SPA refresh tokens live 24 hours, others 90 days.
  loginState(directory).refreshTokens.set(token, { ...grant, expiresAt: Date.now() + (grant.spa ? 24 : 90 * 24) * 3600_000 });
  return token;
}
