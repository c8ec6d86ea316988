/**
 * Shared by the login.microsoftonline.com and graph.microsoft.com replicas: the signing key,
 * JWT issue/verify, the signed-in users, the extra Graph delegated scopes the extension's own
 * sign-in app needs, and the per-Directory state of the login replica (codes, refresh tokens,
 * browser sessions, user consents, auto-approve switch).
 */
import { createHash, generateKeyPairSync, randomBytes, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { EXCHANGE_APP_ID, GRAPH_APP_ID, RESOURCES, type Directory, type PermissionDef, type ResourceDef, type Tenant } from './directory';

export const LOGIN_HOST = 'https://login.microsoftonline.com';
export const GRAPH_RESOURCE_URI = 'https://graph.microsoft.com';
export const EXCHANGE_RESOURCE_URI = 'https://outlook.office365.com';
/** Microsoft's own tenant: owner of first-party apps (appOwnerOrganizationId). */
export const MICROSOFT_TENANT_ID = 'f8cdef31-a31e-4b4a-93e4-5f571e91255a';
export const CONSUMERS_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** OIDC scopes: not resource permissions, never put in `scp`. */
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'] as const;

/**
 * Delegated Graph scopes that RESOURCES (directory.ts) lacks but the extension's sign-in app
 * asks for, or a creation requests for POP3 and SMTP (ids are Microsoft Graph's real permission ids). The Graph replica exposes them on the
 * Graph service principal's oauth2PermissionScopes.
 */
export const EXTRA_GRAPH_SCOPES: PermissionDef[] = [
  { id: '37f7f235-527c-4136-accd-4a02d197296e', value: 'openid', type: 'Scope', description: 'Sign users in' },
  { id: '14dad69e-099b-42c9-810b-d002981feec1', value: 'profile', type: 'Scope', description: "View users' basic profile" },
  { id: '64a6cdd6-aab1-4aaf-94b8-3cc8405e90d0', value: 'email', type: 'Scope', description: "View users' email address" },
  { id: 'c79f8feb-a9db-4090-85f9-90d820caa0eb', value: 'Application.Read.All', type: 'Scope', description: 'Read applications' },
  { id: 'bdfbf15f-ee85-4955-8675-146e8e5296b5', value: 'Application.ReadWrite.All', type: 'Scope', description: 'Read and write all applications' },
  {
    id: '41ce6ca6-6826-4807-84f1-1c82854f7ee5',
    value: 'DelegatedPermissionGrant.ReadWrite.All',
    type: 'Scope',
    description: 'Manage all delegated permission grants',
  },
  {
    id: '84bccea3-f856-4a8a-967b-dbe0a3d53a64',
    value: 'AppRoleAssignment.ReadWrite.All',
    type: 'Scope',
    description: 'Manage app permission grants and app role assignments',
  },
  { id: '06da0dbc-49e2-44d2-8312-53f166ab848a', value: 'Directory.Read.All', type: 'Scope', description: 'Read directory data' },
  { id: '572fea84-0151-49b2-9301-11cb16974376', value: 'Policy.Read.All', type: 'Scope', description: "Read your organization's policies" },
  { id: 'd7b7f2d9-0f45-4ea1-9d42-e50810c06991', value: 'POP.AccessAsUser.All', type: 'Scope', description: 'Read and write access to mailboxes via POP.' },
  { id: '258f6531-6087-4cc4-bb90-092c5fb3ed3f', value: 'SMTP.Send', type: 'Scope', description: 'Send emails from mailboxes using SMTP AUTH.' },
];

/** Office 365 Exchange Online application roles that RESOURCES lacks (real ids), for a creation that asks for SMTP app-only. */
const EXTRA_EXCHANGE_ROLES: PermissionDef[] = [
  { id: '7146a1f0-8703-45b3-9eae-527a64c00995', value: 'SMTP.SendAsApp', type: 'Role', description: 'SMTP.SendAsApp' },
];

/** The permissions a resource exposes: RESOURCES plus EXTRA_GRAPH_SCOPES (Graph) or EXTRA_EXCHANGE_ROLES (Exchange Online). */
export function resourcePermissions(resource: ResourceDef): PermissionDef[] {
  const extra = resource.appId === GRAPH_APP_ID ? EXTRA_GRAPH_SCOPES : resource.appId === EXCHANGE_APP_ID ? EXTRA_EXCHANGE_ROLES : [];
  const known = new Set(resource.permissions.map((p) => `${p.type}:${p.id}`));
  return [...resource.permissions, ...extra.filter((p) => !known.has(`${p.type}:${p.id}`))];
}

export function findPermission(resourceAppId: string, id: string, type: 'Scope' | 'Role'): PermissionDef | undefined {
  const resource = RESOURCES.find((r) => r.appId === resourceAppId);
  return resource ? resourcePermissions(resource).find((p) => p.id === id && p.type === type) : undefined;
}

export function findPermissionByValue(resourceAppId: string, value: string, type: 'Scope' | 'Role'): PermissionDef | undefined {
  const resource = RESOURCES.find((r) => r.appId === resourceAppId);
  return resource ? resourcePermissions(resource).find((p) => p.value.toLowerCase() === value.toLowerCase() && p.type === type) : undefined;
}

/** Resource identifiers accepted in scopes: URI (no trailing slash) or appId → resource appId. */
const RESOURCE_IDENTIFIERS: Record<string, string> = {
  'https://graph.microsoft.com': GRAPH_APP_ID,
  'https://graph.microsoft.com/': GRAPH_APP_ID,
  [GRAPH_APP_ID]: GRAPH_APP_ID,
  'https://outlook.office365.com': EXCHANGE_APP_ID,
  'https://outlook.office365.com/': EXCHANGE_APP_ID,
  'https://outlook.office.com': EXCHANGE_APP_ID,
  'https://outlook.office.com/': EXCHANGE_APP_ID,
  [EXCHANGE_APP_ID]: EXCHANGE_APP_ID,
};

export function resourceAppIdFor(identifier: string): string | undefined {
  return RESOURCE_IDENTIFIERS[identifier.toLowerCase()];
}

// ---------------------------------------------------------------------------------------------
// Users

/**
 * Microsoft Entra built-in role template ids, as access tokens carry them in `wids`.
 * Every member also carries the default user role.
 */
export const ROLE_TEMPLATE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  cloudApplicationAdministrator: '158c047a-c907-4556-b7ef-446551a6b5f7',
  applicationAdministrator: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3',
  applicationDeveloper: 'cf1c38e5-3621-4004-a7cb-879624dced7c',
  defaultUser: 'b79fbf4d-3ef9-4689-8143-76b194e85509',
} as const;

