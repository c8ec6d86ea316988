/**
 * A setup goes only to the ServiceOps it is bound to (SECURITY.md, "Filling"): an admin of two
 * tenants with two ServiceOps servers must not send tenant B's secret to ServiceOps A with one click.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const granted = vi.hoisted(() => ({ origins: ['https://a.test', 'https://b.test'] }));
const fills = vi.hoisted(() => ({ calls: [] as { setupId: string; origin: string; documentId?: string; bind?: boolean }[] }));

vi.mock('../../utils/serviceops-origins', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/serviceops-origins')>()),
  grantedServiceOpsOrigins: async () => granted.origins,
}));
vi.mock('../../utils/background/fill', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/background/fill')>()),
  runFill: async (setup: { id: string }, target: { origin: string; documentId?: string }, _now: number, options: { bind?: boolean } = {}) => {
    fills.calls.push({ setupId: setup.id, origin: target.origin, documentId: target.documentId, bind: options.bind });
    return { ok: true, fields: [] };
  },
  sendCommand: async () => true,
}));

import { createRouter } from '../../utils/background/router';
import { newSetup } from '../../utils/background/setups';
import { bindTo, boundElsewhere, boundOrigins, inlineSetup, tenantLabel } from '../../utils/fill/binding';
import type { Setup } from '../../utils/schemas';
import { activeSetupIdItem, pendingFillsItem, setupsItem } from '../../utils/storage-items';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXT_ORIGIN = `chrome-extension://${EXT_ID}/`;
const TENANT_A = '11111111-aaaa-4aaa-8aaa-111111111111';
const TENANT_B = '22222222-bbbb-4bbb-8bbb-222222222222';
const manual = { source: 'manual' as const, detail: '', capturedAt: 1 };

function tenantSetup(id: string, tenant: string, extra: Partial<Setup> = {}, updatedAt = 1): Setup {
  return { ...newSetup(id, 1, `Tenant ${id}`), tenantId: { value: tenant, provenance: manual }, updatedAt, ...extra };
}

const pageOf = (origin: string, documentId = 'doc-1') => ({ id: EXT_ID, url: `${origin}/admin`, origin, tab: { id: 7 }, frameId: 0, documentId });
const popup = { id: EXT_ID, url: `${EXT_ORIGIN}popup.html` };

describe('binding rules', () => {
  it('a setup stored before the binding existed is bound to where it was last filled; an empty list is unbound', () => {
    expect(boundOrigins(tenantSetup('a', TENANT_A, { serviceOpsOrigin: 'https://a.test' }))).toEqual(['https://a.test']);
    expect(boundOrigins(tenantSetup('a', TENANT_A))).toEqual([]);
    expect(boundOrigins(tenantSetup('a', TENANT_A, { serviceOpsOrigin: 'https://a.test', serviceOpsOrigins: [] }))).toEqual([]);
    expect(boundElsewhere(tenantSetup('a', TENANT_A, { serviceOpsOrigins: ['https://a.test'] }), 'https://b.test')).toBe(true);
    expect(boundElsewhere(tenantSetup('a', TENANT_A), 'https://b.test')).toBe(false);
    expect(bindTo(tenantSetup('a', TENANT_A, { serviceOpsOrigins: ['https://a.test'] }), 'https://b.test').serviceOpsOrigins).toEqual([
      'https://a.test',
      'https://b.test',
    ]);
  });

  it('the inline button of a ServiceOps fills the setup bound there, not merely the active one', () => {
    const a = tenantSetup('a', TENANT_A, { serviceOpsOrigins: ['https://a.test'] });
    const b = tenantSetup('b', TENANT_B, { serviceOpsOrigins: ['https://b.test'] }, 5);
    expect(inlineSetup([a, b], 'b', 'https://a.test')?.id).toBe('a');
    expect(inlineSetup([a, b], 'b', 'https://b.test')?.id).toBe('b');
    // Nothing bound to this origin: the active setup (asked first when bound elsewhere).
    expect(inlineSetup([a, b], 'b', 'https://c.test')?.id).toBe('b');
    expect(tenantLabel(a, true)).toBe('11111111…');
    expect(tenantLabel(a)).toBe(TENANT_A);
  });
});

describe('fills through the router', () => {
  const onMessage = createRouter({ extensionId: EXT_ID, extensionOrigin: EXT_ORIGIN, now: () => 1000, newId: () => 'pending-1' });
  let opened: string[];

  beforeEach(async () => {
    fakeBrowser.reset();
    fills.calls = [];
    opened = [];
    vi.spyOn(fakeBrowser.windows, 'create').mockImplementation((async (options: { url?: string }) => {
      opened.push(String(options.url));
      return { id: 1 };
    }) as never);
    // Tenant B's setup is the active one (the admin last looked at tenant B's app in the portal).
    await setupsItem.setValue([
      tenantSetup('a', TENANT_A, { serviceOpsOrigins: ['https://a.test'] }),
      tenantSetup('b', TENANT_B, { serviceOpsOrigins: ['https://b.test'] }),
    ]);
    await activeSetupIdItem.setValue('b');
  });

  it('the inline button on ServiceOps A names and fills tenant A’s setup, into the document that asked', async () => {
    expect(await onMessage({ type: 'inline-preview' }, pageOf('https://a.test'))).toEqual({
      ok: true,
      value: { setupId: 'a', setupName: 'Tenant a', tenant: '11111111…', boundElsewhere: false },
    });
    expect(await onMessage({ type: 'inline-fill', setupId: 'a', click: 'checked' }, pageOf('https://a.test'))).toMatchObject({ ok: true });
    expect(fills.calls).toEqual([{ setupId: 'a', origin: 'https://a.test', documentId: 'doc-1', bind: undefined }]);
  });

  it('a setup bound elsewhere is never filled by the inline click: the extension asks in its own window', async () => {
    await setupsItem.setValue([tenantSetup('b', TENANT_B, { serviceOpsOrigins: ['https://b.test'] })]);
    const answer = await onMessage({ type: 'inline-fill', setupId: 'b', click: 'checked' }, pageOf('https://a.test'));
    expect(answer).toMatchObject({ ok: true, value: { confirm: { reason: 'other-origin', origin: 'https://a.test', boundTo: ['https://b.test'] } } });
    expect(fills.calls).toEqual([]);
    expect(opened).toEqual([expect.stringMatching(/\/fill-confirm\.html#pending-1$/)]);
    expect((await pendingFillsItem.getValue())['pending-1']).toMatchObject({ setupId: 'b', origin: 'https://a.test', documentId: 'doc-1' });

    // The confirmation page shows the question, then the admin's answer fills that document once.
    expect(await onMessage({ type: 'fill-confirm-get', id: 'pending-1' }, popup)).toMatchObject({
      ok: true,
      value: { setupName: 'Tenant b', tenant: TENANT_B },
    });
    expect(await onMessage({ type: 'fill-confirm', id: 'pending-1', answer: 'bind' }, popup)).toMatchObject({ ok: true });
    expect(fills.calls).toEqual([{ setupId: 'b', origin: 'https://a.test', documentId: 'doc-1', bind: true }]);
    // An answer is used once.
    expect(await onMessage({ type: 'fill-confirm', id: 'pending-1', answer: 'fill' }, popup)).toMatchObject({ ok: false });
    expect(fills.calls).toHaveLength(1);
  });

  it('two answers with the same id at once (a double click) fill once', async () => {
    await setupsItem.setValue([tenantSetup('b', TENANT_B, { serviceOpsOrigins: ['https://b.test'] })]);
    await onMessage({ type: 'inline-fill', setupId: 'b', click: 'checked' }, pageOf('https://a.test'));
    const answers = await Promise.all([
      onMessage({ type: 'fill-confirm', id: 'pending-1', answer: 'fill' }, popup),
      onMessage({ type: 'fill-confirm', id: 'pending-1', answer: 'fill' }, popup),
    ]);
    expect(answers.filter((a) => (a as { ok?: boolean })?.ok)).toHaveLength(1);
    expect(fills.calls).toHaveLength(1);
  });

  it('a ServiceOps page cannot answer the confirmation itself, and a click that could not be checked is asked too', async () => {
    await setupsItem.setValue([tenantSetup('b', TENANT_B, { serviceOpsOrigins: ['https://b.test'] })]);
    await onMessage({ type: 'inline-fill', setupId: 'b', click: 'checked' }, pageOf('https://a.test'));
    expect(await onMessage({ type: 'fill-confirm', id: 'pending-1', answer: 'fill' }, pageOf('https://a.test'))).toBeUndefined();
    expect(fills.calls).toEqual([]);
    const unchecked = await onMessage({ type: 'inline-fill', setupId: 'b', click: 'unchecked' }, pageOf('https://b.test'));
    expect(unchecked).toMatchObject({ ok: true, value: { confirm: { reason: 'unchecked-click' } } });
    expect(fills.calls).toEqual([]);
  });

  it('refuses a click for a setup other than the one the button named', async () => {
    expect(await onMessage({ type: 'inline-fill', setupId: 'b', click: 'checked' }, pageOf('https://a.test'))).toMatchObject({ ok: false });
    expect(fills.calls).toEqual([]);
  });

  it('the popup asks before a setup goes to a ServiceOps it is not bound to, and binds when told', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: 'https://a.test/admin', title: 'A' } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ form: 'incoming' });
    const asked = await onMessage({ type: 'fill-serviceops', setupId: 'b', tabId: 7 }, popup);
    expect(asked).toMatchObject({ ok: true, value: { confirm: { reason: 'other-origin', origin: 'https://a.test', tabId: 7 } } });
    expect(fills.calls).toEqual([]);
    // An answer about another origin is no answer.
    await onMessage({ type: 'fill-serviceops', setupId: 'b', tabId: 7, confirmed: { answer: 'once', origin: 'https://c.test' } }, popup);
    expect(fills.calls).toEqual([]);
    await onMessage({ type: 'fill-serviceops', setupId: 'b', tabId: 7, confirmed: { answer: 'once', origin: 'https://a.test' } }, popup);
    expect(fills.calls).toEqual([{ setupId: 'b', origin: 'https://a.test', documentId: undefined, bind: false }]);
  });

  it('the popup edits the binding (https origins only)', async () => {
    expect(await onMessage({ type: 'set-setup-origins', setupId: 'b', origins: ['https://b.test', 'a.test'] }, popup)).toMatchObject({
      ok: true,
      value: { serviceOpsOrigins: ['https://b.test', 'https://a.test'] },
    });
    expect(await onMessage({ type: 'set-setup-origins', setupId: 'b', origins: ['http://a.test'] }, popup)).toMatchObject({ ok: false });
    expect(await onMessage({ type: 'set-setup-origins', setupId: 'b', origins: [] }, pageOf('https://b.test'))).toBeUndefined();
  });
});
