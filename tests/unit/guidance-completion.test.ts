import { describe, expect, it } from 'vitest';
import { evaluate, stepsFor } from '../../utils/guidance/evaluate';
import type { GuidanceFacts } from '../../utils/guidance/facts';
import { newSetup } from '../../utils/background/setups';
import type { Setup } from '../../utils/schemas';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SP = '9c2c1a9a-1b9b-4e26-86d2-6bcfe852fe48';
const cap = (value: string) => ({ value, provenance: { source: 'portal' as const, detail: 'Overview', capturedAt: 1 } });

function setup(patch: Partial<Setup> = {}): Setup {
  return { ...newSetup('s', 1), progress: { 'choose-path': { at: 1, by: 'confirmed' } }, ...patch };
}

function done(s: Setup, facts: GuidanceFacts = {}, secret = false): string[] {
  return evaluate(s, facts, secret)
    .steps.filter((x) => x.done)
    .map((x) => x.id);
}

type Row = { name: string; type: 'delegated' | 'application' | ''; granted: boolean; resource: string };
const perms = (...rows: Row[]): GuidanceFacts => ({ permissions: { kind: 'permissions', rows } });
const graph = (name: string, type: Row['type'], granted = false): Row => ({ name, type, granted, resource: 'Microsoft Graph' });
const exo = (name: string, granted = false): Row => ({ name, type: 'application', granted, resource: 'Office 365 Exchange Online' });

describe('register and IDs', () => {
  it('register is done once the app is known; the IDs when both are captured', () => {
    expect(done(setup())).toEqual(['choose-path']);
    expect(done(setup({ clientId: cap(APP) }))).toEqual(['choose-path', 'register-app']);
    expect(done(setup({ clientId: cap(APP), tenantId: cap(TENANT) }))).toEqual(['choose-path', 'register-app', 'copy-ids']);
  });
});

describe('client secret', () => {
  it('is done when the secret is held, or its metadata was captured; not from the grid alone', () => {
    expect(done(setup(), {}, true)).toContain('create-secret');
    expect(done(setup({ secretMeta: { description: 'ServiceOps', provenance: cap('x').provenance } }))).toContain('create-secret');
    expect(done(setup({ secretMaskedAt: 5 }))).not.toContain('create-secret');
  });
});

describe('allow public client flows', () => {
  it.each([
    [{ on: true, saved: true }, true],
    [{ on: true, saved: false }, false],
    [{ on: false, saved: true }, false],
    [{ on: false, saved: false }, false],
  ])('%o → %s', (state, expected) => {
    expect(done(setup(), { publicClient: { kind: 'public-client', ...state } }).includes('public-client')).toBe(expected);
  });
});

describe('redirect URL from ServiceOps', () => {
  const url = 'https://help.contoso.com/api/oauth/callback';
  it('only applies when ServiceOps showed one', () => {
    expect(evaluate(setup(), {}, false).steps.find((s) => s.id === 'redirect-uri')?.applicable).toBe(false);
    expect(evaluate(setup({ redirectUrl: cap(url) }), {}, false).steps.find((s) => s.id === 'redirect-uri')?.applicable).toBe(true);
  });
  it('is done when the Authentication blade lists it saved (case and trailing slash aside)', () => {
    const s = setup({ redirectUrl: cap(url) });
    expect(done(s, { redirectUris: { kind: 'redirect-uris', uris: ['https://HELP.contoso.com/api/oauth/callback/'], saved: true } })).toContain('redirect-uri');
    expect(done(s, { redirectUris: { kind: 'redirect-uris', uris: [url], saved: false } })).not.toContain('redirect-uri');
    expect(done(s, { redirectUris: { kind: 'redirect-uris', uris: ['https://help.contoso.com/other'], saved: true } })).not.toContain('redirect-uri');
  });
});

