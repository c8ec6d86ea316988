import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../utils/background/handlers/create';
import { setupHandlers } from '../../utils/background/handlers/setups';
import type { HandlerContext } from '../../utils/background/handlers/types';
import { createJobsItem, graphWriteTokenItem, rotationsItem, secretsItem, setupsItem } from '../../utils/storage-items';
import { createPlanSchema } from '../../utils/graph/create-job';
import { FakeGraph } from './graph-fake';

const NOW = Date.parse('2026-12-02T08:00:00Z');
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
let n = 0;
const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => NOW, newId: () => `setup-${++n}` };
const from = (page: string): HandlerContext => ({ deps, sender: { id: 'ext', url: `chrome-extension://ext/${page}` }, senderKind: 'extension-page', host: '' });
const TOKEN = { accessToken: 'eyJ.write-token.sig', expiresOn: NOW + 3_600_000, tenantId: TENANT, username: 'admin@contoso.test' };

async function planned(): Promise<string> {
  const created = await setupHandlers['new-setup'].handle({ type: 'new-setup' }, from('popup.html'));
  if (!created.ok) throw new Error(created.error);
  const plan = {
    setupId: created.value.id,
    path: 'imap' as const,
    protocols: ['imap' as const],
    displayName: 'ServiceOps mail',
    lifetimeDays: 180,
    allowShorter: false,
  };
  const result = await createHandlers['create-plan'].handle({ type: 'create-plan', plan }, from('popup.html'));
  if (!result.ok) throw new Error(result.error);
  return created.value.id;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('create-run in the background', () => {
  it('asks for a sign-in when no valid one is held, and takes a token from the sign-in page only', async () => {
    const setupId = await planned();
    await expect(createHandlers['create-run'].handle({ type: 'create-run', setupId }, from('popup.html'))).resolves.toEqual({
      ok: true,
      value: { signIn: true },
    });
    const refused = await createHandlers['create-run'].handle({ type: 'create-run', setupId, token: TOKEN }, from('popup.html'));
    expect(refused.ok).toBe(false);
    expect(await graphWriteTokenItem.getValue()).toBeNull();
  });

  it('runs with the sign-in page’s token: the values land in the setup, the secret and the token stay in session storage only', async () => {
    const fake = new FakeGraph(() => NOW);
    vi.stubGlobal('fetch', fake.fetch);
    const setupId = await planned();
    const result = await createHandlers['create-run'].handle({ type: 'create-run', setupId, token: TOKEN }, from('signin.html?create=x'));
    expect(result.ok && 'job' in result.value && result.value.job.status).toBe('done');
    const app = fake.apps[0]!;
    const setup = (await setupsItem.getValue()).find((s) => s.id === setupId)!;
    expect(setup.clientId?.value).toBe(app.appId);
    expect(setup.tenantId?.value).toBe(TENANT);
    expect(setup.clientId?.provenance.source).toBe('graph');
    const secrets = await secretsItem.getValue();
    expect(secrets[setupId]?.value).toBe(app.passwordCredentials[0]?.secretText);
    // The run ended: its write token is dropped (the next run signs in again).
    expect(await graphWriteTokenItem.getValue()).toBeNull();
    // Nothing in storage.local holds the secret or the token.
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toContain(app.passwordCredentials[0]!.secretText);
    expect(local).not.toContain(TOKEN.accessToken);
    expect(Object.keys(await createJobsItem.getValue())).toEqual([setupId]);
    // Every Graph call carried the token; it is the only place it went.
    expect(fake.calls.length).toBeGreaterThan(5);
    vi.unstubAllGlobals();
  });
});

describe('one sign-in, one tenant, one run', () => {
  const OTHER = '0f2d4c8e-1111-4a2b-9c3d-5e6f7a8b9c0d';

  it('does not use a token handed over for another setup when this one has no tenant yet', async () => {
    const fake = new FakeGraph(() => NOW);
    vi.stubGlobal('fetch', fake.fetch);
    const setupId = await planned();
    await graphWriteTokenItem.setValue({ ...TOKEN, setupId: 'another-setup' });
    const result = await createHandlers['create-run'].handle({ type: 'create-run', setupId }, from('popup.html'));
    expect(result).toEqual({ ok: true, value: { signIn: true } });
    expect(fake.calls).toEqual([]);
    expect((await setupsItem.getValue()).find((s) => s.id === setupId)?.tenantId).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it('asks for a sign-in to the setup’s own tenant when the held token is for another, and refuses a fresh sign-in to the wrong one', async () => {
    const fake = new FakeGraph(() => NOW);
    vi.stubGlobal('fetch', fake.fetch);
    const setupId = await planned();
    const provenance = { source: 'manual' as const, detail: 'Typed', capturedAt: NOW };
    await setupsItem.setValue((await setupsItem.getValue()).map((s) => (s.id === setupId ? { ...s, tenantId: { value: OTHER, provenance } } : s)));
    await graphWriteTokenItem.setValue({ ...TOKEN, setupId });
    const held = await createHandlers['create-run'].handle({ type: 'create-run', setupId }, from('popup.html'));
    expect(held).toEqual({ ok: true, value: { signIn: true, tenant: OTHER } });
    const fresh = await createHandlers['create-run'].handle({ type: 'create-run', setupId, token: TOKEN }, from('signin.html?create=x'));
    expect(fresh.ok).toBe(false);
    expect(fake.calls).toEqual([]);
    expect((await setupsItem.getValue()).find((s) => s.id === setupId)?.tenantId?.value).toBe(OTHER);
    vi.unstubAllGlobals();
  });

  it('runs once when two requests for the same setup arrive together', async () => {
    const fake = new FakeGraph(() => NOW);
    vi.stubGlobal('fetch', fake.fetch);
    const setupId = await planned();
    await graphWriteTokenItem.setValue({ ...TOKEN, setupId });
    const [first, second] = await Promise.all([
      createHandlers['create-run'].handle({ type: 'create-run', setupId }, from('popup.html')),
      createHandlers['create-run'].handle({ type: 'create-run', setupId }, from('popup.html')),
    ]);
    expect(first.ok && 'job' in first.value && first.value.job.status).toBe('done');
    expect(second).toEqual(first);
    expect(fake.calls.filter((c) => c.method === 'POST' && c.path === '/applications')).toHaveLength(1);
    expect(fake.apps).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it('a new plan sent while a run starts never overwrites the run’s record', async () => {
    const fake = new FakeGraph(() => NOW);
    vi.stubGlobal('fetch', fake.fetch);
    const setupId = await planned();
    const plan = { setupId, path: 'imap' as const, protocols: ['imap' as const], displayName: 'Other name', lifetimeDays: 90, allowShorter: false };
    const [replanned, run] = await Promise.all([
      createHandlers['create-plan'].handle({ type: 'create-plan', plan }, from('popup.html')),
      createHandlers['create-run'].handle({ type: 'create-run', setupId, token: TOKEN }, from('signin.html?create=x')),
    ]);
    expect(run.ok && 'job' in run.value && run.value.job.status).toBe('done');
    // Either the plan came first and the run made it, or it was refused: the record is the run's.
    const job = (await createJobsItem.getValue())[setupId];
    expect(job?.status).toBe('done');
    expect(job?.plan.displayName).toBe(fake.apps[0]?.displayName);
    expect(job?.plan.displayName).toBe(replanned.ok ? 'Other name' : 'ServiceOps mail');
    vi.unstubAllGlobals();
  });
});

describe('delete-setup', () => {
  it('removes the setup’s creation and rotation records too', async () => {
    const setupId = await planned();
    await rotationsItem.setValue({ [setupId]: {} as never, other: {} as never });
    await setupHandlers['delete-setup'].handle({ type: 'delete-setup', setupId }, from('popup.html'));
    expect(await createJobsItem.getValue()).toEqual({});
    expect(Object.keys(await rotationsItem.getValue())).toEqual(['other']);
  });
});

describe('the plan’s Redirect URL', () => {
  const plan = { setupId: 's1', path: 'imap' as const, protocols: ['imap' as const], displayName: 'ServiceOps mail', lifetimeDays: 180, allowShorter: false };
  it('is an https URL without credentials, or empty: the background does not trust the popup’s check', () => {
    const accepts = (redirectUrl?: string) => createPlanSchema.safeParse({ ...plan, redirectUrl }).success;
    expect(accepts(undefined)).toBe(true);
    expect(accepts('')).toBe(true);
    expect(accepts('https://sd.example.com/api/oauth/callback/abc')).toBe(true);
    expect(accepts('http://sd.example.com/cb')).toBe(false);
    expect(accepts('javascript:alert(1)')).toBe(false);
    expect(accepts('https://user:pw@sd.example.com/cb')).toBe(false);
    expect(accepts('not a url')).toBe(false);
  });
});
