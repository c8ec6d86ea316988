import { describe, expect, it } from 'vitest';
import { EXCHANGE_APP_ID, GRAPH_APP_ID } from '../../utils/checks/required-permissions';
import { createGraphClient, GraphError } from '../../utils/graph/client';
import { newJob, type CreateJob, type CreatePlan } from '../../utils/graph/create-job';
import { CREATED_SECRET_NAME, runCreateJob, type CreatedSecret } from '../../utils/graph/create-registration';
import { explainFailure } from '../../utils/graph/roles';
import { EXCHANGE_ROLE_IDS, FakeGraph } from './graph-fake';

const NOW = Date.parse('2026-12-02T08:00:00Z');

function plan(overrides: Partial<CreatePlan> = {}): CreatePlan {
  return {
    setupId: 'setup-1',
    path: 'imap',
    protocols: ['imap'],
    displayName: 'ServiceOps mail',
    redirectUrl: 'https://desk.example.com/oauth/callback',
    lifetimeDays: 180,
    allowShorter: false,
    ...overrides,
  };
}

/** The extension's side: the job store (storage.local), the held secret (storage.session), the landed setup. */
function harness(fake: FakeGraph) {
  const store: { job?: CreateJob } = {};
  const held: CreatedSecret[] = [];
  const landed: CreateJob[] = [];
  const waits: number[] = [];
  const sleep = (ms: number) => {
    waits.push(ms);
    return Promise.resolve();
  };
  const run = (job: CreateJob) =>
    runCreateJob(job, {
      graph: createGraphClient({ token: 'token', fetch: fake.fetch, sleep, now: () => NOW }),
      now: () => NOW,
      sleep,
      save: (j) => {
        // What storage keeps is a copy: a later change in memory is lost with the worker.
        store.job = structuredClone(j);
        return Promise.resolve();
      },
      keepSecret: (s) => {
        held.push(s);
        return Promise.resolve();
      },
      land: (j) => {
        landed.push(j);
        return Promise.resolve();
      },
    });
  return { store, held, landed, waits, run };
}

