/**
 * GET/POST /{tenant}/oauth2/v2.0/authorize and /{tenant}/oauth2/v2.0/logout.
 *
 * Shows "Sign in" / "Pick an account" with a tile per seeded user of the tenant (identity-tokens.ts:
 * admin, roles, apps, member) and, when the requested delegated scopes are not consented yet, a
 * "Permissions requested" list with "Accept". The page's form posts back to the same URL with
 * replica_user=<upn> (a tile) or replica_action=approve|cancel. Permissions that need an
 * administrator (ADMIN_CONSENT_SCOPES) cannot be accepted by a user without an admin role: he gets
 * "Need admin approval" (interactive) or error AADSTS90094 (auto-approve), as on Microsoft's page.
 * Incremental consent works as at Microsoft: a later request for more scopes shows (or, with
 * auto-approve, records) only the ones not yet granted.
 *
 * Who signs in: the picked tile, else `login_hint`, else setLoginUser(directory, kind), else the
 * browser's session, else the Global Administrator.
 *
 * Auto-approve (no page, immediate redirect), any of:
 *  - setLoginAutoApprove(directory, true) from identity-tokens.ts / identity-seed.ts,
 *  - a cookie `replicaAutoApprove=1` on login.microsoftonline.com,
 *  - the query parameter `replicaAutoApprove=1` (e.g. msal's extraQueryParameters).
 * A signed-in session (cookie ESTSAUTH, set on approval) also skips the page when no `prompt`
 * is given and nothing needs consent, like real single-account SSO; prompt=none uses it too.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GRAPH_APP_ID, RESOURCES, type Directory, type Tenant } from '../directory';
import { escapeHtml, send } from '../http-util';
import {
  findUser,
  loginState,
  mayConsentForAdminScopes,
  needsAdminConsent,
  newOpaqueToken,
  tenantAdmin,
  tenantUser,
  tenantUsers,
  type IdentityUser,
} from '../identity-tokens';
import type { ReplicaRequest } from '../types';
import { clientInfo, findClient, grantedScopes, missingScopes, parseDelegatedScopes, recordUserConsent, resolveTenant } from './common';
import { E, aadErrorBody, sendAadErrorPage, type AadError } from './errors';

export const SESSION_COOKIE = 'ESTSAUTH';

function cookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return out;
}

type ResponseMode = 'query' | 'fragment' | 'form_post';

function redirectBack(
  res: ServerResponse,
  redirectUri: string,
  mode: ResponseMode,
  params: Record<string, string | undefined>,
  headers: Record<string, string | string[]> = {},
): true {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  if (mode === 'form_post') {
    const inputs = entries.map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(
      `<!doctype html><html><head><title>Working...</title></head><body><form method="POST" name="hiddenform" action="${escapeHtml(redirectUri)}">${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript></form><script>document.forms[0].submit()</script></body></html>`,
    );
    return true;
  }
  const qs = new URLSearchParams(entries).toString();
  const location = mode === 'query' ? `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${qs}` : `${redirectUri.split('#')[0]}#${qs}`;
  res.writeHead(302, { location, 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(`<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="${escapeHtml(location)}">here</a>.</h2></body></html>`);
  return true;
}

function errorParams(e: AadError, state: string | null, errorName = e.error): Record<string, string | undefined> {
  const body = aadErrorBody(e);
  return { error: errorName, error_description: body.error_description, error_uri: body.error_uri, state: state ?? undefined };
}

export function handleAuthorize(r: ReplicaRequest, tenantSegment: string): true {
  const { req, res, url, directory, body } = r;
  const q = url.searchParams;
  const form = req.method === 'POST' ? new URLSearchParams(body) : new URLSearchParams();
  const jar = cookies(req);
  const state = loginState(directory);

  const t = resolveTenant(directory, tenantSegment);
  if (t.kind === 'error') return sendAadErrorPage(res, t.error);
  const clientId = q.get('client_id');
  if (!clientId) return sendAadErrorPage(res, E.missingQueryParam('client_id'));

  const sessionId = jar.get(SESSION_COOKIE);
  const session = sessionId ? state.sessions.get(sessionId) : undefined;
  const anyApp = directory.findApp(clientId);
  let userTenant: Tenant | undefined;
  if (t.kind === 'tenant') userTenant = t.tenant;
  else if (session) userTenant = directory.findTenant(session.tenantId);
  else if (anyApp) userTenant = anyApp.signInAudience === 'AzureADMyOrg' ? directory.findTenant(anyApp.tenantId) : directory.homeTenant;
  else userTenant = directory.homeTenant;
  if (!userTenant) return sendAadErrorPage(res, E.appNotFound(clientId, 'unknown'));

  const client = findClient(directory, clientId, userTenant);
  if (!client) return sendAadErrorPage(res, E.appNotFound(clientId, userTenant.displayName));
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri) return sendAadErrorPage(res, E.missingQueryParam('redirect_uri'));
  const spa = client.app.spa.redirectUris.includes(redirectUri);
  if (!spa && !client.app.web.redirectUris.includes(redirectUri)) return sendAadErrorPage(res, E.redirectMismatch(redirectUri, client.app.appId));

  const stateParam = q.get('state');
  const rawMode = q.get('response_mode');
  const mode: ResponseMode = rawMode === 'query' || rawMode === 'form_post' || rawMode === 'fragment' ? rawMode : 'query';
  const back = (params: Record<string, string | undefined>, headers?: Record<string, string | string[]>) =>
    redirectBack(res, redirectUri, mode, params, headers);

  const responseType = q.get('response_type');
  if (!responseType) return back(errorParams(E.missingQueryParam('response_type'), stateParam));
  if (responseType !== 'code') return back(errorParams(E.unsupportedResponseType(), stateParam));
  const scope = q.get('scope');
  if (!scope) return back(errorParams(E.missingQueryParam('scope'), stateParam, 'invalid_request'));
  const parsed = parseDelegatedScopes(scope, userTenant.displayName);
  if (!parsed.ok) return back(errorParams(parsed.error, stateParam));
  if (!directory.findServicePrincipal(parsed.value.resourceAppId, userTenant.id)) {
    return back(errorParams(E.resourceNotFound(parsed.value.resourceUri, userTenant.displayName), stateParam));
  }
  const codeChallenge = q.get('code_challenge') ?? undefined;
  const method = q.get('code_challenge_method') ?? (codeChallenge ? 'plain' : undefined);
  if (spa && !codeChallenge) return back(errorParams(E.pkceRequired(), stateParam));
  if (method && method !== 'S256' && method !== 'plain') return back(errorParams(E.missingQueryParam('code_challenge_method'), stateParam));

  if (req.method === 'GET') state.authorizeRequests.push({ clientId: client.app.appId, scope, tenantId: userTenant.id });
  const picked = form.get('replica_user');
  const hint = q.get('login_hint');
  const sessionUser = session && session.tenantId === userTenant.id ? findUser(userTenant, session.userOid) : undefined;
  // A picked tile wins, then login_hint, then the account a test chose, then the browser's session.
  const user: IdentityUser =
    (picked ? findUser(userTenant, picked) : undefined) ??
    (hint ? findUser(userTenant, hint) : undefined) ??
    (state.signInAs ? tenantUser(userTenant, state.signInAs) : undefined) ??
    sessionUser ??
    tenantAdmin(userTenant);
  const sessionValid = !!session && session.tenantId === userTenant.id && session.userOid === user.oid;
  const granted = grantedScopes(directory, client.sp, userTenant.id, parsed.value.resourceAppId, user.oid);
  const missing = missingScopes(parsed.value, granted);
  // Permissions only an administrator may accept: a user without such a role cannot consent to them.
  const needsAdmin = parsed.value.resourceAppId === GRAPH_APP_ID && missing.some(needsAdminConsent) && !mayConsentForAdminScopes(user);
  const prompt = q.get('prompt');
  const action = picked ? 'approve' : form.get('replica_action');
  const autoApprove = state.autoApprove || jar.get('replicaAutoApprove') === '1' || q.get('replicaAutoApprove') === '1';

  const issue = (consent: boolean): true => {
    if (consent && missing.length && client.sp) recordUserConsent(directory, client.sp, userTenant.id, parsed.value.resourceAppId, user.oid, missing);
    const sid = sessionValid && sessionId ? sessionId : newOpaqueToken('replica');
    state.sessions.set(sid, { tenantId: userTenant.id, userOid: user.oid });
    const code = newOpaqueToken('0.AReplica');
    state.codes.set(code, {
      clientId: client.app.appId,
      tenantId: userTenant.id,
      userOid: user.oid,
      redirectUri,
      spa,
      scope,
      nonce: q.get('nonce') ?? undefined,
      codeChallenge,
      codeChallengeMethod: method,
      expiresAt: Date.now() + 10 * 60_000,
      redeemed: false,
    });
    return back(
      { code, client_info: clientInfo(user), state: stateParam ?? undefined, session_state: randomUUID() },
      { 'set-cookie': `${SESSION_COOKIE}=${encodeURIComponent(sid)}; Path=/; Secure; HttpOnly; SameSite=None` },
    );
  };

  if (action === 'cancel') return back(errorParams(E.userDeclined(), stateParam));
  if (action === 'approve' || autoApprove) {
    if (!needsAdmin) return issue(true);
    if (autoApprove && !picked) return back(errorParams(E.adminConsentRequired(), stateParam));
    return renderNeedsAdminApproval(res, url, user, client.app.displayName, missing.filter(needsAdminConsent));
  }
  if (prompt === 'none') {
    if (!sessionValid) return back(errorParams(E.loginRequired(), stateParam));
    if (missing.length) return back(errorParams(E.consentRequired(client.app.appId, client.app.displayName), stateParam, 'consent_required'));
    return issue(false);
  }
  if (sessionValid && !prompt && !missing.length) return issue(false);
  return renderSignIn(res, url, tenantUsers(userTenant), user, client.app.displayName, missing, parsed.value.resourceAppId);
}

const PAGE_STYLE = `<style>body{font-family:"Segoe UI",sans-serif;background:#f2f2f2;margin:0}main{max-width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.tile{display:flex;flex-direction:column;align-items:flex-start;width:100%;padding:12px;border:0;background:#fff;text-align:left;cursor:pointer}.tile:hover{background:#eee}
.upn{color:#555;font-size:13px}.buttons{display:flex;gap:8px;justify-content:flex-end;margin-top:24px}.primary{background:#0067b8;color:#fff;border:0;padding:6px 24px}.secondary{padding:6px 24px}</style>`;

/** What Microsoft shows a user who may not accept permissions that need an administrator. */
function renderNeedsAdminApproval(res: ServerResponse, url: URL, user: IdentityUser, appName: string, scopes: string[]): true {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>${PAGE_STYLE}</head>
<body><main>
<div class="logo" aria-label="Microsoft">Microsoft</div>
<div class="upn">${escapeHtml(user.upn)}</div>
<h1 id="loginHeader">Need admin approval</h1>
<p><strong>${escapeHtml(appName)}</strong> needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>
<ul id="requestedScopes">${scopes.map((m) => `<li data-scope="${escapeHtml(m)}">${escapeHtml(m)}</li>`).join('')}</ul>
<form method="post" action="${escapeHtml(url.pathname + url.search)}">
<div class="buttons"><button type="submit" class="secondary" name="replica_action" value="cancel" id="idBtn_Back">Return to the application without granting consent</button></div>
</form>
</main></body></html>`;
  return send(res, 200, html);
}

function renderSignIn(
  res: ServerResponse,
  url: URL,
  users: IdentityUser[],
  user: IdentityUser,
  appName: string,
  missing: string[],
  resourceAppId: string,
): true {
  const resourceName = RESOURCES.find((r) => r.appId === resourceAppId)?.displayName ?? resourceAppId;
  const consent = missing.length
    ? `<section id="consent" aria-labelledby="consentHeader">
<h2 id="consentHeader">Permissions requested</h2>
<p><strong>${escapeHtml(appName)}</strong> would like to:</p>
<ul id="requestedScopes">${missing.map((m) => `<li data-scope="${escapeHtml(m)}">${escapeHtml(m)} (${escapeHtml(resourceName)})</li>`).join('')}</ul>
</section>`
    : '';
  // Each tile signs in its account (and accepts what is listed); the primary button signs in the first one.
  const tiles = [user, ...users.filter((u) => u.oid !== user.oid)]
    .map(
      (
        u,
      ) => `<button type="submit" class="tile" name="replica_user" value="${escapeHtml(u.upn)}" data-test-id="${escapeHtml(u.upn)}" aria-label="${escapeHtml(`${u.name} — ${u.upn}`)}">
<span class="name">${escapeHtml(u.name)}</span><span class="upn">${escapeHtml(u.upn)}</span>
</button>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>${PAGE_STYLE}</head>
<body><main>
<div class="logo" aria-label="Microsoft">Microsoft</div>
<h1 id="loginHeader">Sign in</h1>
<form method="post" action="${escapeHtml(url.pathname + url.search)}">
<div role="heading" aria-level="2" id="pickHeader">Pick an account</div>
${tiles}
${consent}
<div class="buttons">
<button type="submit" class="secondary" name="replica_action" value="cancel" id="idBtn_Back">Cancel</button>
<button type="submit" class="primary" name="replica_action" value="approve" id="idSIButton9">${missing.length ? 'Accept' : 'Sign in'}</button>
</div>
</form>
</main></body></html>`;
  return send(res, 200, html);
}

export function handleLogout(r: ReplicaRequest, tenantSegment: string): true {
  const { req, res, url, directory } = r;
  const t = resolveTenant(directory, tenantSegment);
  if (t.kind === 'error') return sendAadErrorPage(res, t.error);
  const sid = cookies(req).get(SESSION_COOKIE);
  if (sid) loginState(directory).sessions.delete(sid);
  const clear = `${SESSION_COOKIE}=; Path=/; Secure; HttpOnly; SameSite=None; Max-Age=0`;
  const post = url.searchParams.get('post_logout_redirect_uri');
  if (post) {
    res.writeHead(302, { location: post, 'set-cookie': clear, 'cache-control': 'no-store' });
    res.end();
    return true;
  }
  return send(
    res,
    200,
    '<!doctype html><title>Sign out</title><h1>You signed out of your account</h1><p>It’s a good idea to close all browser windows.</p>',
    'text/html; charset=utf-8',
    { 'set-cookie': clear },
  );
}

export function signOutAll(directory: Directory): void {
  loginState(directory).sessions.clear();
}
