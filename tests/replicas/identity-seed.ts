/**
 * Test helpers that seed the shared Directory with apps the login and Graph replicas accept.
 */
import { randomUUID } from 'node:crypto';
import { EXCHANGE_APP_ID, GRAPH_APP_ID, type Application, type Directory, type PasswordCredential, type ServicePrincipal } from './directory';
import { delegatedAccessToken, appOnlyAccessToken, appRoleValues } from './login/common';
import { findPermissionByValue, loginState, setLoginAutoApprove, setLoginUser, tenantAdmin, tenantUser, type SeededUserKind } from './identity-tokens';

export { setLoginAutoApprove, setLoginUser, tenantAdmin, tenantUser, type SeededUserKind };

/** What the sign-in app needs to read a registration (the audit). */
export const SIGN_IN_READ_SCOPES = ['openid', 'profile', 'offline_access', 'User.Read', 'Application.Read.All', 'Directory.Read.All'] as const;
/** What it needs to create one: asked for only when an admin starts a creation. */
export const SIGN_IN_WRITE_SCOPES = ['Application.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All'] as const;
/** Delegated Graph scopes of the extension's own sign-in app (requested, and by default consented tenant-wide, by registerSignInApp). */
export const SIGN_IN_APP_SCOPES = [...SIGN_IN_READ_SCOPES, ...SIGN_IN_WRITE_SCOPES] as const;

function tenantOrHome(directory: Directory, tenantId?: string): string {
  return tenantId ? (directory.findTenant(tenantId)?.id ?? tenantId) : directory.homeTenant.id;
}

function spOf(directory: Directory, app: Application): ServicePrincipal {
  const sp = directory.findServicePrincipal(app.appId, app.tenantId);
  if (!sp) throw new Error(`service principal of ${app.appId} missing`);
  return sp;
}

/** Tenant-wide ("AllPrincipals") grant of exactly `scopes` from the app's SP to Graph, replacing any earlier one. */
export function grantDelegatedScopes(directory: Directory, app: Application, scopes: readonly string[], resourceAppId: string = GRAPH_APP_ID): void {
  const client = spOf(directory, app);
  const resource = directory.findServicePrincipal(resourceAppId, app.tenantId);
  if (!resource) throw new Error(`resource ${resourceAppId} missing in tenant ${app.tenantId}`);
  directory.grants = directory.grants.filter((g) => !(g.clientId === client.id && g.resourceId === resource.id));
  if (scopes.length)
    directory.grants.push({ id: randomUUID(), clientId: client.id, consentType: 'AllPrincipals', resourceId: resource.id, scope: scopes.join(' ') });
}

/**
 * The extension's own sign-in app in Contoso (or `tenantId`): SPA redirect `redirectUri`
 * (e.g. `https://<extension-id>.chromiumapp.org/`), delegated Graph scopes SIGN_IN_APP_SCOPES
 * requested and admin-consented. `consentedScopes` limits the tenant-wide consent (e.g. to
 * SIGN_IN_READ_SCOPES, so that the write scopes need the incremental consent of an admin at
 * sign-in). Returns its appId (client ID).
 */
export function registerSignInApp(
  directory: Directory,
  options: {
    redirectUri: string;
    displayName?: string;
    tenantId?: string;
    scopes?: readonly string[];
    consent?: boolean;
    consentedScopes?: readonly string[];
    signInAudience?: Application['signInAudience'];
  },
): string {
  const scopes = options.scopes ?? SIGN_IN_APP_SCOPES;
  const app = directory.createApplication({
    displayName: options.displayName ?? 'ServiceOps OAuth Helper',
    signInAudience: options.signInAudience ?? 'AzureADMultipleOrgs',
    tenantId: tenantOrHome(directory, options.tenantId),
  });
  app.spa.redirectUris.push(options.redirectUri);
  for (const value of scopes) {
    const def = findPermissionByValue(GRAPH_APP_ID, value, 'Scope');
    if (def) directory.addPermission(app, GRAPH_APP_ID, def.id, 'Scope');
  }
  if (options.consent ?? true) grantDelegatedScopes(directory, app, options.consentedScopes ?? scopes);
  return app.appId;
}

export interface ConfiguredAppOptions {
  /** imap: Exchange IMAP.AccessAsApp + POP.AccessAsApp (app) and Graph IMAP.AccessAsUser.All, offline_access, User.Read (delegated).
   *  mapi: Exchange full_access_as_app (app) and Graph User.Read (delegated). */
  path: 'imap' | 'mapi';
  /** "Allow public client flows" (isFallbackPublicClient). Default false. */
  publicClient?: boolean;
  /** true (default): admin consent granted for everything; false: nothing granted;
   *  'delegated-only': only the Graph delegated scopes; 'roles-only': only the application roles. */
  consent?: boolean | 'delegated-only' | 'roles-only';
  /** The secret's endDateTime is yesterday (token endpoint answers AADSTS7000222). Default false. */
  secretExpired?: boolean;
  /** Default: directory.homeTenant (Contoso). */
  tenantId?: string;
  displayName?: string;
  /** Also add a Redirect URI (web platform). */
  webRedirectUri?: string;
}

