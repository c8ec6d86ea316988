import { describe, expect, it, vi } from 'vitest';
import { checkToken, decodeJwtClaims, EXCHANGE_DEFAULT_SCOPE } from '../../utils/checks/token-check';
import { ensureOriginRule, originRemovalRule, ORIGIN_RULE_ID, TOKEN_ENDPOINT_REGEX } from '../../utils/checks/origin-rule';

const GUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const jwt = (claims: unknown) => `${b64({ alg: 'RS256' })}.${b64(claims)}.sig`;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const input = { tenant: TENANT, clientId: GUID, secret: 'abc8Q~xyz', path: 'mapi' as const };

describe('checkToken', () => {
  it('posts a client-credentials request for Exchange Online and reports the roles, not the token', async () => {
    const roles = ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'];
    const token = jwt({ roles, tid: TENANT, app_displayname: 'ServiceOps MAPI' });
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => json(200, { access_token: token, expires_in: 3599 }));
    const before = vi.fn(async () => undefined);
    const result = await checkToken(input, { fetch: fetch as unknown as typeof globalThis.fetch, beforeRequest: before });
    expect(before).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`);
    expect(init?.method).toBe('POST');
    const body = new URLSearchParams(String(init?.body));
    expect(Object.fromEntries(body)).toEqual({ grant_type: 'client_credentials', client_id: GUID, client_secret: 'abc8Q~xyz', scope: EXCHANGE_DEFAULT_SCOPE });
    expect(result).toEqual({ status: 'ok', roles, missingRoles: [], tenantId: TENANT, appName: 'ServiceOps MAPI', expiresInMinutes: 60 });
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('reports the roles a path needs but the token lacks (consent missing)', async () => {
    const fetch = async () => json(200, { access_token: jwt({ tid: TENANT, roles: ['Mail.Read'] }) });
    expect(await checkToken(input, { fetch })).toMatchObject({
      status: 'ok',
      roles: ['Mail.Read'],
      missingRoles: ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.ReadWrite'],
    });
    // IMAP reads mail with delegated permissions: an app-only token needs no roles there.
    expect(await checkToken({ ...input, path: 'imap' }, { fetch })).toMatchObject({ status: 'ok', missingRoles: [] });
  });

  it('explains a refusal, naming the Secret ID when a GUID was sent', async () => {
    const fetch = async () =>
      json(401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] });
    const result = await checkToken({ ...input, secret: GUID }, { fetch });
    expect(result).toMatchObject({ status: 'refused', error: { code: 'AADSTS7000215', cause: 'This is the Secret ID, not the secret.' } });
  });

  it('times out cleanly', async () => {
    const fetch = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    expect(await checkToken(input, { fetch, timeoutMs: 20 })).toEqual({ status: 'offline', message: 'Microsoft did not answer in time.' });
  });

  it('is cancellable', async () => {
    const controller = new AbortController();
    const fetch = (_url: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        // Like fetch: an already-aborted signal rejects at once.
        if (init?.signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const pending = checkToken(input, { fetch, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ status: 'cancelled', message: 'Cancelled.' });
  });

  it('reports a network failure as offline', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await checkToken(input, { fetch })).toMatchObject({ status: 'offline', message: expect.stringMatching(/could not be reached/) });
  });

  it('decodes base64url claims with non-ASCII text', () => {
    const claims = { app_displayname: 'Bürö ~ app?' };
    const encoded = Buffer.from(JSON.stringify(claims)).toString('base64url');
    expect(decodeJwtClaims(`x.${encoded}.y`)).toEqual(claims);
    expect(decodeJwtClaims('garbage')).toEqual({});
  });
});

describe('origin rule', () => {
  it("removes Origin only for this extension's tab-less POSTs to the token endpoint", () => {
    const rule = originRemovalRule('abcdefghijklmnopabcdefghijklmnop');
    expect(rule.action).toEqual({ type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] });
    expect(rule.condition).toMatchObject({ initiatorDomains: ['abcdefghijklmnopabcdefghijklmnop'], tabIds: [-1], requestMethods: ['post'] });
    const re = new RegExp(TOKEN_ENDPOINT_REGEX);
    expect(re.test(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`)).toBe(true);
    expect(re.test('https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token')).toBe(true);
    expect(re.test(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`)).toBe(false);
    expect(re.test(`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`)).toBe(false);
    expect(re.test(`https://evil.example/login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`)).toBe(false);
  });
  it('replaces any earlier copy of itself', async () => {
    const updateSessionRules = vi.fn(async () => undefined);
    await ensureOriginRule({ updateSessionRules }, 'id');
    expect(updateSessionRules).toHaveBeenCalledWith({ removeRuleIds: [ORIGIN_RULE_ID], addRules: [originRemovalRule('id')] });
  });
});
