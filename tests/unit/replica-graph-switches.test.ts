// @vitest-environment node
/**
 * The Graph replica's failure switches: throttling, late visibility of new objects, the tenant's
 * secret lifetime policy, a network that goes away after the Nth write, and the control endpoint.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTOSO, Directory, FABRIKAM } from '../replicas/directory';
import { graphHandler } from '../replicas/graph/handler';
import { durationMs, graphRequestLog, graphSwitches, setGraphSwitches } from '../replicas/graph/switches';
import { graphTokenForTests, registerSignInApp } from '../replicas/identity-seed';
import { callHandler, graphCaller, json } from './replica-harness';

const DAY = 86_400_000;

let directory: Directory;
let graph: ReturnType<typeof graphCaller>;

beforeEach(() => {
  directory = new Directory();
  const signInApp = registerSignInApp(directory, { redirectUri: 'https://abc.chromiumapp.org/' });
  graph = graphCaller(directory, graphTokenForTests(directory, signInApp));
});

afterEach(() => {
  vi.useRealTimers();
});

const newApp = async (name = 'ServiceOps') => json(await graph('POST', '/v1.0/applications', { displayName: name })) as { id: string; appId: string };

describe('throttle', () => {
  it("answers 429 with Retry-After and Graph's body for the next N requests, then works again", async () => {
    setGraphSwitches(directory, CONTOSO.id, { throttle: { requests: 2, retryAfterSeconds: 3 } });
    for (let i = 0; i < 2; i++) {
      const answer = await graph('GET', '/v1.0/applications');
      expect(answer.status).toBe(429);
      expect(answer.headers['retry-after']).toBe('3');
      expect(json(answer)).toMatchObject({ error: { code: 'TooManyRequests', innerError: { status: '429' } } });
    }
    expect((await graph('GET', '/v1.0/applications')).status).toBe(200);
  });

  it('writesOnly lets reads through and throttles the write without applying it', async () => {
    setGraphSwitches(directory, CONTOSO.id, { throttle: { requests: 1, retryAfterSeconds: 1, writesOnly: true } });
    expect((await graph('GET', '/v1.0/applications')).status).toBe(200);
    expect((await graph('POST', '/v1.0/applications', { displayName: 'x' })).status).toBe(429);
    expect(directory.applications.filter((a) => a.displayName === 'x')).toHaveLength(0);
    expect((await graph('POST', '/v1.0/applications', { displayName: 'x' })).status).toBe(201);
  });

  it('is per tenant', async () => {
    setGraphSwitches(directory, FABRIKAM.id, { throttle: { requests: 5, retryAfterSeconds: 1 } });
    expect((await graph('GET', '/v1.0/applications')).status).toBe(200);
  });
});

describe('visibility delay', () => {
  it('a new application is 404 and cannot get its service principal until the delay has passed', async () => {
    const t0 = Date.now();
    vi.useFakeTimers({ now: t0, toFake: ['Date'] });
    setGraphSwitches(directory, CONTOSO.id, { visibilityDelayMs: 5000 });
    const app = await newApp();
    expect((await graph('GET', `/v1.0/applications/${app.id}`)).status).toBe(404);
    expect((await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {})).status).toBe(404);
    const list = json(await graph('GET', `/v1.0/applications?$filter=displayName eq 'ServiceOps'`));
    expect(list.value).toEqual([]);
    const sp = await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(sp.status).toBe(400);
    expect(json(sp)).toMatchObject({ error: { message: `The appId '${app.appId}' of the service principal does not reference a valid application object.` } });

    vi.setSystemTime(t0 + 5000);
    expect((await graph('GET', `/v1.0/applications/${app.id}`)).status).toBe(200);
    const created = await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(created.status).toBe(201);
    const spId = String(json(created).id);
    expect((await graph('GET', `/v1.0/servicePrincipals/${spId}`)).status).toBe(404);
    vi.setSystemTime(t0 + 10_000);
    expect((await graph('GET', `/v1.0/servicePrincipals/${spId}`)).status).toBe(200);
  });
});

describe('secret lifetime policy', () => {
  it("refuses a secret longer than maxLifetime with Microsoft's error, accepts a shorter one", async () => {
    setGraphSwitches(directory, CONTOSO.id, { passwordMaxLifetime: 'P90D' });
    const app = await newApp();
    const long = await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {
      passwordCredential: { displayName: 'ServiceOps', endDateTime: new Date(Date.now() + 180 * DAY).toISOString() },
    });
    expect(long.status).toBe(400);
    expect(json(long)).toMatchObject({
      error: {
        code: 'CredentialInvalidLifetimeAsPerAppPolicy',
        message: 'Credential lifetime exceeds the max value allowed as per assigned policy 00000000-0000-0000-0000-000000000000.',
        innerError: { 'request-id': expect.any(String) },
      },
    });
    // Without endDateTime Graph picks two years: refused as well.
    expect(json(await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {}))).toMatchObject({
      error: { code: 'CredentialInvalidLifetimeAsPerAppPolicy' },
    });
    const short = await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {
      passwordCredential: { endDateTime: new Date(Date.now() + 89 * DAY).toISOString() },
    });
    expect(short.status).toBe(200);
    expect(directory.findApp(app.appId)?.passwordCredentials).toHaveLength(1);
  });

  it('passwordAddition blocks every new secret', async () => {
    setGraphSwitches(directory, CONTOSO.id, { passwordAdditionBlocked: true });
    const app = await newApp();
    expect(json(await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {}))).toMatchObject({
      error: { code: 'CredentialTypeNotAllowedAsPerAppPolicy' },
    });
  });

  it('the default app management policy shows the restriction to a caller with Policy.Read.All', async () => {
    setGraphSwitches(directory, CONTOSO.id, { passwordMaxLifetime: 'P90D' });
    const signInApp = registerSignInApp(directory, { redirectUri: 'https://p.chromiumapp.org/', scopes: ['Policy.Read.All'] });
    const reader = graphCaller(directory, graphTokenForTests(directory, signInApp));
    const policy = json(await reader('GET', '/v1.0/policies/defaultAppManagementPolicy'));
    expect(policy).toMatchObject({
      id: '00000000-0000-0000-0000-000000000000',
      isEnabled: true,
      applicationRestrictions: { passwordCredentials: [{ restrictionType: 'passwordLifetime', state: 'enabled', maxLifetime: 'P90D' }] },
    });
    expect((await graph('GET', '/v1.0/policies/defaultAppManagementPolicy')).status).toBe(403);
  });

  it('reads ISO 8601 durations', () => {
    expect(durationMs('P90D')).toBe(90 * DAY);
    expect(durationMs('P4DT12H30M5S')).toBe(4 * DAY + 12 * 3600_000 + 30 * 60_000 + 5000);
    expect(durationMs('P1Y')).toBe(365 * DAY);
    expect(durationMs('90 days')).toBeUndefined();
    expect(durationMs('P')).toBeUndefined();
  });
});

describe('network gone after the Nth write', () => {
  it('applies write N, loses its answer, and answers nothing afterwards until cleared', async () => {
    setGraphSwitches(directory, CONTOSO.id, { dropAfterWrites: 2 });
    const app = await newApp();
    const second = await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {});
    expect(second.dropped).toBe(true);
    expect(second.status).toBe(0);
    expect(directory.findApp(app.appId)?.passwordCredentials).toHaveLength(1);
    const read = await graph('GET', `/v1.0/applications/${app.id}`);
    expect(read.dropped).toBe(true);
    const third = await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(third.dropped).toBe(true);
    expect(directory.findServicePrincipal(app.appId, CONTOSO.id)).toBeUndefined();

    setGraphSwitches(directory, CONTOSO.id, { dropAfterWrites: null });
    expect((await graph('GET', `/v1.0/applications/${app.id}`)).status).toBe(200);
    const log = graphRequestLog(directory).map((e) => `${e.method} ${e.path.replace(app.id, '{id}')} ${e.status}`);
    expect(log).toEqual([
      'POST /v1.0/applications 201',
      'POST /v1.0/applications/{id}/addPassword 0',
      'GET /v1.0/applications/{id} 0',
      'POST /v1.0/servicePrincipals 0',
      'GET /v1.0/applications/{id} 200',
    ]);
  });

  it('dropAfterWrites 0: the first write never arrives', async () => {
    setGraphSwitches(directory, CONTOSO.id, { dropAfterWrites: 0 });
    expect((await graph('POST', '/v1.0/applications', { displayName: 'never' })).dropped).toBe(true);
    expect(directory.applications.some((a) => a.displayName === 'never')).toBe(false);
  });
});

describe('control endpoint', () => {
  const control = (method: string, tenant: string, body?: unknown) =>
    callHandler(graphHandler, directory, `https://graph.microsoft.com/__replica/switches/${tenant}`, { method, body });

  it("sets, reads and clears a tenant's switches; the tenant may be named by its domain", async () => {
    const put = await control('PUT', 'contoso.onmicrosoft.com', { passwordMaxLifetime: 'P30D', visibilityDelayMs: 2000 });
    expect(put.status).toBe(200);
    expect(json(put)).toEqual({ tenantId: CONTOSO.id, switches: { passwordMaxLifetime: 'P30D', visibilityDelayMs: 2000 }, writes: 0 });
    expect(graphSwitches(directory, CONTOSO.id)).toEqual({ passwordMaxLifetime: 'P30D', visibilityDelayMs: 2000 });
    await control('PUT', CONTOSO.id, { visibilityDelayMs: null });
    expect(json(await control('GET', CONTOSO.id)).switches).toEqual({ passwordMaxLifetime: 'P30D' });
    expect((await control('DELETE', CONTOSO.id)).status).toBe(204);
    expect(graphSwitches(directory, CONTOSO.id)).toEqual({});
  });

  it('refuses unknown switches, bad values and unknown tenants', async () => {
    expect((await control('PUT', CONTOSO.id, { teleport: true })).status).toBe(400);
    expect((await control('PUT', CONTOSO.id, { passwordMaxLifetime: '90 days' })).status).toBe(400);
    expect((await control('PUT', CONTOSO.id, { throttle: { requests: 1 } })).status).toBe(400);
    expect((await control('GET', 'nowhere.example')).status).toBe(404);
    expect(graphSwitches(directory, CONTOSO.id)).toEqual({});
  });
});
