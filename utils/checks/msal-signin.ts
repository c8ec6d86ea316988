/**
 * Interactive sign-in for the Graph audit with msal-browser, in an extension page (msal needs a
 * DOM, and the popup closes on focus loss). msal builds the authorize URL (PKCE, state, nonce);
 * instead of navigating, the URL is opened with identity.launchWebAuthFlow, and the redirect it
 * returns (https://<extension-id>.chromiumapp.org/#code=…) is handed back to msal.
 */
import { PublicClientApplication, type AuthenticationResult } from '@azure/msal-browser';
import { t } from '../i18n/t';
import { LOGIN_ORIGIN } from '../oauth-urls';
import type { GraphGet } from './graph-audit';

/** Read-only Graph scopes the audit needs: app registrations, service principals, grants and role assignments. */
export const AUDIT_SCOPES = ['https://graph.microsoft.com/Application.Read.All', 'https://graph.microsoft.com/Directory.Read.All'];

/**
 * What "Set it up for me" writes: the app, its secret and service principal; the tenant-wide
 * delegated grant; the application role assignments. Asked for only when the admin starts a
 * creation (incremental consent), never at install or for the audit.
 */
export const CREATE_SCOPES = [
  'https://graph.microsoft.com/Application.ReadWrite.All',
  'https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All',
  'https://graph.microsoft.com/AppRoleAssignment.ReadWrite.All',
];

export interface SignInDeps {
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  /** identity.getRedirectURL(): https://<extension-id>.chromiumapp.org/ */
  redirectUri: string;
  storage?: Pick<Storage, 'clear'>;
}

export interface SignInInput {
  clientId: string;
  /** Tenant GUID or domain to sign in to; 'organizations' lets the admin pick. */
  tenant?: string;
  scopes?: string[];
}

export interface SignedIn {
  accessToken: string;
  username?: string;
  tenantId?: string;
  /** Epoch ms when the token expires. */
  expiresOn?: number;
}

export class SignInError extends Error {
  constructor(
    message: string,
    readonly kind: 'cancelled' | 'refused' | 'failed' | 'offline',
  ) {
    super(message);
  }
}

/** msal's codes for "the network did not answer". */
const NETWORK_CODES = [
  'post_request_failed',
  'get_request_failed',
  'no_network_connectivity',
  'endpoints_resolution_error',
  'network_error',
  'failed_to_parse_response',
];

function msalFailure(error: unknown, what: (reason: string) => string): SignInError {
  const code = typeof error === 'object' && error !== null && 'errorCode' in error ? String(error.errorCode) : '';
  if (NETWORK_CODES.includes(code) || (error instanceof TypeError && /fetch/i.test(error.message))) return new SignInError(t('signin_failOffline'), 'offline');
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return new SignInError(what(message), 'refused');
}

/** What Microsoft said in the redirect when it did not sign the admin in. */
function errorFromRedirect(resultUrl: string): SignInError | undefined {
  const params = new URLSearchParams(new URL(resultUrl).hash.slice(1) || new URL(resultUrl).search.slice(1));
  const error = params.get('error');
  if (!error) return undefined;
  const description = (params.get('error_description') ?? '').split(/\r?\n/)[0] ?? '';
  if (error === 'access_denied') return new SignInError(t('signin_failCancelled'), 'cancelled');
  return new SignInError(t('signin_failRefused', { reason: description || error }), 'refused');
}

/**
 * The page's sessionStorage serves msal only: it is cleared before (a cancelled earlier sign-in
 * leaves "interaction in progress") and after (the Graph token must not outlive its use).
 */
export async function signInForGraph(input: SignInInput, deps: SignInDeps): Promise<SignedIn> {
  const storage = deps.storage ?? globalThis.sessionStorage;
  storage.clear();
  try {
    return await signIn(input, deps);
  } finally {
    storage.clear();
  }
}

async function signIn(input: SignInInput, deps: SignInDeps): Promise<SignedIn> {
  let authorizeUrl: string | undefined;
  const pca = new PublicClientApplication({
    auth: {
      clientId: input.clientId,
      authority: `${LOGIN_ORIGIN}/${encodeURIComponent(input.tenant || 'organizations')}`,
      redirectUri: deps.redirectUri,
      onRedirectNavigate: (url) => {
        authorizeUrl = url;
        // Never navigate the extension page itself: launchWebAuthFlow shows Microsoft's page.
        return false;
      },
    },
    // msal's redirect flow needs sessionStorage (memoryStorage is refused); it is wiped after each sign-in.
    cache: { cacheLocation: 'sessionStorage' },
  });
  try {
    await pca.initialize();
    await pca.acquireTokenRedirect({ scopes: input.scopes ?? AUDIT_SCOPES, prompt: 'select_account' });
  } catch (error) {
    throw msalFailure(error, (reason) => t('signin_failNotStartedBecause', { reason }));
  }
  if (!authorizeUrl) throw new SignInError(t('signin_failNotStarted'), 'failed');
  let resultUrl: string | undefined;
  try {
    resultUrl = await deps.launchWebAuthFlow({ url: authorizeUrl, interactive: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Chrome says "The user did not approve access." when the window is closed.
    if (/did not approve|closed|cancel/i.test(message)) throw new SignInError(t('signin_failWindowClosed'), 'cancelled');
    throw new SignInError(t('signin_failPageNotShown', { reason: message }), 'failed');
  }
  if (!resultUrl) throw new SignInError(t('signin_failCancelled'), 'cancelled');
  const refused = errorFromRedirect(resultUrl);
  if (refused) throw refused;
  let result: AuthenticationResult | null;
  try {
    // Fragment is msal's response mode; a query response is handed over the same way.
    const url = new URL(resultUrl);
    result = await pca.handleRedirectPromise({ hash: url.hash || `#${url.search.slice(1)}`, navigateToLoginRequestUrl: false });
  } catch (error) {
    throw msalFailure(error, (reason) => t('signin_failSignIn', { reason }));
  }
  if (!result?.accessToken) throw new SignInError(t('signin_failNoToken'), 'failed');
  return {
    accessToken: result.accessToken,
    username: result.account?.username,
    tenantId: result.tenantId || undefined,
    expiresOn: result.expiresOn?.getTime(),
  };
}

/** A Graph getter for the audit, with the token kept in this closure only. */
export function graphGetter(accessToken: string, signal: AbortSignal, fetchImpl: typeof fetch = fetch): GraphGet {
  return async (path) => {
    const response = await fetchImpl(`https://graph.microsoft.com${path}`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal,
      credentials: 'omit',
      cache: 'no-store',
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Empty or non-JSON body: status alone tells the audit what happened.
    }
    return { status: response.status, body };
  };
}
