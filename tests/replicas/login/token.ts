/** POST /{tenant}/oauth2/v2.0/token */
import { createHash } from 'node:crypto';
import type { Directory } from '../directory';
import { sendJson } from '../http-util';
import { findUser, loginState, type IdentityUser } from '../identity-tokens';
import type { ReplicaRequest } from '../types';
import {
  TOKEN_LIFETIME,
  appOnlyAccessToken,
  appRoleValues,
  checkSecret,
  clientInfo,
  delegatedAccessToken,
  findClient,
  grantedScopes,
  idToken,
  missingScopes,
  newRefreshToken,
  parseDelegatedScopes,
  resolveTenant,
  type Client,
  type DelegatedScopes,
} from './common';
import { CORS_HEADERS, E, sendAadError, type AadError } from './errors';
import { resourceAppIdFor } from '../identity-tokens';

type Outcome = { ok: true; body: Record<string, string | number> } | { ok: false; error: AadError };

const fail = (error: AadError): Outcome => ({ ok: false, error });

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** client_secret from the body, or HTTP Basic (client_secret_basic). */
function clientCredentials(p: URLSearchParams, authorization: string | undefined): { clientId: string | null; secret: string | null } {
  let clientId = p.get('client_id');
  let secret = p.get('client_secret');
  if (authorization?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i > 0) {
      clientId ??= decodeURIComponent(decoded.slice(0, i));
      secret ??= decodeURIComponent(decoded.slice(i + 1));
    }
  }
  return { clientId, secret };
}

export function handleToken(r: ReplicaRequest, tenantSegment: string): true {
  const { req, res, body, directory, url } = r;
  const correlationId = headerValue(req.headers['client-request-id']) ?? url.searchParams.get('client-request-id') ?? undefined;
  if (req.method !== 'POST') return sendAadError(res, E.postOnly(), correlationId);
  const p = new URLSearchParams(body);
  const origin = headerValue(req.headers.origin);
  const grantType = p.get('grant_type');
  let outcome: Outcome;
  if (!grantType) outcome = fail(E.missingParam('grant_type'));
  else if (grantType === 'client_credentials') outcome = clientCredentialsGrant(directory, tenantSegment, p, origin, headerValue(req.headers.authorization));
  else if (grantType === 'authorization_code') outcome = authorizationCodeGrant(directory, tenantSegment, p, origin, headerValue(req.headers.authorization));
  else if (grantType === 'refresh_token') outcome = refreshTokenGrant(directory, tenantSegment, p, origin);
  else if (grantType === 'password') outcome = passwordGrant(directory, tenantSegment, p, origin, headerValue(req.headers.authorization));
  else outcome = fail(E.unsupportedGrant(grantType));
  if (!outcome.ok) return sendAadError(res, outcome.error, correlationId);
  return sendJson(res, 200, outcome.body, { ...CORS_HEADERS, pragma: 'no-cache' });
}

function clientCredentialsGrant(
  directory: Directory,
  tenantSegment: string,
  p: URLSearchParams,
  origin: string | undefined,
  authorization: string | undefined,
): Outcome {
  // Confidential clients never redeem cross-origin, whatever else is wrong with the request.
  if (origin) return fail(E.crossOriginNotSpa(origin));
  const t = resolveTenant(directory, tenantSegment);
  if (t.kind === 'error') return fail(t.error);
  if (t.kind === 'multi') return fail(E.noTenantInfo());
  const tenant = t.tenant;
  const { clientId, secret } = clientCredentials(p, authorization);
  if (!clientId) return fail(E.missingParam('client_id'));
  const client = findClient(directory, clientId, tenant);
  if (!client) return fail(E.appNotFound(clientId, tenant.displayName));
  const secretError = checkSecret(client.app, secret);
  if (secretError) return fail(secretError);
  if (!client.sp) return fail(E.missingServicePrincipal(client.app.appId, tenant.id));
  const scope = p.get('scope');
  if (!scope) return fail(E.missingParam('scope'));
  const scopes = scope.trim().split(/\s+/);
  const bad = scopes.find((s) => !s.endsWith('/.default'));
  if (bad) return fail(E.scopeNotDefault(scope.trim()));
  const resources = [...new Set(scopes.map((s) => s.slice(0, -'/.default'.length).replace(/\/+$/, '')))];
  if (resources.length > 1) return fail(E.multipleResources());
  const resource = resources[0] ?? '';
  const resourceAppId = resourceAppIdFor(resource);
  if (!resourceAppId || !directory.findServicePrincipal(resourceAppId, tenant.id)) return fail(E.resourceNotFound(resource, tenant.displayName));
  const roles = appRoleValues(directory, client.sp, resourceAppId, tenant.id);
  return {
    ok: true,
    body: {
      token_type: 'Bearer',
      expires_in: TOKEN_LIFETIME,
      ext_expires_in: TOKEN_LIFETIME,
      access_token: appOnlyAccessToken({ aud: resource, app: client.app, sp: client.sp, tenantId: tenant.id, roles }),
    },
  };
}

