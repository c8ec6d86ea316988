/**
 * Replica of login.microsoftonline.com (Microsoft identity platform v2.0 endpoints).
 *
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration   OIDC discovery (tenant GUID, domain, common, organizations, consumers)
 *   GET  /{tenant}/.well-known/openid-configuration        v1 discovery (same keys, sts.windows.net issuer)
 *   GET  /common/discovery/instance?api-version=1.1&authorization_endpoint=…   instance discovery (msal)
 *   GET  /{tenant}/discovery/v2.0/keys, /{tenant}/discovery/keys               JWKS
 *   POST /{tenant}/oauth2/v2.0/token                        client_credentials, authorization_code (PKCE), refresh_token, password
 *   GET  /{tenant}/oauth2/v2.0/authorize                    sign-in page / redirect with code
 *   GET  /{tenant}/oauth2/v2.0/logout                       clears the session
 *   GET  /error?code=N                                      error lookup page
 *
 * Every JSON answer carries Access-Control-Allow-Origin: *; OPTIONS preflights are answered.
 */
import { send, sendJson, escapeHtml } from '../http-util';
import { CONSUMERS_TENANT_ID, LOGIN_HOST, jwks } from '../identity-tokens';
import type { HostHandler, ReplicaRequest } from '../types';
import { handleAuthorize, handleLogout } from './authorize';
import { resolveTenant } from './common';
import { CORS_HEADERS, sendAadError } from './errors';
import { handleToken } from './token';

function preflight(r: ReplicaRequest): true {
  const requested = r.req.headers['access-control-request-headers'];
  r.res.writeHead(200, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': typeof requested === 'string' && requested ? requested : 'content-type',
    'access-control-max-age': '86400',
    'content-length': '0',
  });
  r.res.end();
  return true;
}