export interface ConfiguredApp {
  app: Application;
  /** The secret's Value (what the admin must paste). */
  secretText: string;
  /** The Secret ID (what the admin must NOT paste). */
  keyId: string;
  credential: PasswordCredential;
  /** The Enterprise application (its id is the object id Exchange's New-ServicePrincipal needs). */
  servicePrincipal: ServicePrincipal;
}

const DAY = 24 * 3600_000;

export function createConfiguredApp(directory: Directory, options: ConfiguredAppOptions): ConfiguredApp {
  const app = directory.createApplication({
    displayName: options.displayName ?? `ServiceOps ${options.path.toUpperCase()}`,
    tenantId: tenantOrHome(directory, options.tenantId),
  });
  app.isFallbackPublicClient = options.publicClient ?? false;
  if (options.webRedirectUri) app.web.redirectUris.push(options.webRedirectUri);
  const roles = options.path === 'imap' ? ['IMAP.AccessAsApp', 'POP.AccessAsApp'] : ['full_access_as_app'];
  const delegated = options.path === 'imap' ? ['User.Read', 'IMAP.AccessAsUser.All', 'offline_access'] : ['User.Read'];
  for (const value of delegated) {
    const def = findPermissionByValue(GRAPH_APP_ID, value, 'Scope');
    if (def) directory.addPermission(app, GRAPH_APP_ID, def.id, 'Scope');
  }
  for (const value of roles) {
    const def = findPermissionByValue(EXCHANGE_APP_ID, value, 'Role');
    if (def) directory.addPermission(app, EXCHANGE_APP_ID, def.id, 'Role');
  }
  const now = Date.now();
  const credential = options.secretExpired
    ? directory.addPassword(app, {
        displayName: 'ServiceOps',
        startDateTime: new Date(now - 181 * DAY).toISOString(),
        endDateTime: new Date(now - DAY).toISOString(),
      })
    : directory.addPassword(app, { displayName: 'ServiceOps', endDateTime: new Date(now + 180 * DAY).toISOString() });
  const consent = options.consent ?? true;
  const servicePrincipal = spOf(directory, app);
  if (consent !== false) {
    directory.grantAdminConsent(app);
    if (consent === 'delegated-only') {
      directory.appRoleAssignments = directory.appRoleAssignments.filter((a) => a.principalId !== servicePrincipal.id);
    } else if (consent === 'roles-only') {
      directory.grants = directory.grants.filter((g) => g.clientId !== servicePrincipal.id);
    }
  }
  return { app, secretText: credential.secretText, keyId: credential.keyId, credential, servicePrincipal };
}

/**
 * A Graph access token as the login replica would issue it: delegated for a seeded user (`user`,
 * default the Global Administrator; wids = that user's roles; scp = `scopes`, default: the app's
 * granted Graph scopes) or, with `appOnly`, app-only (roles = the app's Graph role assignments).
 * Lets Graph tests skip the sign-in.
 */
export function graphTokenForTests(
  directory: Directory,
  appId: string,
  options: { scopes?: readonly string[]; appOnly?: boolean; user?: SeededUserKind } = {},
): string {
  const app = directory.findApp(appId);
  if (!app) throw new Error(`app ${appId} not found`);
  const tenant = directory.findTenant(app.tenantId);
  if (!tenant) throw new Error(`tenant ${app.tenantId} not found`);
  const sp = spOf(directory, app);
  const aud = 'https://graph.microsoft.com';
  if (options.appOnly) return appOnlyAccessToken({ aud, app, sp, tenantId: tenant.id, roles: appRoleValues(directory, sp, GRAPH_APP_ID, tenant.id) });
  const graphSp = directory.findServicePrincipal(GRAPH_APP_ID, tenant.id);
  const granted = directory.grants.filter((g) => g.clientId === sp.id && g.resourceId === graphSp?.id).flatMap((g) => g.scope.split(' '));
  const scp = [...(options.scopes ?? granted)].filter((s) => !['openid', 'profile', 'email', 'offline_access'].includes(s));
  return delegatedAccessToken({ aud, app, user: tenantUser(tenant, options.user ?? 'admin'), scp, tenantId: tenant.id });
}

/** Forget every sign-in session (ESTSAUTH cookies stop working), user consents and codes. */
export function resetLoginState(directory: Directory): void {
  const s = loginState(directory);
  s.sessions.clear();
  s.codes.clear();
  s.refreshTokens.clear();
  s.userConsents.clear();
  s.autoApprove = false;
  s.signInAs = undefined;
  s.authorizeRequests = [];
}
