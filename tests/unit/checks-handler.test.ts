import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkHandlers } from '../../utils/background/handlers/checks';
import { setupHandlers } from '../../utils/background/handlers/setups';
import type { HandlerContext } from '../../utils/background/handlers/types';
import { ORIGIN_RULE_ID } from '../../utils/checks/origin-rule';
import { checkResultsItem } from '../../utils/storage-items';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const VALUE = 'abc8Q~' + 'Xy_1.-~'.repeat(4) + 'Zq9w7e';
const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/=+$/, '');

let n = 0;
const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => 1_000_000, newId: () => `setup-${++n}` };
const ctx: HandlerContext = { deps, sender: { id: 'ext', url: 'chrome-extension://ext/popup.html' }, senderKind: 'extension-page', host: '' };

const updateSessionRules = vi.fn(async () => undefined);

async function newSetup(secret?: string): Promise<string> {
  const created = await setupHandlers['new-setup'].handle({ type: 'new-setup' }, ctx);
  if (!created.ok) throw new Error(created.error);
  await setupHandlers['update-setup'].handle(
    { type: 'update-setup', setupId: created.value.id, patch: { clientId: APP, tenantId: TENANT, path: 'mapi' } },
    ctx,
  );
  if (secret) await setupHandlers['set-secret'].handle({ type: 'set-secret', setupId: created.value.id, value: secret }, ctx);
  return created.value.id;
}

beforeEach(() => {
  fakeBrowser.reset();
  updateSessionRules.mockClear();
  Object.assign(fakeBrowser, { declarativeNetRequest: { updateSessionRules } });
});

describe('run-check (token)', () => {
  it('registers the Origin rule, asks Microsoft, and keeps only the outcome', async () => {
    const token = `x.${b64({ roles: ['full_access_as_app'], tid: TENANT })}.y`;
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      expect(updateSessionRules).toHaveBeenCalledOnce();
      expect(new URLSearchParams(String(init.body)).get('client_secret')).toBe(VALUE);
      return new Response(JSON.stringify({ access_token: token, expires_in: 3600 }), { status: 200 });
    });
    vi.stubGlobal('fetch', fetch);
    const setupId = await newSetup(VALUE);
    const result = await checkHandlers['run-check'].handle({ type: 'run-check', checkId: 'c1', setupId, kind: 'token' }, ctx);
    expect(fetch.mock.calls[0]?.[0]).toBe(`https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`);
    expect(updateSessionRules.mock.calls[0]).toEqual([expect.objectContaining({ removeRuleIds: [ORIGIN_RULE_ID] })]);
    expect(result).toMatchObject({
      ok: true,
      value: { token: { inputs: { clientId: APP, tenant: TENANT, secretHint: 'abc' }, result: { status: 'ok', roles: ['full_access_as_app'] } } },
    });
    const stored = JSON.stringify(await checkResultsItem.getValue());
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(VALUE);
  });

  it('tests the secret as typed when the popup sends it (a Secret ID the store refused)', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.', error_codes: [7000215] }), {
          status: 401,
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const setupId = await newSetup();
    const result = await checkHandlers['run-check'].handle({ type: 'run-check', checkId: 'c2', setupId, kind: 'token', secret: ` ${APP} ` }, ctx);
    expect(result).toMatchObject({ ok: true, value: { token: { result: { status: 'refused', error: { cause: 'This is the Secret ID, not the secret.' } } } } });
  });

  it('asks for the secret first, and refuses a malformed tenant before any request', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const setupId = await newSetup();
    expect(await checkHandlers['run-check'].handle({ type: 'run-check', checkId: 'c3', setupId, kind: 'token' }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/client secret Value first/),
    });
    expect(await checkHandlers['run-check'].handle({ type: 'run-check', checkId: 'c4', setupId, kind: 'tenant', tenantId: 'common' }, ctx)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a tenant/),
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('cancels a running check by its id', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const setupId = await newSetup(VALUE);
    const pending = checkHandlers['run-check'].handle({ type: 'run-check', checkId: 'slow', setupId, kind: 'token' }, ctx);
    await vi.waitFor(() => expect(updateSessionRules).toHaveBeenCalled());
    await checkHandlers['cancel-check'].handle({ type: 'cancel-check', checkId: 'slow' }, ctx);
    expect(await pending).toMatchObject({ ok: true, value: { token: { result: { status: 'cancelled' } } } });
  });
});

describe('run-check (tenant)', () => {
  it('resolves a domain and keeps the result per setup', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` }), { status: 200 }));
    const setupId = await newSetup();
    const result = await checkHandlers['run-check'].handle(
      { type: 'run-check', checkId: 't1', setupId, kind: 'tenant', tenantId: 'Contoso.onmicrosoft.com' },
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { tenant: { inputs: { tenant: 'contoso.onmicrosoft.com' }, result: { status: 'found', tenantId: TENANT } } },
    });
    expect((await checkResultsItem.getValue())[setupId]?.tenant?.result).toMatchObject({ tenantId: TENANT });
  });
});