function openIdConfiguration(tenantInPath: string, issuerTenant: string, v2: boolean): Record<string, unknown> {
  const base = `${LOGIN_HOST}/${tenantInPath}`;
  const common = {
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    request_uri_parameter_supported: false,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: issuerTenant === '{tenantid}' ? null : 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
  if (v2) {
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${LOGIN_HOST}/${issuerTenant}/v2.0`,
      userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: [
        'sub',
        'iss',
        'cloud_instance_name',
        'cloud_instance_host_name',
        'cloud_graph_host_name',
        'msgraph_host',
        'aud',
        'exp',
        'iat',
        'auth_time',
        'acr',
        'nonce',
        'preferred_username',
        'name',
        'tid',
        'ver',
        'at_hash',
        'c_hash',
        'email',
      ],
      ...common,
    };
  }
  return {
    token_endpoint: `${base}/oauth2/token`,
    jwks_uri: `${base}/discovery/keys`,
    issuer: `https://sts.windows.net/${issuerTenant}/`,
    microsoft_multi_refresh_token: true,
    check_session_iframe: `${base}/oauth2/checksession`,
    end_session_endpoint: `${base}/oauth2/logout`,
    scopes_supported: ['openid'],
    userinfo_endpoint: `${base}/openid/userinfo`,
    authorization_endpoint: `${base}/oauth2/authorize`,
    device_authorization_endpoint: `${base}/oauth2/devicecode`,
    claims_supported: [
      'sub',
      'iss',
      'cloud_instance_name',
      'cloud_instance_host_name',
      'cloud_graph_host_name',
      'msgraph_host',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'acr',
      'amr',
      'nonce',
      'email',
      'given_name',
      'family_name',
      'nickname',
    ],
    ...common,
  };
}

function discovery(r: ReplicaRequest, segment: string, v2: boolean): true {
  const t = resolveTenant(r.directory, segment);
  if (t.kind === 'error') return sendAadError(r.res, t.error);
  if (t.kind === 'multi') {
    const issuerTenant = t.segment === 'consumers' ? CONSUMERS_TENANT_ID : '{tenantid}';
    return sendJson(r.res, 200, openIdConfiguration(t.segment, issuerTenant, v2), CORS_HEADERS);
  }
  return sendJson(r.res, 200, openIdConfiguration(t.tenant.id, t.tenant.id, v2), CORS_HEADERS);
}

const INSTANCE_METADATA = [
  {
    preferred_network: 'login.microsoftonline.com',
    preferred_cache: 'login.windows.net',
    aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
  },
  {
    preferred_network: 'login.partner.microsoftonline.cn',
    preferred_cache: 'login.partner.microsoftonline.cn',
    aliases: ['login.partner.microsoftonline.cn', 'login.chinacloudapi.cn'],
  },
  { preferred_network: 'login.microsoftonline.de', preferred_cache: 'login.microsoftonline.de', aliases: ['login.microsoftonline.de'] },
  {
    preferred_network: 'login.microsoftonline.us',
    preferred_cache: 'login.microsoftonline.us',
    aliases: ['login.microsoftonline.us', 'login.usgovcloudapi.net'],
  },
  { preferred_network: 'login-us.microsoftonline.com', preferred_cache: 'login-us.microsoftonline.com', aliases: ['login-us.microsoftonline.com'] },
];

function instanceDiscovery(r: ReplicaRequest): true {
  const endpoint = r.url.searchParams.get('authorization_endpoint');
  let tenant = 'common';
  if (endpoint) {
    try {
      const u = new URL(endpoint);
      const known = INSTANCE_METADATA.some((m) => m.aliases.includes(u.hostname.toLowerCase()));
      if (!known) {
        return sendAadError(r.res, { status: 400, error: 'invalid_instance', code: 50049, message: 'Unknown or invalid instance.' });
      }
      tenant = u.pathname.split('/').filter(Boolean)[0] ?? 'common';
    } catch {
      return sendAadError(r.res, { status: 400, error: 'invalid_instance', code: 50049, message: 'Unknown or invalid instance.' });
    }
  }
  return sendJson(
    r.res,
    200,
    { tenant_discovery_endpoint: `${LOGIN_HOST}/${tenant}/v2.0/.well-known/openid-configuration`, 'api-version': '1.1', metadata: INSTANCE_METADATA },
    CORS_HEADERS,
  );
}

function keys(r: ReplicaRequest, segment: string, v2: boolean): true {
  const t = resolveTenant(r.directory, segment);
  if (t.kind === 'error') return sendAadError(r.res, t.error);
  const issuerTenant = t.kind === 'tenant' ? t.tenant.id : '{tenantid}';
  const issuer = v2 ? `${LOGIN_HOST}/${issuerTenant}/v2.0` : `https://sts.windows.net/${issuerTenant}/`;
  return sendJson(r.res, 200, jwks(issuer), CORS_HEADERS);
}

function errorLookup(r: ReplicaRequest): true {
  const code = r.url.searchParams.get('code') ?? '';
  return send(r.res, 200, `<!doctype html><title>Error lookup</title><h1>Error Code: ${escapeHtml(code)}</h1><p>AADSTS${escapeHtml(code)}</p>`);
}

export const loginHandler: HostHandler = (r) => {
  if (r.req.method === 'OPTIONS') return preflight(r);
  const segments = r.url.pathname.split('/').filter(Boolean);
  const [tenant, ...rest] = segments;
  const tail = rest.join('/').toLowerCase();
  if (!tenant) return false;
  if (tenant === 'error' && rest.length === 0) return errorLookup(r);
  if (tail === 'v2.0/.well-known/openid-configuration' && r.req.method === 'GET') return discovery(r, tenant, true);
  if (tail === '.well-known/openid-configuration' && r.req.method === 'GET') return discovery(r, tenant, false);
  if (tail === 'discovery/instance' && r.req.method === 'GET') return instanceDiscovery(r);
  if (tail === 'discovery/v2.0/keys' && r.req.method === 'GET') return keys(r, tenant, true);
  if (tail === 'discovery/keys' && r.req.method === 'GET') return keys(r, tenant, false);
  if (tail === 'oauth2/v2.0/token') return handleToken(r, tenant);
  if (tail === 'oauth2/v2.0/authorize' && (r.req.method === 'GET' || r.req.method === 'POST')) return handleAuthorize(r, tenant);
  if (tail === 'oauth2/v2.0/logout' && (r.req.method === 'GET' || r.req.method === 'POST')) return handleLogout(r, tenant);
  return false;
};
