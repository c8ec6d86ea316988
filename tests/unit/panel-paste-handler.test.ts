/**
 * The checklist's paste field in the background: only the portal's top frame may paste, the value
 * is classified again with everything the setup knows, IDs land in the setup and the secret in
 * storage.session only; the answer never carries the pasted text. A copy the sensor could not read
 * makes the checklist point at the paste field.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../utils/background/router';
import { applyFact } from '../../utils/background/setups';
import type { SenderLike } from '../../utils/background/sender';
import { portalFramesItem, secretsItem, setupsItem, activeSetupIdItem } from '../../utils/storage-items';
import type { Setup } from '../../utils/schemas';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const deps = { extensionId: ID, extensionOrigin: `chrome-extension://${ID}/`, now: () => 5_000, newId: () => 'new-id' };
const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SECRET_ID = 'bbbbbbbb-2222-4333-8444-555555555555';
const SECRET = 'Abc8Q~dEf.gHi_jKl-mNoPqRsTuVwXyZ0123456a';
const HASH = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;

const top: SenderLike = { id: ID, url: `https://portal.azure.com/${HASH}`, tab: { id: 3 }, frameId: 0, origin: 'https://portal.azure.com' };
const framed: SenderLike = {
  id: ID,
  url: 'https://sandbox-1.reactblade.portal.azure.net/x',
  tab: { id: 3 },
  frameId: 7,
  origin: 'https://sandbox-1.reactblade.portal.azure.net',
};

const setup = (over: Partial<Setup> = {}): Setup => ({
  id: 's1',
  name: 'Mail',
  path: 'imap',
  progress: {},
  createdAt: 1,
  updatedAt: 1,
  clientId: { value: APP, provenance: { source: 'portal', detail: 'x', capturedAt: 1 } },
  knownSecretIds: [SECRET_ID],
  ...over,
});

describe('panel-paste', () => {
  const route = createRouter(deps);
  afterEach(() => vi.unstubAllGlobals());
  beforeEach(async () => {
    fakeBrowser.reset();
    // Tenant discovery, as login.microsoftonline.com answers it: the tenant's own ID is found, any other GUID is not a tenant.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.includes(TENANT)
          ? Response.json({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` })
          : Response.json({ error: 'invalid_tenant', error_description: 'AADSTS90002: Tenant not found.' }, { status: 400 }),
      ),
    );
    await setupsItem.setValue([setup()]);
    await activeSetupIdItem.setValue('s1');
    await portalFramesItem.setValue({ 3: { 0: { host: 'portal.azure.com', hash: HASH, topFrame: true, at: 1 } } });
  });

  it('stores a pasted secret in storage.session only, and answers without it', async () => {
    const answer = await route({ type: 'panel-paste', setupId: 's1', step: 'create-secret', text: ` ${SECRET}\n` }, top);
    expect(answer).toMatchObject({ ok: true, value: { outcome: 'accepted', field: 'secret' } });
    expect(JSON.stringify(answer)).not.toContain(SECRET);
    expect((await secretsItem.getValue()).s1).toMatchObject({
      value: SECRET,
      provenance: { source: 'manual', detail: 'Pasted into the checklist on portal.azure.com' },
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
  });

  it("never puts what is pasted on another app's blade into this setup", async () => {
    const other = HASH.replace(APP, '99999999-4f89-41d3-9a0c-0305e82c3301');
    await portalFramesItem.setValue({ 3: { 0: { host: 'portal.azure.com', hash: other, topFrame: true, at: 1 } } });
    const answer = await route({ type: 'panel-paste', setupId: 's1', step: 'create-secret', text: SECRET }, top);
    expect(answer).toMatchObject({ ok: true, value: { outcome: 'refused', message: expect.stringContaining('another app') } });
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('refuses a Secret ID pasted as the secret, and keeps what was held', async () => {
    const answer = await route({ type: 'panel-paste', setupId: 's1', step: 'create-secret', text: SECRET_ID }, top);
    expect(answer).toMatchObject({ ok: true, value: { outcome: 'refused', message: expect.stringMatching(/Secret ID.*Value column/) } });
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('takes the tenant ID on the IDs step, and an answer to "which one?" only among the options offered', async () => {
    expect(await route({ type: 'panel-paste', setupId: 's1', step: 'copy-ids', text: TENANT }, top)).toMatchObject({
      value: { outcome: 'accepted', field: 'tenantId' },
    });
    expect((await setupsItem.getValue())[0]?.tenantId).toMatchObject({ value: TENANT, provenance: { source: 'manual' } });
    // The secret step does not take a GUID, whatever field the panel says was chosen.
    const forced = await route({ type: 'panel-paste', setupId: 's1', step: 'create-secret', text: TENANT, field: 'secret' }, top);
    expect(forced).toMatchObject({ value: { outcome: 'refused' } });
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('refuses a GUID taken as the tenant ID that Microsoft says is no tenant (an Object ID, say)', async () => {
    const objectId = 'cccccccc-1111-4222-8333-444444444444';
    const answer = await route({ type: 'panel-paste', setupId: 's1', step: 'copy-ids', text: objectId }, top);
    expect(answer).toMatchObject({ value: { outcome: 'refused', message: expect.stringContaining('No Microsoft Entra tenant') } });
    expect((await setupsItem.getValue())[0]?.tenantId).toBeUndefined();
  });

  it('serves only the top frame of a portal tab; framed blades and pages cannot paste', async () => {
    expect(await route({ type: 'panel-paste', setupId: 's1', step: 'create-secret', text: SECRET }, framed)).toMatchObject({ ok: false });
    expect(
      await route({ type: 'panel-paste', setupId: 's1', step: 'create-secret', text: SECRET }, { ...top, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }),
    ).toBeUndefined();
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('the structure report is for the top frame only', async () => {
    expect(await route({ type: 'structure-report' }, framed)).toMatchObject({ ok: false });
  });
});

describe('copy-unread', () => {
  it('marks the setup so the checklist points at its paste field', () => {
    const state = applyFact(
      { setups: [setup()], activeSetupId: 's1' },
      { kind: 'copy-unread', appId: APP, field: 'secret' },
      { now: 9, host: 'h', newId: () => 'n' },
    );
    expect(state.setups[0]?.copyUnread).toEqual({ field: 'secret', at: 9 });
  });
});
