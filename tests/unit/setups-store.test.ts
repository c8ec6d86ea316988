import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTabFrames, recordFrame } from '../../utils/background/portal-frames';
import { clearSecret, putSecret } from '../../utils/background/secrets';
import { newSetup } from '../../utils/background/setups';
import { changeSetups, loadSetups, missingSetup, saveSetups, updateSetup } from '../../utils/background/setups-store';
import type { Provenance } from '../../utils/schemas';
import { portalFramesItem, secretsItem } from '../../utils/storage-items';

const manual: Provenance = { source: 'manual', detail: 'test', capturedAt: 1 };

describe('updateSetup: the one way to change a setup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSetups({ setups: [newSetup('a', 1, 'A'), newSetup('b', 1, 'B')], activeSetupId: 'a' });
  });

  it('replaces the setup and saves, leaving the others and the active one alone', async () => {
    const result = await updateSetup('b', (s) => ({ ...s, name: 'Renamed', updatedAt: 2 }));
    expect(result).toMatchObject({ ok: true, value: { id: 'b', name: 'Renamed' } });
    const { setups, activeSetupId } = await loadSetups();
    expect(setups.map((s) => s.name)).toEqual(['A', 'Renamed']);
    expect(activeSetupId).toBe('a');
  });

  it('makes the setup the active one when asked', async () => {
    await updateSetup('b', (s) => s, { activate: true });
    expect((await loadSetups()).activeSetupId).toBe('b');
  });

  it('refuses a setup that does not exist, and never brings it back', async () => {
    await changeSetups((state) => ({ state: { ...state, setups: state.setups.filter((s) => s.id !== 'b') }, value: null }));
    const result = await updateSetup('b', (s) => ({ ...s, name: 'Revived' }));
    expect(result).toEqual({ ok: false, error: missingSetup() });
    expect((await loadSetups()).setups.map((s) => s.id)).toEqual(['a']);
  });

  it('passes a refusal on and saves nothing', async () => {
    const result = await updateSetup('a', () => 'Not like this.');
    expect(result).toEqual({ ok: false, error: 'Not like this.' });
    expect((await loadSetups()).setups[0]?.name).toBe('A');
  });

  it('loses no change when many arrive at once', async () => {
    const steps = Array.from({ length: 12 }, (_, i) => `step-${i}`);
    await Promise.all(
      steps.map((step, i) => updateSetup(i % 2 ? 'a' : 'b', (s) => ({ ...s, progress: { ...s.progress, [step]: { at: i, by: 'confirmed' } } }))),
    );
    const { setups } = await loadSetups();
    const done = setups.flatMap((s) => Object.keys(s.progress)).sort();
    expect(done).toEqual([...steps].sort());
  });
});

describe('the secret and frame stores change under their own locks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps every secret put at the same time, and clears only the one asked', async () => {
    await Promise.all(['a', 'b', 'c'].map((id) => putSecret(id, `${id}1Q~secret-value`, manual, 1)));
    expect(Object.keys(await secretsItem.getValue()).sort()).toEqual(['a', 'b', 'c']);
    await Promise.all([clearSecret('a'), putSecret('d', 'd1Q~secret-value', manual, 2)]);
    expect(Object.keys(await secretsItem.getValue()).sort()).toEqual(['b', 'c', 'd']);
  });

  it('keeps every frame reported at the same time, and forgets a closed tab only', async () => {
    const frame = (hash: string) => ({ host: 'portal.azure.com', hash, topFrame: false, at: 1 });
    await Promise.all([
      recordFrame({ tab: { id: 1 }, frameId: 0 }, frame('#a')),
      recordFrame({ tab: { id: 1 }, frameId: 3 }, frame('#b')),
      recordFrame({ tab: { id: 2 }, frameId: 0 }, frame('#c')),
      forgetTabFrames(7),
    ]);
    expect(Object.keys((await portalFramesItem.getValue())['1'] ?? {}).sort()).toEqual(['0', '3']);
    await Promise.all([forgetTabFrames(1), recordFrame({ tab: { id: 2 }, frameId: 5 }, frame('#d'))]);
    const all = await portalFramesItem.getValue();
    expect(Object.keys(all)).toEqual(['2']);
    expect(Object.keys(all['2'] ?? {}).sort()).toEqual(['0', '5']);
  });
});
