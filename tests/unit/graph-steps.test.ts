import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditApp, type GraphGet } from '../../utils/checks/graph-audit';
import { EXCHANGE_APP_ID, GRAPH_APP_ID, requiredPermissions } from '../../utils/checks/required-permissions';
import { evaluate } from '../../utils/guidance/evaluate';
import type { GuidanceFacts } from '../../utils/guidance/facts';
import { applyGraphObservation, setupSecret, withGraphFacts } from '../../utils/guidance/graph-steps';
import { newSetup } from '../../utils/background/setups';
import { applyNewAudits, watchGraphAudits } from '../../utils/background/graph-observed';
import { loadSetups, saveSetups } from '../../utils/background/setups-store';
import { auditResultsItem } from '../../utils/storage-items';
import type { GraphObservation, SecretMeta, Setup, SetupPath } from '../../utils/schemas';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OTHER_APP = '11111111-2222-4333-8444-555555555555';
const APP_OBJECT = 'bbbbbbbb-0000-4000-8000-00000000000a';
const SP = 'aaaaaaaa-0000-4000-8000-000000000001';
const GRAPH_SP = 'aaaaaaaa-0000-4000-8000-000000000002';
const EXO_SP = 'aaaaaaaa-0000-4000-8000-000000000003';
const REDIRECT = 'https://help.contoso.com/api/oauth/callback';
const NOW = Date.parse('2026-12-01T12:00:00Z');
const DAY = 86_400_000;
const KEY_OLD = 'cccccccc-0000-4000-8000-000000000001';
const KEY_NEW = 'cccccccc-0000-4000-8000-000000000002';

const portal = (capturedAt = 1) => ({ source: 'portal' as const, detail: 'Overview', capturedAt });
const cap = (value: string) => ({ value, provenance: portal() });

interface App {
  publicClient?: boolean;
  redirectUris?: string[];
  /** Which of the required permissions the app lists / has consent for. */
  listed?: 'all' | 'none';
  consented?: 'all' | 'none';
  sp?: boolean;
  secrets?: { keyId: string; hint: string; endDateTime: string; displayName?: string }[];
}

function graph(path: SetupPath, a: App): GraphGet {
  const required = requiredPermissions(path);
  return async (url) => {
    if (url.startsWith(`/v1.0/applications(appId='${APP}')`)) {
      expect(url).toContain('web');
      return {
        status: 200,
        body: {
          id: APP_OBJECT,
          displayName: 'ServiceOps',
          isFallbackPublicClient: a.publicClient ?? false,
          web: { redirectUris: a.redirectUris ?? [] },
          requiredResourceAccess:
            a.listed === 'none'
              ? []
              : [GRAPH_APP_ID, EXCHANGE_APP_ID].map((r) => ({
                  resourceAppId: r,
                  resourceAccess: required.filter((p) => p.resourceAppId === r).map((p) => ({ id: p.id ?? '', type: p.type })),
                })),
          passwordCredentials: a.secrets ?? [],
        },
      };
    }
    if (url.startsWith(`/v1.0/servicePrincipals(appId='${APP}')`)) return a.sp === false ? { status: 404, body: {} } : { status: 200, body: { id: SP } };
    if (url.startsWith(`/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')`)) return { status: 200, body: { id: GRAPH_SP } };
    if (url.startsWith(`/v1.0/servicePrincipals(appId='${EXCHANGE_APP_ID}')`)) return { status: 200, body: { id: EXO_SP } };
    const consented = a.consented === 'all';
    if (url.startsWith('/v1.0/oauth2PermissionGrants?$filter='))
      return {
        status: 200,
        body: {
          value: consented
            ? [
                {
                  resourceId: GRAPH_SP,
                  consentType: 'AllPrincipals',
                  scope: required
                    .filter((p) => p.type === 'Scope')
                    .map((p) => p.value)
                    .join(' '),
                },
              ]
            : [],
        },
      };
    if (url === `/v1.0/servicePrincipals/${SP}/appRoleAssignments`)
      return {
        status: 200,
        body: { value: consented ? required.filter((p) => p.type === 'Role').map((p) => ({ resourceId: EXO_SP, appRoleId: p.id ?? '' })) : [] },
      };
    throw new Error(`unexpected ${url}`);
  };
}

async function observe(path: SetupPath, a: App, secretHint?: string): Promise<GraphObservation> {
  const result = await auditApp({ clientId: APP, path, secretHint, now: NOW }, graph(path, a));
  if (!result.observed) throw new Error('no observation');
  return result.observed;
}

