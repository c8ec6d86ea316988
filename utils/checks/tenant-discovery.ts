/**
 * Microsoft's OIDC discovery for a tenant (no credentials, CORS-enabled): proves a tenant
 * exists and turns a domain into its GUID. Also tells a tenant GUID from any other GUID.
 */
import { t } from '../i18n/t';
import { LOGIN_ORIGIN } from '../oauth-urls';
import { findGuid } from '../guid';

export type TenantLookup =
  | { status: 'found'; tenantId: string; issuer: string }
  | { status: 'not-found'; code?: string; message: string }
  | { status: 'malformed'; message: string }
  | { status: 'offline'; message: string };

export interface LookupOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function lookupTenant(tenant: string, options: LookupOptions = {}): Promise<TenantLookup> {
  const doFetch = options.fetch ?? fetch;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 5000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await doFetch(`${LOGIN_ORIGIN}/${encodeURIComponent(tenant)}/v2.0/.well-known/openid-configuration`, {
      signal,
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (options.signal?.aborted) return { status: 'offline', message: t('checks_cancelledMessage') };
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { status: 'offline', message: timedOut ? t('checks_noAnswer') : t('checks_unreachable') };
  }
  let body: { issuer?: unknown; error?: unknown; error_description?: unknown; error_codes?: unknown } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A non-JSON answer is treated like an unknown tenant below.
  }
  if (response.ok && typeof body.issuer === 'string') {
    const tenantId = findGuid(body.issuer);
    if (tenantId) return { status: 'found', tenantId, issuer: body.issuer };
  }
  const description = typeof body.error_description === 'string' ? body.error_description : '';
  const code = /AADSTS\d+/.exec(description)?.[0];
  if (code === 'AADSTS900023') return { status: 'malformed', message: t('checks_tenantInvalid', { tenant }) };
  return { status: 'not-found', code, message: code ? t('checks_tenantMissingCode', { tenant, code }) : t('checks_tenantMissing', { tenant }) };
}