describe('Set it up for me: the creation job', () => {
  it('creates the IMAP path app with exactly its permissions, public client flows on, the Web redirect URL, a 180-day secret, the service principal and the consent', async () => {
    const fake = new FakeGraph();
    const h = harness(fake);
    const job = await h.run(newJob(plan(), NOW));
    expect(job.status).toBe('done');
    expect(fake.apps).toHaveLength(1);
    const app = fake.apps[0]!;
    expect(app.isFallbackPublicClient).toBe(true);
    expect(app.web.redirectUris).toEqual(['https://desk.example.com/oauth/callback']);
    expect(app.requiredResourceAccess).toEqual([
      {
        resourceAppId: GRAPH_APP_ID,
        resourceAccess: [
          { id: '652390e4-393a-48de-9484-05f9b1212954', type: 'Scope' },
          { id: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', type: 'Scope' },
          { id: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182', type: 'Scope' },
        ],
      },
    ]);
    expect(app.passwordCredentials).toHaveLength(1);
    expect(app.passwordCredentials[0]?.endDateTime).toBe(new Date(NOW + 180 * 86_400_000).toISOString());
    expect(fake.sps.filter((s) => s.appId === app.appId)).toHaveLength(1);
    const sp = fake.sps.find((s) => s.appId === app.appId)!;
    expect(fake.grants).toEqual([expect.objectContaining({ clientId: sp.id, consentType: 'AllPrincipals', resourceId: 'sp-graph' })]);
    expect(fake.grants[0]?.scope.split(' ').sort()).toEqual(['IMAP.AccessAsUser.All', 'Mail.Read', 'offline_access']);
    expect(fake.assignments).toEqual([]);
    expect(h.held).toEqual([expect.objectContaining({ value: app.passwordCredentials[0]?.secretText, keyId: app.passwordCredentials[0]?.keyId })]);
    expect(job.app).toEqual({ id: app.id, appId: app.appId, displayName: 'ServiceOps mail' });
    expect(job.sp).toEqual({ id: sp.id });
    expect(h.landed).toHaveLength(1);
    // A first run has nothing to wait for.
    expect(h.waits).toEqual([]);
    // The record never holds the value.
    expect(JSON.stringify(h.store.job)).not.toContain(app.passwordCredentials[0]?.secretText);
  });

  it('adds POP3 and SMTP delegated scopes only when chosen', async () => {
    const fake = new FakeGraph();
    await harness(fake).run(newJob(plan({ protocols: ['imap', 'pop3', 'smtp'] }), NOW));
    const ids = fake.apps[0]?.requiredResourceAccess[0]?.resourceAccess.map((a) => a.id);
    expect(ids).toContain('d7b7f2d9-0f45-4ea1-9d42-e50810c06991');
    expect(ids).toContain('258f6531-6087-4cc4-bb90-092c5fb3ed3f');
    expect(fake.grants[0]?.scope.split(' ')).toEqual(expect.arrayContaining(['POP.AccessAsUser.All', 'SMTP.Send']));

    const imapOnly = new FakeGraph();
    await harness(imapOnly).run(newJob(plan({ protocols: ['imap'] }), NOW));
    expect(imapOnly.apps[0]?.requiredResourceAccess[0]?.resourceAccess.map((a) => a.id)).not.toContain('d7b7f2d9-0f45-4ea1-9d42-e50810c06991');
  });

  it('creates the MAPI path app with the Exchange Online roles resolved from the tenant, public client flows off, and assigns each role', async () => {
    const fake = new FakeGraph();
    const job = await harness(fake).run(newJob(plan({ path: 'mapi', protocols: ['mapi'], redirectUrl: undefined }), NOW));
    expect(job.status).toBe('done');
    const app = fake.apps[0]!;
    expect(app.isFallbackPublicClient).toBe(false);
    expect(app.web.redirectUris).toEqual([]);
    expect(app.requiredResourceAccess).toEqual([
      {
        resourceAppId: EXCHANGE_APP_ID,
        resourceAccess: ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'].map((v) => ({ id: EXCHANGE_ROLE_IDS[v], type: 'Role' })),
      },
    ]);
    const sp = fake.sps.find((s) => s.appId === app.appId)!;
    expect(fake.assignments.map((a) => a.appRoleId).sort()).toEqual(
      ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'].map((v) => EXCHANGE_ROLE_IDS[v]).sort(),
    );
    expect(fake.assignments.every((a) => a.principalId === sp.id && a.resourceId === 'sp-exchange')).toBe(true);
    expect(fake.grants).toEqual([]);
    expect(job.steps['delegated-consent']).toBeUndefined();
  });

  it('waits out throttling (429 + Retry-After) and finishes', async () => {
    const fake = new FakeGraph();
    fake.throttle = { count: 2, retryAfter: '5' };
    const h = harness(fake);
    const job = await h.run(newJob(plan(), NOW));
    expect(job.status).toBe('done');
    expect(h.waits.slice(0, 2)).toEqual([5000, 5000]);
    expect(fake.apps).toHaveLength(1);
  });

  it('waits for a new app to become visible (404 right after create) instead of failing or creating another', async () => {
    const fake = new FakeGraph();
    fake.invisibleReads = 2;
    const h = harness(fake);
    const job = await h.run(newJob(plan(), NOW));
    expect(job.status).toBe('done');
    expect(fake.apps).toHaveLength(1);
    expect(h.waits).toEqual(expect.arrayContaining([1000, 2000]));
    expect(fake.sps.filter((s) => s.appId === fake.apps[0]?.appId)).toHaveLength(1);
  });

  describe('interrupted after each Graph call, a re-run ends with exactly one app', () => {
    for (const how of ['network', 'stop'] as const) {
      for (const p of [plan(), plan({ path: 'mapi', protocols: ['mapi', 'smtp'] })]) {
        it(`${p.path} path, ${how === 'network' ? 'answer lost' : 'worker stopped'}`, async () => {
          // How many calls an uninterrupted run makes.
          const reference = new FakeGraph();
          await harness(reference).run(newJob(p, NOW));
          const total = reference.calls.length;
          expect(total).toBeGreaterThan(6);
          for (let call = 1; call <= total; call += 1) {
            const fake = new FakeGraph();
            const h = harness(fake);
            fake.interruptAfter = { call, how };
            if (how === 'network') await h.run(newJob(p, NOW));
            else {
              void h.run(newJob(p, NOW));
              for (let tick = 0; tick < 200 && !fake.stopped; tick += 1) await new Promise((r) => setTimeout(r, 0));
              expect(fake.stopped).toBe(true);
            }
            const resumed = await h.run(h.store.job ?? newJob(p, NOW));
            expect({ call, status: resumed.status, problems: resumed.problems }).toEqual({ call, status: 'done', problems: undefined });
            expect({ call, apps: fake.apps.length }).toEqual({ call, apps: 1 });
            const app = fake.apps[0]!;
            expect({ call, sps: fake.sps.filter((s) => s.appId === app.appId).length }).toEqual({ call, sps: 1 });
            // One secret left, and its value is the one the extension holds.
            expect({ call, secrets: app.passwordCredentials.length }).toEqual({ call, secrets: 1 });
            expect(h.held.at(-1)?.keyId).toBe(app.passwordCredentials[0]?.keyId);
            expect(resumed.secret?.keyId).toBe(app.passwordCredentials[0]?.keyId);
            const sp = fake.sps.find((s) => s.appId === app.appId)!;
            expect(fake.grants.filter((g) => g.clientId === sp.id).length).toBe(p.path === 'imap' ? 1 : 0);
            const roles = fake.assignments.filter((a) => a.principalId === sp.id);
            expect(new Set(roles.map((r) => r.appRoleId)).size).toBe(roles.length);
          }
        });
      }
    }
  });

  it('a re-run of a finished job changes nothing and keeps the secret', async () => {
    const fake = new FakeGraph();
    const h = harness(fake);
    const done = await h.run(newJob(plan({ path: 'mapi', protocols: ['mapi'] }), NOW));
    const writes = () => fake.calls.filter((c) => c.method !== 'GET').length;
    const before = writes();
    const again = await h.run(done);
    expect(again.status).toBe('done');
    expect(writes()).toBe(before);
    expect(fake.apps[0]?.passwordCredentials).toHaveLength(1);
    expect(h.held).toHaveLength(1);
  });

  it('refuses to take over an app of the same name that this setup did not make', async () => {
    const fake = new FakeGraph();
    const other = harness(fake);
    await other.run(newJob(plan({ setupId: 'someone-else' }), NOW));
    const h = harness(fake);
    const job = await h.run(newJob(plan(), NOW));
    expect(job.status).toBe('failed');
    expect(job.problems?.[0]).toMatchObject({ step: 'application', kind: 'name-taken', detail: 'ServiceOps mail' });
    expect(fake.apps).toHaveLength(1);
    expect(h.landed).toHaveLength(0);
  });

  it('finishes an app found by its recorded id, adding the redirect URL and a missing permission without removing anything', async () => {
    const fake = new FakeGraph();
    const h = harness(fake);
    const first = await h.run(newJob(plan({ redirectUrl: undefined }), NOW));
    fake.apps[0]!.requiredResourceAccess[0]!.resourceAccess.push({ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' });
    const again = await h.run({ ...first, plan: { ...first.plan, redirectUrl: 'https://desk.example.com/oauth/callback', protocols: ['imap', 'smtp'] } });
    expect(again.status).toBe('done');
    expect(fake.apps).toHaveLength(1);
    expect(fake.apps[0]?.web.redirectUris).toEqual(['https://desk.example.com/oauth/callback']);
    const ids = fake.apps[0]?.requiredResourceAccess[0]?.resourceAccess.map((a) => a.id);
    expect(ids).toContain('e1fe6dd8-ba31-4d61-89e7-88639da4683d');
    expect(ids).toContain('258f6531-6087-4cc4-bb90-092c5fb3ed3f');
    expect(fake.grants[0]?.scope.split(' ')).toContain('SMTP.Send');
    expect(fake.grants).toHaveLength(1);
  });

  describe('a 403 names the role the admin lacks', () => {
    it("Microsoft Graph application roles: Privileged Role Administrator; other APIs' roles: Cloud Application Administrator", () => {
      const refused = new GraphError('http', 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', 'POST', '/x');
      expect(explainFailure('application-consent', refused, GRAPH_APP_ID)).toMatchObject({ kind: 'forbidden', role: 'graphAppRoles', needsConsent: true });
      expect(explainFailure('application-consent', refused, EXCHANGE_APP_ID).role).toBe('otherAppRoles');
      // Not a 403: no role is blamed.
      const other = new GraphError('http', 400, 'Request_BadRequest', 'Bad', 'POST', '/x');
      expect(explainFailure('application-consent', other, GRAPH_APP_ID).role).toBeUndefined();
    });

    it('Exchange Online roles refused: the role of other APIs (Cloud Application Administrator); the app, secret and service principal stay and land in the setup', async () => {
      const fake = new FakeGraph();
      fake.refuse.add('exchange-roles');
      const h = harness(fake);
      const job = await h.run(newJob(plan({ path: 'mapi', protocols: ['mapi'] }), NOW));
      expect(job.status).toBe('failed');
      expect(job.steps['application-consent']?.state).toBe('failed');
      expect(job.steps.secret?.state).toBe('done');
      expect(job.problems).toEqual([
        expect.objectContaining({ step: 'application-consent', kind: 'forbidden', status: 403, role: 'otherAppRoles', needsConsent: true }),
      ]);
      expect(h.landed).toHaveLength(1);
      expect(h.held).toHaveLength(1);

      // Someone with the role consented: the re-run notices and finishes.
      fake.refuse.clear();
      const again = await h.run(job);
      expect(again.status).toBe('done');
      expect(fake.apps).toHaveLength(1);
      expect(fake.apps[0]?.passwordCredentials).toHaveLength(1);
    });

    it('delegated grant refused: Application Administrator / Cloud Application Administrator', async () => {
      const fake = new FakeGraph();
      fake.refuse.add('grant');
      const job = await harness(fake).run(newJob(plan(), NOW));
      expect(job.problems).toEqual([expect.objectContaining({ step: 'delegated-consent', kind: 'forbidden', role: 'delegatedGrant', needsConsent: true })]);
    });

    it('both consents are tried when the first is refused', async () => {
      const fake = new FakeGraph();
      fake.refuse.add('grant');
      const job = await harness(fake).run(newJob(plan({ protocols: ['imap', 'mapi'] }), NOW));
      expect(job.steps['delegated-consent']?.state).toBe('failed');
      expect(job.steps['application-consent']?.state).toBe('done');
      expect(fake.assignments.length).toBeGreaterThan(0);
    });

    it('creating the app refused: the roles that may register apps, nothing made', async () => {
      const fake = new FakeGraph();
      fake.refuse.add('create-app');
      const h = harness(fake);
      const job = await h.run(newJob(plan(), NOW));
      expect(job.problems?.[0]).toMatchObject({ step: 'application', kind: 'forbidden', role: 'createApp' });
      expect(job.problems?.[0]?.needsConsent).toBeFalsy();
      expect(h.landed).toHaveLength(0);
    });
  });

  describe('secret lifetime policy', () => {
    it('a refusal is explained and nothing shorter is made unless the admin allowed it', async () => {
      const fake = new FakeGraph();
      fake.maxLifetimeDays = 90;
      const h = harness(fake);
      const job = await h.run(newJob(plan(), NOW));
      expect(job.status).toBe('failed');
      expect(job.problems?.[0]).toMatchObject({ step: 'secret', kind: 'lifetime-policy', code: 'CredentialInvalidLifetimeAsPerAppPolicy' });
      expect(fake.apps[0]?.passwordCredentials).toHaveLength(0);
      expect(h.held).toHaveLength(0);
      // The app is kept and landed: a re-run with a shorter lifetime finishes it.
      expect(h.landed).toHaveLength(1);
      const again = await h.run({ ...job, plan: { ...job.plan, lifetimeDays: 60 } });
      expect(again.status).toBe('done');
      expect(fake.apps).toHaveLength(1);
      expect(fake.apps[0]?.passwordCredentials[0]?.endDateTime).toBe(new Date(NOW + 60 * 86_400_000).toISOString());
    });

    it('with "allow shorter", the longest lifetime the policy accepts is taken', async () => {
      const fake = new FakeGraph();
      fake.maxLifetimeDays = 100;
      const h = harness(fake);
      const job = await h.run(newJob(plan({ allowShorter: true }), NOW));
      expect(job.status).toBe('done');
      expect(job.secret?.lifetimeDays).toBe(90);
      expect(job.steps.secret?.detail).toMatch(/90 days/);
      expect(fake.apps[0]?.passwordCredentials).toHaveLength(1);
    });

    it('never asks for more than the chosen lifetime', async () => {
      const fake = new FakeGraph();
      const job = await harness(fake).run(newJob(plan({ lifetimeDays: 30 }), NOW));
      expect(job.secret?.lifetimeDays).toBe(30);
      expect(fake.apps[0]?.passwordCredentials[0]?.endDateTime).toBe(new Date(NOW + 30 * 86_400_000).toISOString());
      expect(fake.apps[0]?.passwordCredentials[0]?.displayName).toBe(CREATED_SECRET_NAME);
    });
  });

  it('a lost sign-in (401) asks to sign in again and keeps what exists', async () => {
    const fake = new FakeGraph();
    const h = harness(fake);
    const original = fake.fetch;
    let calls = 0;
    const expiring = (input: RequestInfo | URL, init?: RequestInit) => {
      calls += 1;
      if (calls > 5)
        return Promise.resolve(
          new Response(JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired.' } }), { status: 401 }),
        );
      return original(input, init);
    };
    const job = await runCreateJob(newJob(plan(), NOW), {
      graph: createGraphClient({ token: 't', fetch: expiring, sleep: () => Promise.resolve(), now: () => NOW }),
      now: () => NOW,
      sleep: () => Promise.resolve(),
      save: () => Promise.resolve(),
      keepSecret: () => Promise.resolve(),
      land: () => Promise.resolve(),
    });
    expect(job.problems?.at(-1)).toMatchObject({ kind: 'signed-out' });
    expect(h.landed).toHaveLength(0);
  });
});
