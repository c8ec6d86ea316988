/** AADSTS error bodies and pages shaped like login.microsoftonline.com's. */
import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { escapeHtml, send, sendJson } from '../http-util';

export const CORS_HEADERS: Record<string, string> = { 'access-control-allow-origin': '*' };

/** `2024-05-01 12:34:56Z`, the format ESTS uses in error bodies. */
export function estsTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
}

export interface AadError {
  status: number;
  error: string;
  code: number;
  message: string;
}

export function aad(status: number, error: string, code: number, message: string): AadError {
  return { status, error, code, message };
}

export function aadErrorBody(
  e: AadError,
  correlationId?: string,
): {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
} {
  const traceId = randomUUID();
  const corr = correlationId && /^[0-9a-f-]{36}$/i.test(correlationId) ? correlationId : randomUUID();
  const timestamp = estsTimestamp();
  return {
    error: e.error,
    error_description: `AADSTS${e.code}: ${e.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${corr}\r\nTimestamp: ${timestamp}`,
    error_codes: [e.code],
    timestamp,
    trace_id: traceId,
    correlation_id: corr,
    error_uri: `https://login.microsoftonline.com/error?code=${e.code}`,
  };
}

export function sendAadError(res: ServerResponse, e: AadError, correlationId?: string): true {
  const body = aadErrorBody(e, correlationId);
  return sendJson(res, e.status, body, { ...CORS_HEADERS, 'x-ms-request-id': body.trace_id });
}

/** The page ESTS shows when it cannot redirect back (bad client, bad redirect URI, bad tenant). */
export function sendAadErrorPage(res: ServerResponse, e: AadError): true {
  const body = aadErrorBody(e);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>
<style>body{font-family:"Segoe UI",sans-serif;background:#f2f2f2;margin:0}main{max-width:440px;margin:80px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}.code{font-family:monospace;font-size:13px;white-space:pre-wrap;word-break:break-word}</style></head>
<body><main>
<div class="logo" aria-label="Microsoft">Microsoft</div>
<h1 id="loginHeader">Sign in</h1>
<div role="alert" id="errorText">Sorry, but we’re having trouble signing you in.</div>
<p class="code" id="errorMessage">AADSTS${e.code}: ${escapeHtml(e.message)}</p>
<dl class="code">
<dt>Request Id</dt><dd>${body.trace_id}</dd>
<dt>Correlation Id</dt><dd>${body.correlation_id}</dd>
<dt>Timestamp</dt><dd>${escapeHtml(body.timestamp)}</dd>
<dt>Message</dt><dd data-error-code="${e.code}" data-error="${escapeHtml(e.error)}">AADSTS${e.code}: ${escapeHtml(e.message)}</dd>
</dl>
</main></body></html>`;
  return send(res, e.status, html);
}

// ---- the catalogue ---------------------------------------------------------------------------

export const E = {
  tenantNotFound: (t: string) =>
    aad(
      400,
      'invalid_tenant',
      90002,
      `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    ),
  tenantMalformed: (t: string) =>
    aad(400, 'invalid_request', 900023, `Specified tenant identifier '${t}' is neither a valid DNS name, nor a valid external domain.`),
  noTenantInfo: () =>
    aad(400, 'invalid_request', 50059, 'No tenant-identifying information found in either the request or implied by any provided credentials.'),
  missingParam: (name: string) => aad(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`),
  missingQueryParam: (name: string) => aad(400, 'invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`),
  postOnly: () => aad(400, 'invalid_request', 900561, 'The endpoint only accepts POST requests. Received a GET request.'),
  unsupportedGrant: (g: string) => aad(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${g}'.`),
  crossOriginNotSpa: (origin: string) =>
    aad(
      400,
      'invalid_request',
      9002326,
      `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${origin}'.`,
    ),
  spaNotCrossOrigin: () =>
    aad(400, 'invalid_request', 9002327, "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests."),
  appNotFound: (appId: string, tenantName: string) =>
    aad(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${appId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    ),
  missingServicePrincipal: (appId: string, tenantId: string) =>
    aad(
      401,
      'invalid_client',
      7000229,
      `The client application ${appId} is missing service principal in the tenant ${tenantId}. See instructions here: https://go.microsoft.com/fwlink/?linkid=2225119`,
    ),
  invalidSecret: (appId: string) =>
    aad(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'.`,
    ),
  expiredSecret: (appId: string) =>
    aad(
      401,
      'invalid_client',
      7000222,
      `The provided client secret keys for app '${appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
    ),
  secretRequired: () => aad(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."),
  scopeNotDefault: (scope: string) =>
    aad(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    ),
  invalidScope: (scope: string) =>
    aad(
      400,
      'invalid_scope',
      70011,
      `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
    ),
  multipleResources: () =>
    aad(
      400,
      'invalid_scope',
      28000,
      'Provided value for the input parameter scope is not valid because it contains more than one resource. Scope %s is not valid.',
    ),
  resourceNotFound: (resource: string, tenantName: string) =>
    aad(
      400,
      'invalid_resource',
      500011,
      `The resource principal named ${resource} was not found in the tenant named ${tenantName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    ),
  redirectMismatch: (uri: string, appId: string) =>
    aad(
      400,
      'invalid_request',
      50011,
      `The redirect URI '${uri}' specified in the request does not match the redirect URIs configured for the application '${appId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to learn more about how to fix this.`,
    ),
  codeInvalid: () => aad(400, 'invalid_grant', 70000, "The provided value for the 'code' parameter is not valid."),
  codeExpired: () =>
    aad(
      400,
      'invalid_grant',
      70008,
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
    ),
  codeRedeemed: () =>
    aad(400, 'invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.'),
  codeOtherClient: () => aad(400, 'invalid_grant', 70000, 'The provided authorization code was issued to a different client.'),
  codeRedirectMismatch: (given: string, original: string) =>
    aad(
      400,
      'invalid_grant',
      500112,
      `The reply address '${given}' does not match the reply address '${original}' provided when requesting Authorization code.`,
    ),
  pkceMismatch: () => aad(400, 'invalid_grant', 50148, 'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.'),
  pkceRequired: () => aad(400, 'invalid_request', 9002325, 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.'),
  refreshInvalid: () => aad(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.'),
  consentRequired: (appId: string, name: string) =>
    aad(
      400,
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${appId}' named '${name}'. Send an interactive authorization request for this user and resource.`,
    ),
  loginRequired: () => aad(400, 'login_required', 50058, 'A silent sign-in request was sent but no user is signed in.'),
  badCredentials: () => aad(400, 'invalid_grant', 50126, 'Error validating credentials due to invalid username or password.'),
  unsupportedResponseType: () => aad(400, 'unsupported_response_type', 700054, "response_type 'id_token' is not enabled for the application."),
  userDeclined: () => aad(400, 'access_denied', 65004, 'User declined to consent to access the app.'),
  adminConsentRequired: () => aad(400, 'access_denied', 90094, 'The grant requires admin permission.'),
};