export type SeededUserKind = 'admin' | 'roles' | 'apps' | 'member';

export interface IdentityUser {
  oid: string;
  tenantId: string;
  upn: string;
  name: string;
  givenName: string;
  surname: string;
  /** Directory role template ids (the token's `wids`). */
  roles: string[];
}

function guidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const SEEDED_USERS: Record<SeededUserKind, { local: string; givenName: (t: Tenant) => string; surname: string; roles: string[] }> = {
  admin: { local: 'admin', givenName: (t) => t.displayName, surname: 'Admin', roles: [ROLE_TEMPLATE.globalAdministrator] },
  roles: { local: 'roles', givenName: () => 'Riley', surname: 'Roles', roles: [ROLE_TEMPLATE.privilegedRoleAdministrator] },
  apps: { local: 'apps', givenName: () => 'Casey', surname: 'Apps', roles: [ROLE_TEMPLATE.cloudApplicationAdministrator] },
  member: { local: 'member', givenName: () => 'Morgan', surname: 'Member', roles: [] },
};

/**
 * The seeded users of a tenant, `<local>@<domain>`:
 *  - admin: Global Administrator ("Contoso Admin"),
 *  - roles: Privileged Role Administrator ("Riley Roles"),
 *  - apps: Cloud Application Administrator ("Casey Apps"),
 *  - member: no admin role ("Morgan Member").
 */
export function tenantUser(tenant: Tenant, kind: SeededUserKind): IdentityUser {
  const seed = SEEDED_USERS[kind];
  const givenName = seed.givenName(tenant);
  return {
    oid: guidFrom(`${seed.local}:${tenant.id}`),
    tenantId: tenant.id,
    upn: `${seed.local}@${tenant.domain}`,
    name: `${givenName} ${seed.surname}`,
    givenName,
    surname: seed.surname,
    roles: [...seed.roles, ROLE_TEMPLATE.defaultUser],
  };
}

export function tenantUsers(tenant: Tenant): IdentityUser[] {
  return (Object.keys(SEEDED_USERS) as SeededUserKind[]).map((kind) => tenantUser(tenant, kind));
}

/** The Global Administrator: admin@<domain>, "<Tenant> Admin" (e.g. admin@contoso.onmicrosoft.com, "Contoso Admin"). */
export function tenantAdmin(tenant: Tenant): IdentityUser {
  return tenantUser(tenant, 'admin');
}

/** A seeded user of `tenant` by object id or UPN (case-insensitive). */
export function findUser(tenant: Tenant, oidOrUpn: string): IdentityUser | undefined {
  const key = oidOrUpn.toLowerCase();
  return tenantUsers(tenant).find((u) => u.oid === key || u.upn === key);
}

