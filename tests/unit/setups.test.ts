import { describe, expect, it } from 'vitest';
import { applyFact, applyPatch, newSetup } from '../../utils/background/setups';

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
let n = 0;
const ctx = { now: 1000, host: 'portal.azure.com', newId: () => `id-${++n}` };

describe('applyFact', () => {
  it('creates a setup for a new app, named after it, with provenance', () => {
    const s = applyFact({ setups: [], activeSetupId: null }, { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT, displayName: 'Mail app' }, ctx);
    expect(s.setups).toHaveLength(1);
    expect(s.setups[0]).toMatchObject({ name: 'Mail app', clientId: { value: CLIENT, provenance: { source: 'portal', detail: 'Overview blade on portal.azure.com' } }, tenantId: { value: TENANT } });
    expect(s.activeSetupId).toBe(s.setups[0]?.id);
  });

  it('updates the setup of the same app and makes it active', () => {
    const other = { ...newSetup('other', 1), clientId: { value: 'aaaaaaaa-1111-4222-8333-444444444444', provenance: { source: 'manual' as const, detail: '', capturedAt: 1 } } };
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