function setup(path: SetupPath, patch: Partial<Setup> = {}): Setup {
  return { ...newSetup('s', 1, 'Support mailbox', path), clientId: cap(APP), progress: { 'choose-path': { at: 1, by: 'confirmed' } }, ...patch };
}

function done(s: Setup, portalFacts: GuidanceFacts = {}): string[] {
  return evaluate(s, withGraphFacts(portalFacts, s), false)
    .steps.filter((x) => x.done)
    .map((x) => x.id);
}

const FULL: App = {
  publicClient: true,
  redirectUris: [REDIRECT],
  listed: 'all',
  consented: 'all',
  secrets: [{ keyId: KEY_OLD, hint: 'abc', endDateTime: new Date(NOW + 90 * DAY).toISOString(), displayName: 'ServiceOps' }],
};

describe('steps detected from Graph', () => {
  it('IMAP: a fully configured app marks every portal step, the Object ID and the secret, though no page was read', async () => {
    const s = applyGraphObservation(setup('imap', { redirectUrl: cap(REDIRECT) }), await observe('imap', FULL), 'abc', NOW);
    expect(done(s)).toEqual([
      'choose-path',
      'register-app',
      'create-secret',
      'public-client',
      'redirect-uri',
      'graph-delegated',
      'admin-consent',
      'enterprise-app-id',
    ]);
    expect(s.spObjectId).toEqual({ value: SP, provenance: { source: 'graph', detail: expect.any(String) as string, capturedAt: NOW } });
    expect(s.appObjectId?.value).toBe(APP_OBJECT);
    expect(s.secretMeta).toMatchObject({ keyId: KEY_OLD, hint: 'abc', expires: FULL.secrets?.[0]?.endDateTime, description: 'ServiceOps' });
  });

  it('MAPI: the Exchange Online application permissions and their consent come from Graph; the PowerShell steps stay open', async () => {
    const s = applyGraphObservation(setup('mapi'), await observe('mapi', FULL), 'abc', NOW);
    const steps = done(s);
    expect(steps).toEqual(expect.arrayContaining(['exchange-app-permissions', 'admin-consent', 'enterprise-app-id']));
    expect(steps).not.toContain('exchange-service-principal');
    expect(steps).not.toContain('exchange-restrict');
  });

  it('leaves open what Graph shows missing: public client flows off, an unregistered redirect URI, permissions, consent', async () => {
    const s = applyGraphObservation(
      setup('imap', { redirectUrl: cap(REDIRECT) }),
      await observe('imap', { ...FULL, publicClient: false, redirectUris: ['https://elsewhere.example.com/cb'], listed: 'none', consented: 'none' }),
      'abc',
      NOW,
    );
    const steps = done(s);
    for (const id of ['public-client', 'redirect-uri', 'graph-delegated', 'admin-consent']) expect(steps).not.toContain(id);
    expect(steps).toContain('enterprise-app-id');
  });

  it('listed but not consented: permissions done, consent open', async () => {
    const steps = done(applyGraphObservation(setup('imap'), await observe('imap', { ...FULL, consented: 'none' }), 'abc', NOW));
    expect(steps).toContain('graph-delegated');
    expect(steps).not.toContain('admin-consent');
  });

  it('a portal fact still counts where Graph says no (the page was saved after the audit)', async () => {
    const s = applyGraphObservation(setup('imap'), await observe('imap', { ...FULL, publicClient: false }), 'abc', NOW);
    expect(done(s, { publicClient: { kind: 'public-client', on: true, saved: true } })).toContain('public-client');
    // An unsaved page does not count, whichever source says so.
    expect(done(s, { publicClient: { kind: 'public-client', on: true, saved: false } })).not.toContain('public-client');
  });

  it("another app's observation changes nothing and completes nothing", async () => {
    const observed = await observe('imap', FULL);
    const other = setup('imap', { clientId: cap(OTHER_APP) });
    expect(applyGraphObservation(other, observed, 'abc', NOW)).toBe(other);
    // Even if stored on a setup whose client ID was edited since.
    expect(done({ ...other, graph: observed })).toEqual(['choose-path', 'register-app']);
  });

  it('the Object ID from Graph replaces a typed App registration Object ID (the common mistake)', async () => {
    const typed = setup('mapi', { spObjectId: { value: APP_OBJECT, provenance: { source: 'manual', detail: 'Typed', capturedAt: 1 } } });
    expect(applyGraphObservation(typed, await observe('mapi', FULL), undefined, NOW).spObjectId?.value).toBe(SP);
  });

  it('no service principal: the Enterprise application step stays open', async () => {
    const s = applyGraphObservation(setup('mapi'), await observe('mapi', { ...FULL, sp: false }), 'abc', NOW);
    expect(s.spObjectId).toBeUndefined();
    expect(done(s)).not.toContain('enterprise-app-id');
  });
});

