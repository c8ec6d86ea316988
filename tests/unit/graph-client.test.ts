import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createGraphClient, GraphError, retryAfterMs } from '../../utils/graph/client';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

function fakeFetch(replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const reply = replies.shift();
    if (!reply) throw new Error('no more replies');
    if (reply instanceof Error) return Promise.reject(reply);
    const body = reply.body === undefined ? null : JSON.stringify(reply.body);
    return Promise.resolve(new Response(body, { status: reply.status, headers: reply.headers }));
  };
  return { impl: impl, calls };
}

function client(replies: Reply[], extra: Partial<Parameters<typeof createGraphClient>[0]> = {}) {
  const fake = fakeFetch(replies);
  const waits: number[] = [];
  const graph = createGraphClient({
    token: 'secret-token',
    fetch: fake.impl,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    now: () => Date.parse('2026-12-02T08:00:00Z'),
    ...extra,
  });
  return { graph, calls: fake.calls, waits };
}

const app = z.object({ id: z.string(), appId: z.string() });

describe('Graph client', () => {
  it('sends the bearer token to Graph and parses the answer', async () => {
    const { graph, calls } = client([{ status: 200, body: { id: 'o1', appId: 'a1', extra: 1 } }]);
    await expect(graph.get('/applications/o1', app)).resolves.toEqual({ id: 'o1', appId: 'a1' });
    expect(calls[0]?.url).toBe('https://graph.microsoft.com/v1.0/applications/o1');
    expect(new Headers(calls[0]?.init.headers).get('authorization')).toBe('Bearer secret-token');
    expect(calls[0]?.init.credentials).toBe('omit');
  });

  it('sends JSON bodies', async () => {
    const { graph, calls } = client([{ status: 201, body: { id: 'o1', appId: 'a1' } }]);
    await graph.post('/applications', { displayName: 'x' }, app);
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.body).toBe('{"displayName":"x"}');
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json');
  });

  it('waits out a 429 for as long as Retry-After says, then succeeds', async () => {
    const { graph, calls, waits } = client([
      { status: 429, body: { error: { code: 'TooManyRequests', message: 'slow down' } }, headers: { 'retry-after': '7' } },
      { status: 200, body: { id: 'o1', appId: 'a1' } },
    ]);
    await expect(graph.get('/applications/o1', app)).resolves.toEqual({ id: 'o1', appId: 'a1' });
    expect(waits).toEqual([7000]);
    expect(calls).toHaveLength(2);
  });

  it('reads Retry-After as an HTTP date too', () => {
    expect(retryAfterMs('Wed, 02 Dec 2026 08:00:30 GMT', Date.parse('2026-12-02T08:00:00Z'))).toBe(30_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });

  it('gives up after the allowed number of throttled answers, with Graph’s error', async () => {
    const throttled: Reply = { status: 429, body: { error: { code: 'TooManyRequests', message: 'slow down' } }, headers: { 'retry-after': '1' } };
    const { graph, waits } = client([throttled, throttled, throttled], { maxThrottleRetries: 2 });
    const error = await graph.get('/applications', app).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ status: 429, code: 'TooManyRequests', kind: 'http' });
    expect(waits).toEqual([1000, 1000]);
  });

  it('does not wait longer than allowed', async () => {
    const { graph, waits } = client([{ status: 429, headers: { 'retry-after': '3600' } }]);
    await expect(graph.get('/x', app)).rejects.toMatchObject({ status: 429 });
    expect(waits).toEqual([]);
  });

  it('retries a 404 with backoff only when the object was just created', async () => {
    const notYet: Reply = { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'not found' } } };
    const { graph, waits } = client([notYet, notYet, { status: 200, body: { id: 'o1', appId: 'a1' } }]);
    await expect(graph.get('/applications/o1', app, { retryNotFound: true })).resolves.toMatchObject({ id: 'o1' });
    expect(waits).toEqual([1000, 2000]);

    const plain = client([notYet]);
    await expect(plain.graph.get('/applications/o1', app)).rejects.toMatchObject({ status: 404, code: 'Request_ResourceNotFound' });
    expect(plain.waits).toEqual([]);
  });

  it('waits out the 400 a new service principal gets while its app is not visible yet, and only that 400', async () => {
    const notYet: Reply = {
      status: 400,
      body: { error: { code: 'Request_BadRequest', message: "The appId 'a1' of the service principal does not reference a valid application object." } },
    };
    const { graph, waits } = client([notYet, { status: 201, body: { id: 's1', appId: 'a1' } }]);
    await expect(graph.post('/servicePrincipals', { appId: 'a1' }, app, { retryNotFound: true })).resolves.toMatchObject({ id: 's1' });
    expect(waits).toEqual([1000]);

    const other = client([{ status: 400, body: { error: { code: 'Request_BadRequest', message: 'Invalid value' } } }]);
    await expect(other.graph.post('/servicePrincipals', { appId: 'a1' }, app, { retryNotFound: true })).rejects.toMatchObject({
      status: 400,
      message: 'Invalid value',
    });
    expect(other.waits).toEqual([]);
  });

  it('believes a 404 after the whole backoff', async () => {
    const notYet: Reply = { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } };
    const { graph, waits } = client(Array.from({ length: 6 }, () => notYet));
    await expect(graph.get('/x', app, { retryNotFound: true })).rejects.toMatchObject({ status: 404, message: 'gone' });
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('turns a network failure into a GraphError and never resends a POST', async () => {
    const { graph, calls } = client([new TypeError('Failed to fetch')]);
    const error = await graph.post('/applications', {}, app).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: 0 });
    expect(calls).toHaveLength(1);
  });

  it('reports a 403 with Graph’s code and message and never the token', async () => {
    const { graph } = client([
      { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } },
    ]);
    const error = await graph.post('/servicePrincipals/x/appRoleAssignedTo', {}, app).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    expect(JSON.stringify(error)).not.toContain('secret-token');
    expect(String((error as Error).message)).not.toContain('secret-token');
  });

  it('refuses an answer of the wrong shape', async () => {
    const { graph } = client([{ status: 200, body: { id: 5 } }]);
    await expect(graph.get('/x', app)).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('follows paging links within Graph only', async () => {
    const { graph, calls } = client([
      { status: 200, body: { value: [{ id: '1', appId: 'a' }], '@odata.nextLink': 'https://graph.microsoft.com/v1.0/applications?$skiptoken=2' } },
      { status: 200, body: { value: [{ id: '2', appId: 'b' }] } },
    ]);
    await expect(graph.list('/applications', app)).resolves.toHaveLength(2);
    expect(calls[1]?.url).toContain('$skiptoken=2');

    const foreign = client([{ status: 200, body: { value: [], '@odata.nextLink': 'https://evil.example/steal' } }]);
    await expect(foreign.graph.list('/applications', app)).rejects.toMatchObject({ code: 'foreignLink' });
    expect(foreign.calls).toHaveLength(1);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const { graph, calls } = client([], { signal: controller.signal });
    await expect(graph.get('/x', app)).rejects.toMatchObject({ kind: 'aborted' });
    expect(calls).toHaveLength(0);
  });
});