/** The cross-origin rule for delegated grants: SPA redirects must be redeemed cross-origin, others must not. */
function originRule(spa: boolean, origin: string | undefined): AadError | undefined {
  if (spa && !origin) return E.spaNotCrossOrigin();
  if (!spa && origin) return E.crossOriginNotSpa(origin);
  return undefined;
}

function delegatedResponse(
  directory: Directory,
  input: { client: Client; user: IdentityUser; scopes: DelegatedScopes; nonce?: string; spa: boolean; clientIdForRefresh: string; scopeForRefresh: string },
): Outcome {
  const { client, user, scopes } = input;
  const granted = grantedScopes(directory, client.sp, user.tenantId, scopes.resourceAppId, user.oid);
  const missing = missingScopes(scopes, granted);
  if (missing.length) return fail(E.consentRequired(client.app.appId, client.app.displayName));
  const wantsDefault = scopes.names.includes('.default');
  const lowerNames = new Set(scopes.names.map((n) => n.toLowerCase()));
  let scp = granted.filter((g) => wantsDefault || lowerNames.has(g.toLowerCase()));
  if (!scp.length) scp = scopes.oidc.filter((s) => s !== 'offline_access');
  if (!scp.length) scp = ['openid'];
  const isGraph = scopes.resourceUri === 'https://graph.microsoft.com';
  const responseScope = [
    ...scp.filter((s) => !['openid', 'profile', 'email'].includes(s)).map((s) => (isGraph ? s : `${scopes.resourceUri}/${s}`)),
    ...scopes.oidc.filter((s) => s !== 'offline_access'),
  ];
  const body: Record<string, string | number> = {
    token_type: 'Bearer',
    scope: [...new Set(responseScope)].join(' '),
    expires_in: TOKEN_LIFETIME,
    ext_expires_in: TOKEN_LIFETIME,
    access_token: delegatedAccessToken({ aud: scopes.resourceUri, app: client.app, user, scp, tenantId: user.tenantId }),
  };
  if (scopes.oidc.includes('offline_access')) {
    body.refresh_token = newRefreshToken(directory, {
      clientId: input.clientIdForRefresh,
      tenantId: user.tenantId,
      userOid: user.oid,
      spa: input.spa,
      scope: input.scopeForRefresh,
    });
    if (input.spa) body.refresh_token_expires_in = 86399;
  }
  if (scopes.oidc.includes('openid')) body.id_token = idToken({ clientId: client.app.appId, user, nonce: input.nonce });
  body.client_info = clientInfo(user);
  return { ok: true, body };
}

function userFor(directory: Directory, tenantId: string, oid: string): IdentityUser | undefined {
  const tenant = directory.findTenant(tenantId);
  return tenant ? findUser(tenant, oid) : undefined;
}

function authorizationCodeGrant(
  directory: Directory,
  tenantSegment: string,
  p: URLSearchParams,
  origin: string | undefined,
  authorization: string | undefined,
): Outcome {
  const t = resolveTenant(directory, tenantSegment);
  if (t.kind === 'error') return fail(t.error);
  const { clientId, secret } = clientCredentials(p, authorization);
  if (!clientId) return fail(E.missingParam('client_id'));
  const codeValue = p.get('code');
  if (!codeValue) return fail(E.missingParam('code'));
  const redirectUri = p.get('redirect_uri');
  if (!redirectUri) return fail(E.missingParam('redirect_uri'));
  const state = loginState(directory);
  const code = state.codes.get(codeValue);
  if (!code) return fail(E.codeInvalid());
  if (t.kind === 'tenant' && t.tenant.id !== code.tenantId) return fail(E.codeInvalid());
  if (code.redeemed) return fail(E.codeRedeemed());
  if (code.expiresAt < Date.now()) return fail(E.codeExpired());
  if (code.clientId !== clientId.toLowerCase()) return fail(E.codeOtherClient());
  const tenant = directory.findTenant(code.tenantId);
  const client = tenant && findClient(directory, clientId, tenant);
  if (!tenant || !client) return fail(E.appNotFound(clientId, tenant?.displayName ?? code.tenantId));
  if (redirectUri !== code.redirectUri) return fail(E.codeRedirectMismatch(redirectUri, code.redirectUri));
  const originError = originRule(code.spa, origin);
  if (originError) return fail(originError);
  if (!code.spa && (secret !== null || !client.app.isFallbackPublicClient)) {
    const secretError = checkSecret(client.app, secret);
    if (secretError) return fail(secretError);
  }
  if (code.codeChallenge) {
    const verifier = p.get('code_verifier');
    if (!verifier) return fail(E.missingParam('code_verifier'));
    const computed = code.codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
    if (computed !== code.codeChallenge) return fail(E.pkceMismatch());
  }
  code.redeemed = true;
  const user = userFor(directory, code.tenantId, code.userOid);
  if (!user) return fail(E.codeInvalid());
  const parsed = parseDelegatedScopes(code.scope, tenant.displayName);
  if (!parsed.ok) return fail(parsed.error);
  return delegatedResponse(directory, {
    client,
    user,
    scopes: parsed.value,
    nonce: code.nonce,
    spa: code.spa,
    clientIdForRefresh: code.clientId,
    scopeForRefresh: code.scope,
  });
}