describe("the setup's secret as Graph lists it", () => {
  const end = (days: number) => new Date(NOW + days * DAY).toISOString();
  const secrets = [
    { keyId: KEY_OLD, hint: 'abc', endDateTime: end(20) },
    { keyId: KEY_NEW, hint: 'xyz', endDateTime: end(180) },
  ];
  const meta = (m: Partial<SecretMeta>): SecretMeta => ({ provenance: portal(), ...m });
  const obs = async (list = secrets) => observe('imap', { ...FULL, secrets: list });

  it("by the captured Secret ID first, then by the held value's first characters", async () => {
    const o = await obs();
    expect(setupSecret(o, meta({ keyId: KEY_NEW.toUpperCase() }), 'abc')?.keyId).toBe(KEY_NEW);
    expect(setupSecret(o, undefined, 'abc')?.keyId).toBe(KEY_OLD);
    expect(setupSecret(o, meta({ hint: 'xyz' }), undefined)?.keyId).toBe(KEY_NEW);
  });

  it('the only secret when nothing tells them apart; none among several', async () => {
    expect(setupSecret(await obs(secrets.slice(0, 1)), undefined, undefined)?.keyId).toBe(KEY_OLD);
    expect(setupSecret(await obs(), undefined, undefined)).toBeUndefined();
    expect(setupSecret(await obs(), meta({ hint: 'zzz' }), undefined)).toBeUndefined();
  });

  it("Graph's exact end time replaces the portal's date and the capture keeps its provenance", async () => {
    const captured = setup('imap', { secretMeta: meta({ keyId: KEY_OLD, hint: 'abc', expires: '2026-12-21', description: 'ServiceOps' }) });
    const s = applyGraphObservation(captured, await obs(), undefined, NOW);
    expect(s.secretMeta).toEqual({ keyId: KEY_OLD, hint: 'abc', expires: end(20), description: 'ServiceOps', provenance: portal() });
  });

  it('an unknown secret leaves the metadata alone', async () => {
    const captured = setup('imap', { secretMeta: meta({ hint: 'qqq', expires: '2027-01-01' }) });
    expect(applyGraphObservation(captured, await obs(), undefined, NOW).secretMeta).toEqual(captured.secretMeta);
  });
});

describe('the audit reaches the setup it was run for (background)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSetups({ setups: [setup('imap'), { ...setup('imap'), id: 'other', clientId: cap(OTHER_APP) }], activeSetupId: 'other' });
  });

  const record = async (at: number, status: 'done' | 'failed' = 'done') => ({
    at,
    inputs: { clientId: APP, secretHint: 'abc' },
    result:
      status === 'done'
        ? { status, audit: { items: [], observed: await observe('imap', FULL) } }
        : { status, message: 'Microsoft Graph could not be reached (offline?).' },
  });

  it('files a new audit on its setup once, leaving other setups and the active one alone', async () => {
    const after = { s: await record(5) };
    expect(await applyNewAudits(after, {}, NOW)).toEqual(['s']);
    const { setups, activeSetupId } = await loadSetups();
    expect(setups.find((x) => x.id === 's')?.spObjectId?.value).toBe(SP);
    expect(setups.find((x) => x.id === 'other')?.graph).toBeUndefined();
    expect(activeSetupId).toBe('other');
    // The same record seen again (another item changed): nothing to do.
    expect(await applyNewAudits(after, after, NOW)).toEqual([]);
  });

  it('a failed audit and an unknown setup change nothing', async () => {
    expect(await applyNewAudits({ s: await record(5, 'failed'), gone: await record(5) }, {}, NOW)).toEqual([]);
  });

  it('follows what the sign-in page writes', async () => {
    const stop = watchGraphAudits(() => NOW);
    await auditResultsItem.setValue({ s: await record(7) });
    await expect.poll(async () => (await loadSetups()).setups.find((x) => x.id === 's')?.graph?.at).toBe(NOW);
    stop();
  });
});