/** Roles that may consent to delegated permissions that need an administrator (for everyone or for themselves). */
const CONSENTING_ROLES: readonly string[] = [
  ROLE_TEMPLATE.globalAdministrator,
  ROLE_TEMPLATE.privilegedRoleAdministrator,
  ROLE_TEMPLATE.cloudApplicationAdministrator,
  ROLE_TEMPLATE.applicationAdministrator,
];

export function mayConsentForAdminScopes(user: IdentityUser): boolean {
  return user.roles.some((r) => CONSENTING_ROLES.includes(r));
}

/** Microsoft Graph delegated permissions that only an administrator may consent to (the rest a user may accept for himself). */
export const ADMIN_CONSENT_SCOPES: readonly string[] = [
  'Application.Read.All',
  'Application.ReadWrite.All',
  'DelegatedPermissionGrant.ReadWrite.All',
  'AppRoleAssignment.ReadWrite.All',
  'Directory.Read.All',
  'Policy.Read.All',
];

export function needsAdminConsent(scope: string): boolean {
  return ADMIN_CONSENT_SCOPES.some((s) => s.toLowerCase() === scope.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// JWT

const keyPair: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY_ID = randomBytes(20).toString('base64url');

export function b64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

export type JwtPayload = Record<string, string | number | boolean | string[] | undefined>;

export function signJwt(payload: JwtPayload): string {
  const header = { typ: 'JWT', alg: 'RS256', x5t: KEY_ID, kid: KEY_ID };
  const clean = Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== undefined));
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(clean))}`;
  return `${input}.${sign('sha256', Buffer.from(input), keyPair.privateKey).toString('base64url')}`;
}

export type VerifyResult = { ok: true; payload: Record<string, unknown> } | { ok: false; reason: 'malformed' | 'signature' };

export function verifyJwt(token: string): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof payload !== 'object' || payload === null) return { ok: false, reason: 'malformed' };
  const good = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), keyPair.publicKey, Buffer.from(parts[2] ?? '', 'base64url'));
  return good ? { ok: true, payload: payload as Record<string, unknown> } : { ok: false, reason: 'signature' };
}

export function jwks(issuer: string): { keys: Record<string, unknown>[] } {
  const jwk = keyPair.publicKey.export({ format: 'jwk' });
  return { keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, x5t: KEY_ID, n: jwk.n, e: jwk.e, issuer }] };
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

// ---------------------------------------------------------------------------------------------
// Login replica state, one per Directory

export interface AuthCode {
  clientId: string;
  tenantId: string;
  userOid: string;
  redirectUri: string;
  spa: boolean;
  scope: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshGrant {
  clientId: string;
  tenantId: string;
  userOid: string;
  spa: boolean;
  scope: string;
  expiresAt: number;
}

export interface LoginState {
  codes: Map<string, AuthCode>;
  refreshTokens: Map<string, RefreshGrant>;
  /** ESTSAUTH cookie value → signed-in user. */
  sessions: Map<string, { tenantId: string; userOid: string }>;
  /** `${clientSpId}|${resourceSpId}|${userOid}` → scope values the user consented to for himself. */
  userConsents: Map<string, Set<string>>;
  /** When true, the authorize endpoint approves at once (no page, no click). */
  autoApprove: boolean;
  /** The account an approval without a picked tile signs in; default: the tenant's Global Administrator. */
  signInAs?: SeededUserKind;
  /** Every authorize request, in order: which client asked for which scopes (tests prove least privilege with it). */
  authorizeRequests: { clientId: string; scope: string; tenantId: string }[];
}

const states = new WeakMap<Directory, LoginState>();

export function loginState(directory: Directory): LoginState {
  let state = states.get(directory);
  if (!state) {
    state = { codes: new Map(), refreshTokens: new Map(), sessions: new Map(), userConsents: new Map(), autoApprove: false, authorizeRequests: [] };
    states.set(directory, state);
  }
  return state;
}

/** Tests: make the login replica's authorize endpoint sign in and consent without showing a page. */
export function setLoginAutoApprove(directory: Directory, on: boolean): void {
  loginState(directory).autoApprove = on;
}

/** Tests: the seeded user an approval signs in when no account tile is picked and no login_hint names one (default: admin). */
export function setLoginUser(directory: Directory, kind: SeededUserKind | undefined): void {
  loginState(directory).signInAs = kind;
}

export function newOpaqueToken(prefix: string): string {
  return `${prefix}.${randomBytes(48).toString('base64url')}`;
}

export { randomUUID };