function refreshTokenGrant(directory: Directory, tenantSegment: string, p: URLSearchParams, origin: string | undefined): Outcome {
  const t = resolveTenant(directory, tenantSegment);
  if (t.kind === 'error') return fail(t.error);
  const clientId = p.get('client_id');
  if (!clientId) return fail(E.missingParam('client_id'));
  const rt = p.get('refresh_token');
  if (!rt) return fail(E.missingParam('refresh_token'));
  const grant = loginState(directory).refreshTokens.get(rt);
  if (!grant) return fail(E.refreshInvalid());
  if (grant.expiresAt < Date.now()) return fail(E.codeExpired());
  if (grant.clientId !== clientId.toLowerCase()) return fail(E.codeOtherClient());
  if (t.kind === 'tenant' && t.tenant.id !== grant.tenantId) return fail(E.refreshInvalid());
  const originError = originRule(grant.spa, origin);
  if (originError) return fail(originError);
  const tenant = directory.findTenant(grant.tenantId);
  const client = tenant && findClient(directory, clientId, tenant);
  if (!tenant || !client) return fail(E.appNotFound(clientId, tenant?.displayName ?? grant.tenantId));
  const user = userFor(directory, grant.tenantId, grant.userOid);
  if (!user) return fail(E.refreshInvalid());
  const scope = p.get('scope') ?? grant.scope;
  const parsed = parseDelegatedScopes(scope, tenant.displayName);
  if (!parsed.ok) return fail(parsed.error);
  return delegatedResponse(directory, { client, user, scopes: parsed.value, spa: grant.spa, clientIdForRefresh: grant.clientId, scopeForRefresh: scope });
}

/** ROPC: only for public clients ("Allow public client flows" = Yes) or with the client secret. */
function passwordGrant(
  directory: Directory,
  tenantSegment: string,
  p: URLSearchParams,
  origin: string | undefined,
  authorization: string | undefined,
): Outcome {
  if (origin) return fail(E.crossOriginNotSpa(origin));
  const t = resolveTenant(directory, tenantSegment);
  if (t.kind === 'error') return fail(t.error);
  const tenant = t.kind === 'tenant' ? t.tenant : directory.homeTenant;
  const { clientId, secret } = clientCredentials(p, authorization);
  if (!clientId) return fail(E.missingParam('client_id'));
  const client = findClient(directory, clientId, tenant);
  if (!client) return fail(E.appNotFound(clientId, tenant.displayName));
  if (secret !== null || !client.app.isFallbackPublicClient) {
    const secretError = checkSecret(client.app, secret);
    if (secretError) return fail(secretError);
  }
  const username = p.get('username');
  const password = p.get('password');
  if (!username) return fail(E.missingParam('username'));
  if (!password) return fail(E.missingParam('password'));
  const user = findUser(tenant, username);
  if (!user) return fail(E.badCredentials());
  const parsed = parseDelegatedScopes(p.get('scope') ?? 'openid profile offline_access', tenant.displayName);
  if (!parsed.ok) return fail(parsed.error);
  if (!directory.findServicePrincipal(parsed.value.resourceAppId, tenant.id)) return fail(E.resourceNotFound(parsed.value.resourceUri, tenant.displayName));
  return delegatedResponse(directory, {
    client,
    user,
    scopes: parsed.value,
    spa: false,
    clientIdForRefresh: client.app.appId,
    scopeForRefresh: p.get('scope') ?? '',
  });
}
