import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const granted = vi.hoisted(() => ({ origins: ['https://serviceops.test'] }));
const fills = vi.hoisted(() => ({ calls: [] as { setupId: string; tabId: number; origin: string }[] }));

vi.mock('../../utils/serviceops-origins', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/serviceops-origins')>()),
  grantedServiceOpsOrigins: async () => granted.origins,
}));
vi.mock('../../utils/background/fill', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/background/fill')>()),
  runFill: async (setup: { id: string }, target: { tabId: number; origin: string }) => {
    fills.calls.push({ setupId: setup.id, ...target });
    return { ok: true, fields: [] };
  },
}));

import { acceptedRedirectUrl } from '../../utils/background/fill';
import { createRouter } from '../../utils/background/router';
import { classifySender } from '../../utils/background/sender';
import { originFromPattern, originRows, parseManagedUrls, serviceOpsOriginsFrom } from '../../utils/serviceops-origins';
import { newSetup } from '../../utils/background/setups';
import { httpsOriginSchema } from '../../utils/schemas';
import { activeSetupIdItem, setupsItem } from '../../utils/storage-items';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;

describe('ServiceOps origins from permissions', () => {
  it('keeps https single-host patterns, drops Microsoft and portal hosts and wildcards', () => {
    expect(originFromPattern('https://sd.example.com/*')).toBe('https://sd.example.com');
    expect(originFromPattern('https://sd.example.com:8443/*')).toBe('https://sd.example.com:8443');
    expect(originFromPattern('http://sd.example.com/*')).toBeUndefined();
    expect(originFromPattern('https://*/*')).toBeUndefined();
    expect(originFromPattern('https://*.example.com/*')).toBeUndefined();
    expect(originFromPattern('https://login.microsoftonline.com/*')).toBeUndefined();
    expect(originFromPattern('https://portal.azure.com/*')).toBeUndefined();
    expect(serviceOpsOriginsFrom(['https://b.test/*', 'https://a.test/*', 'https://a.test/*', 'https://graph.microsoft.com/*'])).toEqual([
      'https://a.test',
      'https://b.test',
    ]);
  });

  it('rows: granted is active, added-but-not-granted is revoked, policy-only is waiting for a grant', () => {
    const rows = originRows(['https://a.test', 'https://m1.test'], ['https://a.test', 'https://gone.test'], ['https://m1.test', 'https://m2.test']);
    expect(rows.map((r) => [r.origin, r.status, r.managed])).toEqual([
      ['https://a.test', 'active', false],
      ['https://gone.test', 'revoked', false],
      ['https://m1.test', 'active', true],
      ['https://m2.test', 'needs-grant', true],
    ]);
  });

  it('policy URLs: https addresses become origins, anything else is reported', () => {
    const toOrigin = (s: string) => {
      const r = httpsOriginSchema.safeParse(s);
      return r.success ? r.data : undefined;
    };
    expect(
      parseManagedUrls(['https://sd.example.com/app/', 'sd2.example.com', 'http://plain.example.com', 42, 'https://login.microsoftonline.com'], toOrigin),
    ).toEqual({
      origins: ['https://sd.example.com', 'https://sd2.example.com'],
      rejected: ['http://plain.example.com', '42', 'https://login.microsoftonline.com'],
    });
    expect(parseManagedUrls(undefined, toOrigin)).toEqual({ origins: [], rejected: [] });
  });
});

describe('Redirect URL read back from ServiceOps', () => {
  it('keeps only https URLs', () => {
    expect(acceptedRedirectUrl('https://sd.example.com/api/oauth/callback/abc')).toBe('https://sd.example.com/api/oauth/callback/abc');
    expect(acceptedRedirectUrl('http://sd.example.com/cb')).toBeUndefined();
    expect(acceptedRedirectUrl('javascript:alert(1)')).toBeUndefined();
    expect(acceptedRedirectUrl('not a url')).toBeUndefined();
  });
});

