import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGraphClient } from '../../utils/graph/client';
import { addPassword, appSecrets, removePassword, ROTATED_SECRET_NAME } from '../../utils/graph/passwords';
import { createRouter } from '../../utils/background/router';
import { getSecret } from '../../utils/background/secrets';
import { newSetup } from '../../utils/background/setups';
import { loadSetups, saveSetups } from '../../utils/background/setups-store';
import { newSecretOf, oldSecretKey, rotationStage, sameRef, startRotation, type Rotation } from '../../utils/rotation';
import type { SecretMeta, Setup } from '../../utils/schemas';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-02T08:00:00Z');
const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OBJ = 'bbbbbbbb-0000-4000-8000-00000000000a';
const OLD = 'cccccccc-0000-4000-8000-000000000001';
const NEW = 'cccccccc-0000-4000-8000-000000000002';

const meta = (keyId: string | undefined, hint: string, capturedAt: number, expires = '2026-12-20'): SecretMeta => ({
  keyId,
  hint,
  expires,
  provenance: { source: 'portal', detail: 'Certificates & secrets', capturedAt },
});
const setup = (secretMeta?: SecretMeta): Setup => ({
  ...newSetup('s', 1, 'Support mailbox'),
  clientId: { value: APP, provenance: meta(OLD, 'abc', 1).provenance },
  secretMeta,
});

describe('rotation stages', () => {
  const before = setup(meta(OLD, 'abc', NOW - 100 * DAY));
  const rotation = startRotation(before, NOW);
  const after = setup(meta(NEW, 'xyz', NOW + 60_000, '2027-06-01'));

  it('walks create → check → fill → confirm → delete → done, each needing the one before', () => {
    expect(rotation.old).toEqual({ keyId: OLD, hint: 'abc', expires: '2026-12-20' });
    expect(rotationStage(rotation, before)).toBe('create');
    expect(rotationStage(rotation, after)).toBe('check');
    let r: Rotation = { ...rotation, tokenOk: { keyId: NEW, hint: 'xyz', at: NOW } };
    expect(rotationStage(r, after)).toBe('fill');
    r = { ...r, filled: { origin: 'https://help.contoso.com', at: NOW } };
    expect(rotationStage(r, after)).toBe('confirm');
    r = { ...r, confirmedAt: NOW };
    expect(rotationStage(r, after)).toBe('delete');
    expect(rotationStage({ ...r, oldRemovedAt: NOW }, after)).toBe('done');
  });

  it('the old secret seen again (a copy, or Graph adding its exact end) is not a new one', () => {
    expect(newSecretOf(rotation, setup(meta(OLD, 'abc', NOW + 5, '2026-12-20T10:00:00Z')))).toBeUndefined();
    expect(newSecretOf(startRotation(setup(meta(undefined, 'abc', 1)), NOW), setup(meta(undefined, 'abc', NOW + 5)))).toBeUndefined();
  });

  it('a check of an earlier new secret does not count for a later one', () => {
    const r: Rotation = { ...rotation, tokenOk: { keyId: NEW, at: NOW } };
    expect(rotationStage(r, setup(meta('dddddddd-0000-4000-8000-000000000003', 'qqq', NOW + 5)))).toBe('check');
  });

  it('a setup that never knew its secret: any secret captured since the start is the new one', () => {
    const unknown = startRotation(setup(), NOW);
    expect(unknown.old).toEqual({});
    expect(newSecretOf(unknown, setup(meta(NEW, 'xyz', NOW + 1)))).toMatchObject({ keyId: NEW });
    expect(newSecretOf(unknown, setup(meta(NEW, 'xyz', NOW - 1)))).toBeUndefined();
  });

  it('finds the old secret among the current ones by key ID, else by a unique hint', () => {
    const current = [
      { keyId: OLD, hint: 'abc' },
      { keyId: NEW, hint: 'abc' },
    ];
    expect(oldSecretKey(rotation, current, { keyId: NEW })).toBe(OLD);
    expect(oldSecretKey({ ...rotation, old: { hint: 'abc' } }, current, { keyId: NEW })).toBe(OLD);
    expect(oldSecretKey({ ...rotation, old: { hint: 'abc' } }, [...current, { keyId: 'e', hint: 'abc' }], { keyId: NEW })).toBeUndefined();
    expect(oldSecretKey({ ...rotation, old: {} }, current, { keyId: NEW })).toBeUndefined();
    expect(oldSecretKey(rotation, [{ keyId: NEW, hint: 'xyz' }], { keyId: NEW })).toBeUndefined();
  });

  it('same secret by key ID, else hint and day', () => {
    expect(sameRef({ keyId: OLD.toUpperCase() }, { keyId: OLD })).toBe(true);
    expect(sameRef({ hint: 'abc', expires: '2026-12-20' }, { hint: 'abc', expires: '2026-12-20T10:00:00Z' })).toBe(true);
    expect(sameRef({ hint: 'abc', expires: '2026-12-20' }, { hint: 'abc', expires: '2027-06-01' })).toBe(false);
  });
});

type Reply = { status: number; body?: unknown };
function graph(replies: Reply[]) {
  const calls: { url: string; method: string; body: unknown }[] = [];
  const client = createGraphClient({
    token: 't',
    now: () => NOW,
    sleep: () => Promise.resolve(),
    fetch: (input, init) => {
      calls.push({ url: String(input), method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const reply = replies.shift();
      if (!reply) throw new Error('no more replies');
      return Promise.resolve(new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status }));
    },
  });
  return { client, calls };
}