describe('IMAP permissions and consent', () => {
  it('needs both delegated Graph permissions', () => {
    expect(done(setup(), perms(graph('IMAP.AccessAsUser.All', 'delegated')))).not.toContain('graph-delegated');
    expect(done(setup(), perms(graph('IMAP.AccessAsUser.All', 'delegated'), graph('Mail.Read', 'delegated'), graph('User.Read', 'delegated')))).toContain(
      'graph-delegated',
    );
  });
  it('does not take the application Mail.Read for the delegated one', () => {
    expect(done(setup(), perms(graph('IMAP.AccessAsUser.All', 'delegated'), graph('Mail.Read', 'application')))).not.toContain('graph-delegated');
  });
  it('consent needs every required row granted', () => {
    const half = perms(graph('IMAP.AccessAsUser.All', 'delegated', true), graph('Mail.Read', 'delegated', false));
    expect(done(setup(), half)).not.toContain('admin-consent');
    const all = perms(graph('IMAP.AccessAsUser.All', 'delegated', true), graph('Mail.Read', 'delegated', true));
    expect(done(setup(), all)).toEqual(expect.arrayContaining(['graph-delegated', 'admin-consent']));
  });
});

describe('MAPI permissions and consent', () => {
  const mapi = (patch: Partial<Setup> = {}) => setup({ path: 'mapi', ...patch });
  const names = ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'];
  it('needs the four Exchange Online application permissions', () => {
    expect(done(mapi(), perms(...names.map((n) => exo(n))))).toContain('exchange-app-permissions');
    expect(done(mapi(), perms(...names.slice(0, 3).map((n) => exo(n))))).not.toContain('exchange-app-permissions');
  });
  it('does not take Graph application Mail.Read for the Exchange one', () => {
    const rows = [exo('full_access_as_app'), exo('Exchange.ManageAsApp'), graph('Mail.Read', 'application'), graph('Mail.ReadWrite', 'application')];
    expect(done(mapi(), perms(...rows))).not.toContain('exchange-app-permissions');
  });
  it('consent, and the enterprise app Object ID', () => {
    expect(done(mapi({ spObjectId: cap(SP) }), perms(...names.map((n) => exo(n, true))))).toEqual(
      expect.arrayContaining(['admin-consent', 'enterprise-app-id']),
    );
  });
  it('has no public client step, and ends with the restriction', () => {
    const ids = stepsFor('mapi').map((s) => s.id);
    expect(ids).not.toContain('public-client');
    expect(ids.at(-1)).toBe('exchange-restrict');
    expect(stepsFor('imap').map((s) => s.id)).toContain('public-client');
  });
});

describe('progress', () => {
  it('reports what is newly detected, keeps what was confirmed, and PowerShell steps only complete by confirmation', () => {
    const s = setup({
      clientId: cap(APP),
      tenantId: cap(TENANT),
      spObjectId: cap(SP),
      progress: { 'choose-path': { at: 1, by: 'confirmed' }, 'register-app': { at: 1, by: 'detected' }, 'public-client': { at: 1, by: 'confirmed' } },
    });
    const ev = evaluate(s, {}, true);
    expect(ev.steps.filter((x) => x.newlyDetected).map((x) => x.id)).toEqual(['copy-ids', 'create-secret', 'enterprise-app-id']);
    expect(ev.steps.find((x) => x.id === 'public-client')?.done).toBe('confirmed');
    expect(ev.current).toBe('graph-delegated');
    expect(ev.steps.find((x) => x.id === 'exchange-service-principal')?.done).toBeUndefined();
  });
});

describe('permission steps follow the protocols the setup was filled for', () => {
  const imapOnly = perms(graph('IMAP.AccessAsUser.All', 'delegated', true), graph('Mail.Read', 'delegated', true));
  it('IMAP permissions complete an IMAP setup, but not one filled into POP3 and SMTP forms', () => {
    expect(done(setup(), imapOnly)).toEqual(expect.arrayContaining(['graph-delegated', 'admin-consent']));
    const used = setup({ protocols: ['pop3', 'smtp'] });
    expect(done(used, imapOnly)).not.toContain('graph-delegated');
    const all = perms(graph('POP.AccessAsUser.All', 'delegated', true), graph('Mail.Read', 'delegated', true), graph('SMTP.Send', 'delegated', false));
    expect(done(used, all)).toContain('graph-delegated');
    expect(done(used, all)).not.toContain('admin-consent');
  });

  it('an app-only setup used for SMTP too needs SMTP.SendAsApp', () => {
    const base = ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'].map((n) => exo(n, true));
    const s = setup({ path: 'mapi', protocols: ['mapi', 'smtp'] });
    expect(done(s, perms(...base))).not.toContain('exchange-app-permissions');
    expect(done(s, perms(...base, exo('SMTP.SendAsApp', true)))).toEqual(expect.arrayContaining(['exchange-app-permissions', 'admin-consent']));
  });
});