describe('the inline fill request', () => {
  const onMessage = createRouter({ extensionId: EXT_ID, extensionOrigin: EXT_ORIGIN, now: () => 1000, newId: () => 'id' });

  beforeEach(async () => {
    fakeBrowser.reset();
    fills.calls = [];
    granted.origins = ['https://serviceops.test'];
    await setupsItem.setValue([newSetup('s1', 1)]);
    await activeSetupIdItem.setValue('s1');
  });

  it('classifies our script in the top frame of an https page as a ServiceOps frame, never a subframe or another extension', () => {
    expect(
      classifySender({ id: EXT_ID, url: 'https://serviceops.test/x', origin: 'https://serviceops.test', tab: { id: 1 }, frameId: 0 }, EXT_ID, EXT_ORIGIN),
    ).toBe('serviceops-frame');
    expect(classifySender({ id: EXT_ID, url: 'https://serviceops.test/x', tab: { id: 1 }, frameId: 3 }, EXT_ID, EXT_ORIGIN)).toBe('other');
    expect(classifySender({ id: EXT_ID, url: 'http://insecure-serviceops.test/x', tab: { id: 1 }, frameId: 0 }, EXT_ID, EXT_ORIGIN)).toBe('other');
    expect(classifySender({ id: 'another-extension', url: 'https://serviceops.test/x', tab: { id: 1 }, frameId: 0 }, EXT_ID, EXT_ORIGIN)).toBe('other');
  });

  it('fills the sending tab of a granted origin with the active setup', async () => {
    const result = await onMessage(
      { type: 'inline-fill', setupId: 's1', click: 'checked' },
      { id: EXT_ID, url: 'https://serviceops.test/admin', origin: 'https://serviceops.test', tab: { id: 7 }, frameId: 0 },
    );
    expect(result).toEqual({ ok: true, value: { ok: true, fields: [] } });
    expect(fills.calls).toEqual([{ setupId: 's1', tabId: 7, origin: 'https://serviceops.test' }]);
  });

  it('refuses a non-granted origin, a subframe and an http page, and fills nothing', async () => {
    const other = await onMessage(
      { type: 'inline-fill', setupId: 's1', click: 'checked' },
      { id: EXT_ID, url: 'https://other-serviceops.test/admin', origin: 'https://other-serviceops.test', tab: { id: 7 }, frameId: 0 },
    );
    expect(other).toMatchObject({ ok: false });
    const frame = await onMessage(
      { type: 'inline-fill', setupId: 's1', click: 'checked' },
      { id: EXT_ID, url: 'https://serviceops.test/embed', tab: { id: 7 }, frameId: 4 },
    );
    expect(frame).toBeUndefined();
    const http = await onMessage(
      { type: 'inline-fill', setupId: 's1', click: 'checked' },
      { id: EXT_ID, url: 'http://insecure-serviceops.test/admin', tab: { id: 7 }, frameId: 0 },
    );
    expect(http).toBeUndefined();
    expect(fills.calls).toEqual([]);
  });

  it('a ServiceOps page cannot use the popup’s requests (state with the secret, fill of another tab)', async () => {
    const sender = { id: EXT_ID, url: 'https://serviceops.test/admin', origin: 'https://serviceops.test', tab: { id: 7 }, frameId: 0 };
    expect(await onMessage({ type: 'get-state' }, sender)).toBeUndefined();
    expect(await onMessage({ type: 'fill-serviceops', setupId: 's1', tabId: 9 }, sender)).toBeUndefined();
    expect(await onMessage({ type: 'list-fill-targets' }, sender)).toBeUndefined();
    expect(fills.calls).toEqual([]);
  });
});

describe('fillValuesFor', () => {
  it('uses the resolved tenant GUID for the Tenant ID and both URLs when the admin typed a domain', async () => {
    const { fillValuesFor } = await import('../../utils/background/fill');
    const now = Date.now();
    const setup = {
      id: 's',
      name: 'x',
      path: 'mapi' as const,
      progress: {},
      createdAt: now,
      updatedAt: now,
      clientId: { value: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', provenance: { source: 'manual' as const, detail: '', capturedAt: now } },
      tenantId: { value: 'contoso.onmicrosoft.com', provenance: { source: 'manual' as const, detail: '', capturedAt: now } },
    };
    const guid = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    expect(fillValuesFor(setup, 'sec', guid)).toEqual({
      clientId: setup.clientId.value,
      tenantId: guid,
      clientSecret: 'sec',
      authorizationUrl: `https://login.microsoftonline.com/${guid}/oauth2/v2.0/authorize`,
      tokenUrl: `https://login.microsoftonline.com/${guid}/oauth2/v2.0/token`,
      scope: 'https://outlook.office365.com/.default',
    });
    // Unresolved (offline): the domain as typed, which Microsoft's URLs accept too.
    expect(fillValuesFor(setup, undefined).tenantId).toBe('contoso.onmicrosoft.com');
  });
});
