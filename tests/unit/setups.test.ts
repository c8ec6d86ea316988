import { describe, expect, it } from 'vitest';
import { applyFact, applyPatch, newSetup, setupForApp } from '../../utils/background/setups';

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
let n = 0;
const ctx = { now: 1000, host: 'portal.azure.com', newId: () => `id-${++n}` };

describe('applyFact', () => {
  it('creates a setup for a new app, named after it, with provenance', () => {
    const s = applyFact({ setups: [], activeSetupId: null }, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT, displayName: 'Mail app' }, ctx);
    expect(s.setups).toHaveLength(1);
    expect(s.setups[0]).toMatchObject({
      name: 'Mail app',
      clientId: { value: CLIENT, provenance: { source: 'portal', detail: 'the Overview blade on portal.azure.com' } },
      tenantId: { value: TENANT },
    });
    expect(s.activeSetupId).toBe(s.setups[0]?.id);
  });

  it('updates the setup of the same app and makes it active', () => {
    const other = {
      ...newSetup('other', 1),
      clientId: { value: 'aaaaaaaa-1111-4222-8333-444444444444', provenance: { source: 'manual' as const, detail: '', capturedAt: 1 } },
    };
    const mine = { ...newSetup('mine', 1), clientId: { value: CLIENT, provenance: { source: 'manual' as const, detail: '', capturedAt: 1 } } };
    const s = applyFact({ setups: [mine, other], activeSetupId: 'other' }, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT }, ctx);
    expect(s.activeSetupId).toBe('mine');
    expect(s.setups.find((x) => x.id === 'mine')?.tenantId?.value).toBe(TENANT);
    // The client ID it already had is kept with its original provenance.
    expect(s.setups.find((x) => x.id === 'mine')?.clientId?.provenance.source).toBe('manual');
  });

  it('fills an empty active setup instead of creating another', () => {
    const s = applyFact({ setups: [newSetup('empty', 1)], activeSetupId: 'empty' }, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT }, ctx);
    expect(s.setups).toHaveLength(1);
    expect(s.setups[0]?.clientId?.value).toBe(CLIENT);
  });

  it('ignores route facts', () => {
    const state = { setups: [], activeSetupId: null };
    expect(applyFact(state, { kind: 'route', host: 'portal.azure.com', hash: '#', topFrame: true }, ctx)).toBe(state);
  });
});

describe('applyPatch', () => {
  it('keeps what was typed, even when invalid, as manual', () => {
    const s = applyPatch(newSetup('a', 1), { clientId: 'not-a-guid' }, 5);
    expect(s.clientId).toEqual({ value: 'not-a-guid', provenance: { source: 'manual', detail: 'Typed or pasted in the popup', capturedAt: 5 } });
  });
  it('clears a value set to empty', () => {
    const s = applyPatch(applyPatch(newSetup('a', 1), { tenantId: TENANT }, 2), { tenantId: '' }, 3);
    expect(s.tenantId).toBeUndefined();
  });
});

describe('applyFact for the other captured values', () => {
  const SP = '11111111-2222-4333-8444-555555555555';
  const OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
  const SECRET_ID = 'bbbbbbbb-1111-4222-8333-555555555555';
  const VALUE = 'abc8Q~' + 'x'.repeat(34);
  const base = () => applyFact({ setups: [], activeSetupId: null }, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT, appObjectId: OBJECT }, ctx);

  it('takes the Enterprise application Object ID, and refuses the App registration one', () => {
    const s = applyFact(base(), { kind: 'enterprise-app', appId: CLIENT, spObjectId: SP }, ctx);
    expect(s.setups[0]?.spObjectId).toMatchObject({ value: SP, provenance: { detail: 'the Enterprise application overview on portal.azure.com' } });
    const wrong = applyFact(base(), { kind: 'enterprise-app', appId: CLIENT, spObjectId: OBJECT }, ctx);
    expect(wrong.setups[0]?.spObjectId).toBeUndefined();
  });

  it('does not take an Overview Object ID that is the Enterprise application one', () => {
    const withSp = applyFact({ setups: [], activeSetupId: null }, { kind: 'enterprise-app', appId: CLIENT, spObjectId: SP }, ctx);
    const s = applyFact(withSp, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT, appObjectId: SP }, ctx);
    expect(s.setups[0]?.appObjectId).toBeUndefined();
  });

  it('records a new secret (never its value) and forgets an earlier masked notice', () => {
    const masked = applyFact(base(), { kind: 'secret-masked', appId: CLIENT, secretIds: [OBJECT] }, { ...ctx, secretPresent: () => false });
    expect(masked.setups[0]?.secretMaskedAt).toBe(1000);
    const s = applyFact(
      masked,
      { kind: 'secret-created', appId: CLIENT, value: VALUE, secretId: SECRET_ID, description: 'mail', expires: '2027-05-25', via: 'grid' },
      ctx,
    );
    const setup = s.setups[0];
    expect(setup?.secretMeta).toMatchObject({
      description: 'mail',
      expires: '2027-05-25',
      hint: 'abc',
      keyId: SECRET_ID,
      provenance: { detail: 'Certificates & secrets on portal.azure.com' },
    });
    expect(setup?.knownSecretIds).toEqual([OBJECT, SECRET_ID]);
    expect(setup?.secretMaskedAt).toBeUndefined();
    expect(JSON.stringify(s)).not.toContain(VALUE);
  });

  it('does not raise the masked notice while the value is held', () => {
    const s = applyFact(base(), { kind: 'secret-masked', appId: CLIENT, secretIds: [SECRET_ID] }, { ...ctx, secretPresent: () => true });
    expect(s.setups[0]?.secretMaskedAt).toBeUndefined();
  });

  it('notes a copied Secret ID', () => {
    const s = applyFact(base(), { kind: 'secret-id-copied', appId: CLIENT, secretId: SECRET_ID }, { ...ctx, now: 2000 });
    expect(s.setups[0]).toMatchObject({ secretIdCopiedAt: 2000, knownSecretIds: [SECRET_ID] });
  });

  it('uses the tab route when a framed blade has none, and ignores facts about no app at all', () => {
    const s = applyFact(base(), { kind: 'secret-id-copied', secretId: SECRET_ID }, { ...ctx, appId: CLIENT });
    expect(s.setups[0]?.knownSecretIds).toEqual([SECRET_ID]);
    const state = base();
    expect(applyFact(state, { kind: 'secret-id-copied', secretId: SECRET_ID }, ctx)).toBe(state);
  });

  it('keeps undecided tenant GUIDs as candidates, and drops them once the tenant is known', () => {
    const s = applyFact({ setups: [], activeSetupId: null }, { kind: 'app-essentials', clientId: CLIENT, ambiguousGuids: [OBJECT, TENANT] }, ctx);
    expect(s.setups[0]?.tenantCandidates).toEqual([OBJECT, TENANT]);
    expect(applyFact(s, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT }, ctx).setups[0]?.tenantCandidates).toBeUndefined();
  });

  it('finds the setup of the app being viewed', () => {
    const s = base();
    expect(setupForApp(s, CLIENT)?.id).toBe(s.setups[0]?.id);
    expect(setupForApp(s, SP)).toBeUndefined();
  });

  it('keeps a typed Enterprise application Object ID as manual', () => {
    expect(applyPatch(newSetup('a', 1), { spObjectId: SP }, 4).spObjectId).toEqual({
      value: SP,
      provenance: { source: 'manual', detail: 'Typed or pasted in the popup', capturedAt: 4 },
    });
  });
});