describe('secrets through Microsoft Graph', () => {
  it('lists the app by client ID: its Object ID and its secrets, never values', async () => {
    const { client, calls } = graph([
      { status: 200, body: { id: OBJ, passwordCredentials: [{ keyId: OLD, hint: 'abc', endDateTime: '2026-12-20T00:00:00Z' }] } },
    ]);
    await expect(appSecrets(client, APP)).resolves.toEqual({ appObjectId: OBJ, secrets: [{ keyId: OLD, hint: 'abc', endDateTime: '2026-12-20T00:00:00Z' }] });
    expect(calls[0]?.url).toBe(`https://graph.microsoft.com/v1.0/applications(appId='${APP}')?$select=id,passwordCredentials`);
  });

  it("adds a secret with an explicit end (never Graph's two-year default)", async () => {
    const { client, calls } = graph([
      { status: 200, body: { keyId: NEW.toUpperCase(), secretText: 'xyz8Q~value', endDateTime: '2027-05-31T08:00:00Z', hint: 'xyz' } },
    ]);
    await expect(addPassword(client, OBJ, 180, NOW)).resolves.toEqual({
      value: 'xyz8Q~value',
      keyId: NEW,
      hint: 'xyz',
      endDateTime: '2027-05-31T08:00:00Z',
      description: ROTATED_SECRET_NAME,
    });
    expect(calls[0]).toEqual({
      url: `https://graph.microsoft.com/v1.0/applications/${OBJ}/addPassword`,
      method: 'POST',
      body: { passwordCredential: { displayName: ROTATED_SECRET_NAME, endDateTime: new Date(NOW + 180 * DAY).toISOString() } },
    });
  });

  it("a lifetime the tenant's policy refuses is an error for the caller to explain", async () => {
    const { client } = graph([
      { status: 400, body: { error: { code: 'CredentialInvalidLifetimeAsPerAppPolicy', message: 'Credential lifetime exceeds policy.' } } },
    ]);
    await expect(addPassword(client, OBJ, 365, NOW)).rejects.toMatchObject({ status: 400, code: 'CredentialInvalidLifetimeAsPerAppPolicy' });
  });

  it('removes by key ID; a secret already gone counts as removed; other refusals are errors', async () => {
    const ok = graph([{ status: 204 }]);
    await removePassword(ok.client, OBJ, OLD);
    expect(ok.calls[0]).toMatchObject({ url: `https://graph.microsoft.com/v1.0/applications/${OBJ}/removePassword`, method: 'POST', body: { keyId: OLD } });
    await expect(
      removePassword(graph([{ status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'gone' } } }]).client, OBJ, OLD),
    ).resolves.toBeUndefined();
    await expect(
      removePassword(graph([{ status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges' } } }]).client, OBJ, OLD),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('the rotation hands its secret to the background', () => {
  const router = createRouter({ extensionId: 'test-extension-id', extensionOrigin: 'chrome-extension://test-extension-id/', now: () => NOW, newId: () => 'n' });
  const page = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/rotate.html' };
  const message = {
    type: 'rotation-secret',
    setupId: 's',
    value: 'xyz8Q~value',
    keyId: NEW,
    hint: 'xyz',
    expires: '2027-05-31T08:00:00Z',
    description: ROTATED_SECRET_NAME,
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSetups({ setups: [setup(meta(OLD, 'abc', 1))], activeSetupId: 's' });
  });

  it('value to session memory, Secret ID, hint and end to the setup', async () => {
    await expect(router(message, page)).resolves.toMatchObject({ ok: true, value: { present: true, hint: 'xyz' } });
    expect((await getSecret('s', NOW))?.value).toBe('xyz8Q~value');
    const stored = (await loadSetups()).setups[0];
    expect(stored?.secretMeta).toEqual({
      keyId: NEW,
      hint: 'xyz',
      expires: '2027-05-31T08:00:00Z',
      description: ROTATED_SECRET_NAME,
      provenance: { source: 'graph', detail: expect.any(String) as string, capturedAt: NOW },
    });
    expect(stored?.knownSecretIds).toContain(NEW);
    // Never in storage.local.
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('xyz8Q~value');
  });

  it("only from the extension's own pages", async () => {
    expect(await router(message, { url: 'https://portal.azure.com/', tab: { id: 1 }, frameId: 0 })).toBeUndefined();
    expect((await loadSetups()).setups[0]?.secretMeta?.keyId).toBe(OLD);
  });

  it('only from the rotation page, and only with a date as its end', async () => {
    const options = { ...page, url: 'chrome-extension://test-extension-id/options.html' };
    await expect(router(message, options)).resolves.toMatchObject({ ok: false });
    await expect(router({ ...message, expires: 'never' }, page)).resolves.toMatchObject({ ok: false });
    expect(await getSecret('s', NOW)).toBeUndefined();
    expect((await loadSetups()).setups[0]?.secretMeta?.keyId).toBe(OLD);
  });

  it('a deleted setup is refused', async () => {
    await expect(router({ ...message, setupId: 'gone' }, page)).resolves.toMatchObject({ ok: false });
    expect(await getSecret('gone', NOW)).toBeUndefined();
  });
});
