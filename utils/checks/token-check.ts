/**
 * Live check 2: does Microsoft issue an app-only token for these values? A client-credentials
 * request for Exchange Online, exactly what ServiceOps (MAPI/EWS) will do. The token is decoded
 * for its roles and then dropped: it is never stored, returned or shown.
 */
import { t } from '../i18n/t';
import { tokenUrl } from '../oauth-urls';
import type { MailProtocol, SetupPath } from '../schemas';
import { explainAadError, type AadErrorBody, type ExplainedError } from './aadsts-errors';
import { expectedExchangeRoles } from './required-permissions';

export const EXCHANGE_DEFAULT_SCOPE = 'https://outlook.office365.com/.default';

export interface TokenCheckInput {
  tenant: string;
  clientId: string;
  secret: string;
  path: SetupPath;
  /** The protocols the setup is used for: the roles an app-only token must carry follow them. */
  protocols?: readonly MailProtocol[];
  /** Secret expiry if known (ISO), to date an "expired" answer. */
  secretExpires?: string;
}

export type TokenCheckResult =
  | { status: 'ok'; roles: string[]; missingRoles: string[]; tenantId?: string; appName?: string; expiresInMinutes?: number }
  | { status: 'refused'; error: ExplainedError }
  | { status: 'offline'; message: string }
  | { status: 'cancelled'; message: string };

export interface TokenCheckOptions {
  fetch?: typeof fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Called right before the request: registers the Origin-removal rule. */
  beforeRequest?: () => Promise<void>;
}

interface TokenClaims {
  roles?: unknown;
  tid?: unknown;
  app_displayname?: unknown;
}

/** The claims of a JWT, without verifying it (only for telling the admin what was granted). */
export function decodeJwtClaims(token: string): TokenClaims {
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function checkToken(input: TokenCheckInput, options: TokenCheckOptions = {}): Promise<TokenCheckResult> {
  const doFetch = options.fetch ?? fetch;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: input.clientId, client_secret: input.secret, scope: EXCHANGE_DEFAULT_SCOPE });
  let response: Response;
  try {
    await options.beforeRequest?.();
    response = await doFetch(tokenUrl(input.tenant), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
      signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) return { status: 'cancelled', message: t('checks_cancelledMessage') };
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { status: 'offline', message: timedOut ? t('checks_noAnswer') : t('checks_unreachable') };
  }
  let json: Record<string, unknown> = {};
  try {
    json = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON: handled as an unexplained refusal below.
  }
  if (response.ok && typeof json.access_token === 'string') {
    const claims = decodeJwtClaims(json.access_token);
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
    const missingRoles = expectedExchangeRoles(input.path, input.protocols).filter((r) => !roles.includes(r));
    return {
      status: 'ok',
      roles,
      missingRoles,
      tenantId: typeof claims.tid === 'string' ? claims.tid : undefined,
      appName: typeof claims.app_displayname === 'string' ? claims.app_displayname : undefined,
      expiresInMinutes: typeof json.expires_in === 'number' ? Math.round(json.expires_in / 60) : undefined,
    };
  }
  const errorBody: AadErrorBody = {
    error: typeof json.error === 'string' ? json.error : undefined,
    error_description: typeof json.error_description === 'string' ? json.error_description : `HTTP ${response.status}`,
    error_codes: Array.isArray(json.error_codes) ? json.error_codes.filter((c): c is number => typeof c === 'number') : undefined,
  };
  return {
    status: 'refused',
    error: explainAadError(errorBody, {
      secretIsGuid: GUID.test(input.secret.trim()),
      secretExpires: input.secretExpires,
      tenant: input.tenant,
      clientId: input.clientId,
    }),
  };
}
