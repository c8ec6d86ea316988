import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidanceHandlers } from '../../utils/background/handlers/guidance';
import { stableJson } from '../../utils/background/guidance/tab-records';
import type { HandlerContext } from '../../utils/background/handlers/types';
import { recordFrame } from '../../utils/background/portal-frames';
import { putSecret } from '../../utils/background/secrets';
import { loadSetups, saveSetups } from '../../utils/background/setups-store';
import { newSetup } from '../../utils/background/setups';
import type { BladeFact, GuidanceView } from '../../utils/schemas';
import { guidanceTabsItem } from '../../utils/storage-items';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OTHER = '9c2c1a9a-1b9b-4e26-86d2-6bcfe852fe48';
const SP = 'aaaaaaaa-1111-4222-8333-444444444444';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const app = (section: string, appId = APP) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}`;

let now = 1_000;
let n = 0;
const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => now, newId: () => `setup-${++n}` };
const frame = (frameId: number, url = 'https://portal.azure.com/'): HandlerContext => ({
  deps,
  sender: { id: 'ext', url, tab: { id: 7 }, frameId },
  senderKind: 'portal-frame',
  host: new URL(url).host,
});
const FRAMED = 'https://sandbox-1.reactblade.portal.azure.net/reactview/index.html';

/** The top frame's sensor reports every route of the tab (as handlers/facts.ts records it). */
const recordTop = (hash: string) => recordFrame(frame(0).sender, { host: 'portal.azure.com', hash, topFrame: true, at: now });

async function sync(hash: string, viewStep?: string): Promise<GuidanceView> {
  await recordTop(hash);
  const r = await guidanceHandlers['guidance-sync'].handle({ type: 'guidance-sync', hash, viewStep }, frame(0));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
const fact = (f: BladeFact, frameId = 3) => guidanceHandlers['guidance-fact'].handle({ type: 'guidance-fact', fact: f }, frame(frameId, FRAMED));

async function withApp(path: 'imap' | 'mapi' = 'imap') {
  const cap = (value: string) => ({ value, provenance: { source: 'portal' as const, detail: '', capturedAt: 1 } });
  const setup = { ...newSetup('s1', 1), path, clientId: cap(APP), tenantId: cap(TENANT), progress: { 'choose-path': { at: 1, by: 'confirmed' as const } } };
  await saveSetups({ setups: [setup], activeSetupId: 's1' });
  return setup;
}

beforeEach(() => {
  fakeBrowser.reset();
  now = 1_000;
});

describe('guidance-sync', () => {
  it('starts a setup when there is none, at choosing the path', async () => {
    const view = await sync('#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade');
    expect(view).toMatchObject({ current: 'choose-path', pathChosen: false, target: { state: 'none' } });
    expect((await loadSetups()).setups).toHaveLength(1);
  });

  it('refuses anything but the top frame', async () => {
    const r = await guidanceHandlers['guidance-sync'].handle({ type: 'guidance-sync', hash: '#' }, frame(2, FRAMED));
    expect(r.ok).toBe(false);
  });

  it('persists what it detects and sets the watch for the step on its blade', async () => {
    await withApp();
    const view = await sync(app('Credentials'));
    expect(view).toMatchObject({ current: 'create-secret', onBlade: true, target: { state: 'searching' } });
    const setup = (await loadSetups()).setups[0];
    expect(setup?.progress['register-app']).toEqual({ at: now, by: 'detected' });
    expect(setup?.progress['copy-ids']?.by).toBe('detected');
    const tab = (await guidanceTabsItem.getValue())[7];
    expect(tab?.watch?.stages.map((s) => s.id)).toEqual(['new-client-secret', 'add']);
    expect(tab?.appId).toBe(APP);
  });

  it('off the blade: no watch, and the route to go to', async () => {
    await withApp();
    const view = await sync(app('Overview'));
    expect(view.onBlade).toBe(false);
    expect(view.bladeHash).toContain(`~/Credentials/appId/${APP}`);
    expect((await guidanceTabsItem.getValue())[7]?.watch).toBeNull();
  });

  it('the secret completes the step, and the view never carries the secret or its first characters', async () => {
    await withApp();
    await putSecret('s1', 'abc8Q~secretsecretsecretsecretsecretsecr', { source: 'portal', detail: 'grid', capturedAt: 1 }, now);
    const view = await sync(app('Credentials'));
    expect(view.steps.find((s) => s.id === 'create-secret')?.done).toBe('detected');
    expect(view.captured.secret).toMatchObject({ present: true, length: 40 });
    expect(JSON.stringify(view)).not.toContain('abc8Q');
  });

  it('carries the protocols the setup was filled for, so the PowerShell names their Exchange roles', async () => {
    const setup = await withApp('mapi');
    await saveSetups({ setups: [{ ...setup, protocols: ['smtp'] }], activeSetupId: 's1' });
    expect((await sync(app('Overview'))).captured.protocols).toEqual(['smtp']);
  });

  it('files blade facts under the app of the tab, and completes steps from them', async () => {
    await withApp();
    await sync(app('Authentication'), 'public-client');
    await fact({ kind: 'public-client', on: true, saved: false });
    expect((await sync(app('Authentication'), 'public-client')).steps.find((s) => s.id === 'public-client')?.done).toBeUndefined();
    await fact({ kind: 'public-client', on: true, saved: true });
    expect((await sync(app('Authentication'), 'public-client')).steps.find((s) => s.id === 'public-client')?.done).toBe('detected');
  });

  it("takes a frame's blade fact only while the tab's top route shows the watched blade of that app", async () => {
    await withApp();
    await sync(app('Authentication'), 'public-client');
    const facts = async () => Object.keys((await guidanceTabsItem.getValue())[7]?.facts ?? {});
    // The top frame has moved on before the checklist synced: a frame still drawing the old blade (or
    // a script drawing it) reports for a watch that no longer matches where the admin is.
    await recordTop(app('Overview'));
    await fact({ kind: 'public-client', on: true, saved: true });
    await recordTop(app('Authentication', OTHER));
    await fact({ kind: 'public-client', on: true, saved: true });
    expect(await facts()).toEqual([]);
    await recordTop(app('Authentication'));
    await fact({ kind: 'public-client', on: true, saved: true });
    expect(await facts()).toEqual(['public-client']);
  });

  it('a fact seen on another app does not complete this setup', async () => {
    await withApp();
    const elsewhere = await sync(app('Authentication', OTHER), 'public-client');
    const tab = (await guidanceTabsItem.getValue())[7];
    expect(tab?.watch).toBeNull();
    expect(elsewhere.onBlade).toBe(false);
    expect(elsewhere.bladeHash).toContain(APP);
    await sync(app('Authentication'), 'public-client');
    await guidanceTabsItem.setValue({
      7: { ...(tab ?? { facts: {}, targets: {} }), watch: (await guidanceTabsItem.getValue())[7]?.watch ?? null, appId: OTHER, facts: {}, targets: {} },
    });
    await fact({ kind: 'public-client', on: true, saved: true });
    expect((await sync(app('Authentication'), 'public-client')).steps.find((s) => s.id === 'public-client')?.done).toBeUndefined();
  });

  it('aggregates the frames target reports; a report for an old watch is ignored', async () => {
    await withApp();
    await sync(app('Credentials'));
    const watch = (await guidanceTabsItem.getValue())[7]?.watch;
    await fact({ kind: 'target', watch: watch?.id ?? '', found: false }, 0);
    expect((await sync(app('Credentials'))).target.state).toBe('missing');
    await fact({ kind: 'target', watch: 'old', stage: 'add', found: true }, 3);
    expect((await sync(app('Credentials'))).target.state).toBe('missing');
    await fact({ kind: 'target', watch: watch?.id ?? '', stage: 'new-client-secret', found: true, side: 'right' }, 3);
    expect((await sync(app('Credentials'))).target).toEqual({ state: 'found', stage: 'new-client-secret', side: 'right' });
  });

  it('keeps the watch (and its reports) when storage hands it back with reordered keys', async () => {
    await withApp();
    await sync(app('Credentials'));
    const all = await guidanceTabsItem.getValue();
    const w = all[7]?.watch;
    const reordered = w && (Object.fromEntries(Object.entries(w).reverse()) as typeof w);
    await guidanceTabsItem.setValue({
      7: { ...(all[7] ?? { facts: {}, targets: {} }), watch: reordered ?? null, targets: { 3: { watch: w?.id ?? '', found: true } } },
    });
    expect((await sync(app('Credentials'))).target.state).toBe('found');
    expect(stableJson({ b: 1, a: { d: 1, c: 2 } })).toBe(stableJson({ a: { c: 2, d: 1 }, b: 1 }));
  });

  it('captures the Enterprise application Object ID from its route when the app matches', async () => {
    await withApp();
    await sync(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${OTHER}`);
    expect((await loadSetups()).setups[0]?.spObjectId).toBeUndefined();
    await sync(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`);
    expect((await loadSetups()).setups[0]?.spObjectId?.value).toBe(SP);
  });
});

describe('confirm and path', () => {
  it('"I did this" and its undo; switching path keeps progress', async () => {
    await withApp();
    const confirm = (step: string, done: boolean) =>
      guidanceHandlers['guidance-confirm'].handle({ type: 'guidance-confirm', setupId: 's1', step, done }, frame(0));
    expect((await confirm('public-client', true)).ok).toBe(true);
    expect((await loadSetups()).setups[0]?.progress['public-client']?.by).toBe('confirmed');
    await confirm('public-client', false);
    expect((await loadSetups()).setups[0]?.progress['public-client']).toBeUndefined();
    expect((await confirm('exchange-restrict', true)).ok).toBe(false);
    await guidanceHandlers['guidance-path'].handle({ type: 'guidance-path', setupId: 's1', path: 'mapi' }, frame(0));
    expect((await confirm('exchange-restrict', true)).ok).toBe(true);
    const setup = (await loadSetups()).setups[0];
    expect(setup?.path).toBe('mapi');
    expect(setup?.progress['choose-path']?.by).toBe('confirmed');
  });
});

describe('guidance-watch-get', () => {
  it('answers the current watch of the tab to any portal frame', async () => {
    await withApp();
    await sync(app('CallAnAPI'), 'graph-delegated');
    const r = await guidanceHandlers['guidance-watch-get'].handle({ type: 'guidance-watch-get' }, frame(5, FRAMED));
    expect(r.ok && r.value?.read).toEqual(['permissions']);
  });
});
