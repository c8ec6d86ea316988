import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../utils/background/router';
import { guidanceHandlers } from '../../utils/background/handlers/guidance';
import { sidePanelHandlers } from '../../utils/background/handlers/side-panel';
import type { HandlerContext } from '../../utils/background/handlers/types';
import type { SenderKind } from '../../utils/background/sender';
import { saveSetups, loadSetups } from '../../utils/background/setups-store';
import { newSetup } from '../../utils/background/setups';
import { noSidePanel, openSidePanel, sidePanelApis } from '../../utils/side-panel/open';
import { guidanceTabsItem, portalFramesItem } from '../../utils/storage-items';
import type { SidePanelPlace, SidePanelView, Watch } from '../../utils/schemas';
import { stepPageUrl } from '../../utils/side-panel/step-link';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => 5_000, newId: () => 'new-id' };
const ctx = (senderKind: SenderKind, sender: HandlerContext['sender']): HandlerContext => ({ deps, sender, senderKind, host: '' });
const topFrame = ctx('portal-frame', { id: 'ext', url: 'https://portal.azure.com/', tab: { id: 7 }, frameId: 0 });
const popup = ctx('extension-page', { id: 'ext', url: 'chrome-extension://ext/popup.html' });

/** A fake Chrome side panel whose open() records its argument and resolves later (as the browser does). */
function fakeSidePanel(result: 'resolve' | 'reject' = 'resolve') {
  const open = vi.fn((_options: { tabId?: number; windowId?: number }) =>
    result === 'resolve' ? Promise.resolve() : Promise.reject(new Error('`sidePanel.open()` may only be called in response to a user gesture.')),
  );
  Object.assign(fakeBrowser, { sidePanel: { open } });
  return open;
}

beforeEach(() => {
  fakeBrowser.reset();
  Reflect.deleteProperty(fakeBrowser, 'sidePanel');
  Reflect.deleteProperty(fakeBrowser, 'sidebarAction');
});

describe('open-side-panel', () => {
  it("opens Chrome's side panel in the step card's tab, before anything is awaited (the click's activation)", async () => {
    const open = fakeSidePanel();
    const answer = sidePanelHandlers['open-side-panel'].handle({ type: 'open-side-panel' }, topFrame);
    // Called synchronously: the handler has not yielded yet.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await answer).toEqual({ ok: true, value: null });
  });

  it('opens it in the popup’s window', async () => {
    const open = fakeSidePanel();
    const answer = sidePanelHandlers['open-side-panel'].handle({ type: 'open-side-panel', windowId: 3 }, popup);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    expect((await answer).ok).toBe(true);
  });

  it('a framed blade, or a page that names no window, opens nothing', async () => {
    const open = fakeSidePanel();
    const framed = ctx('portal-frame', { id: 'ext', url: 'https://x.reactblade.portal.azure.net/', tab: { id: 7 }, frameId: 4 });
    expect((await sidePanelHandlers['open-side-panel'].handle({ type: 'open-side-panel', windowId: 3 }, framed)).ok).toBe(false);
    expect((await sidePanelHandlers['open-side-panel'].handle({ type: 'open-side-panel' }, popup)).ok).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it("the browser's refusal is an answer the card falls back on (the in-page checklist)", async () => {
    fakeSidePanel('reject');
    const answer = await sidePanelHandlers['open-side-panel'].handle({ type: 'open-side-panel' }, topFrame);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error).toContain(noSidePanel());
  });

  it('a browser without a side panel says so', async () => {
    expect(sidePanelApis(fakeBrowser)).toEqual({});
    expect(await sidePanelHandlers['open-side-panel'].handle({ type: 'open-side-panel' }, topFrame)).toEqual({ ok: false, error: noSidePanel() });
  });

  it('Firefox: the sidebar is opened with sidebarAction.open()', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openSidePanel({ windowId: 1 }, sidePanelApis({ sidebarAction: { open } }))).toEqual({ ok: true });
    expect(open).toHaveBeenCalledOnce();
  });

  it('the router lets only the portal page and extension pages ask', async () => {
    const open = fakeSidePanel();
    const route = createRouter(deps);
    const serviceOps = { id: 'ext', url: 'https://serviceops.example.com/', tab: { id: 9 }, frameId: 0 };
    expect(await route({ type: 'open-side-panel' }, serviceOps)).toBeUndefined();
    expect(await route({ type: 'open-side-panel' }, { id: 'other-extension', url: 'https://portal.azure.com/', tab: { id: 7 }, frameId: 0 })).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
    expect(await route({ type: 'open-side-panel' }, { id: 'ext', url: 'https://portal.azure.com/', tab: { id: 7 }, frameId: 0 })).toEqual({
      ok: true,
      value: null,
    });
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
  });
});

describe('side-panel-view', () => {
  const view = async (tabId: number | undefined, viewStep?: string) => {
    const r = await sidePanelHandlers['side-panel-view'].handle({ type: 'side-panel-view', tabId, viewStep }, popup);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  const withApp = async () => {
    const cap = (value: string) => ({ value, provenance: { source: 'portal' as const, detail: '', capturedAt: 1 } });
    const setup = { ...newSetup('s1', 1), clientId: cap(APP), tenantId: cap(TENANT), progress: { 'choose-path': { at: 1, by: 'confirmed' as const } } };
    await saveSetups({ setups: [setup], activeSetupId: 's1' });
  };
  const credentials = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
  const watch: Watch = { id: 'create-secret-x', step: 'create-secret', stages: [{ id: 'add', role: 'button' }], read: [] };

  it('no setup yet: where the tab is, no checklist, and nothing is created', async () => {
    expect(await view(undefined)).toEqual({ place: { kind: 'other' } });
    expect((await loadSetups()).setups).toEqual([]);
  });

  it('follows the blade of the portal tab it is shown for, from the records the page keeps', async () => {
    await withApp();
    await portalFramesItem.setValue({ 7: { 0: { host: 'entra.microsoft.com', hash: credentials, topFrame: true, at: 1 } } });
    await guidanceTabsItem.setValue({ 7: { watch, appId: APP, facts: {}, targets: { 0: { watch: watch.id, found: true, stage: 'add' } } } });
    const onBlade = await view(7);
    expect(onBlade.place).toEqual({ kind: 'portal', host: 'entra.microsoft.com' });
    expect(onBlade.view).toMatchObject({ viewing: 'create-secret', onBlade: true, target: { state: 'found', stage: 'add' } });
    // Another step shown in the side panel: the frames' sightings were for the card's step.
    expect((await view(7, 'public-client')).view).toMatchObject({ viewing: 'public-client', target: { state: 'none' } });
    // Another tab (no portal records): the same checklist, off the blade, with the route to it.
    const elsewhere = await view(8);
    expect(elsewhere.place).toEqual({ kind: 'other' });
    expect(elsewhere.view).toMatchObject({ viewing: 'create-secret', onBlade: false });
    expect(elsewhere.view?.bladeHash).toContain(`Credentials/appId/${APP}`);
  });

  it('only reads: the setups and the tab records stay as they were', async () => {
    await withApp();
    await portalFramesItem.setValue({ 7: { 0: { host: 'portal.azure.com', hash: credentials, topFrame: true, at: 1 } } });
    const before = [await loadSetups(), await guidanceTabsItem.getValue()];
    await view(7);
    expect([await loadSetups(), await guidanceTabsItem.getValue()]).toEqual(before);
  });

  it('a granted ServiceOps tab: its origin and the server form it shows; an ungranted one is just elsewhere', async () => {
    await withApp();
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://serviceops.example.com/*'], permissions: [] });
    const granted = await fakeBrowser.tabs.create({ url: 'https://serviceops.example.com/admin/mail' });
    const other = await fakeBrowser.tabs.create({ url: 'https://elsewhere.example.com/' });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ form: 'incoming', title: 'Add Incoming Email Server' });
    expect((await view(granted.id)).place).toEqual({
      kind: 'serviceops',
      origin: 'https://serviceops.example.com',
      form: 'incoming',
      formTitle: 'Add Incoming Email Server',
    });
    expect((await view(other.id)).place).toEqual({ kind: 'other' });
  });
});

describe('the side panel\'s "go to this step"', () => {
  const APP_HASH = (section: string) => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${APP}/isMSAApp~/false`;
  const answer = (place: SidePanelPlace, viewing: string, bladeHash: string | undefined, clientId?: string): SidePanelView =>
    ({ place, view: { viewing, bladeHash, captured: { clientId, secret: { present: false } } } }) as unknown as SidePanelView;

  it("sends a portal tab to the step's blade on its own host", () => {
    expect(stepPageUrl(answer({ kind: 'portal', host: 'entra.microsoft.com' }, 'create-secret', APP_HASH('Credentials'), APP))).toBe(
      `https://entra.microsoft.com/${APP_HASH('Credentials')}`,
    );
  });

  it('from any other tab, opens the Azure portal there (the app list when the app is not known yet)', () => {
    expect(stepPageUrl(answer({ kind: 'other' }, 'create-secret', APP_HASH('Credentials'), APP))).toBe(`https://portal.azure.com/${APP_HASH('Credentials')}`);
    expect(stepPageUrl(answer({ kind: 'serviceops', origin: 'https://sd.example.com' }, 'create-secret', undefined))).toMatch(
      /^https:\/\/portal\.azure\.com\/#view\/Microsoft_AAD_RegisteredApps\/ApplicationsListBlade/,
    );
  });

  it('a step outside the portal (PowerShell) has no page to go to', () => {
    expect(stepPageUrl(answer({ kind: 'other' }, 'exchange-service-principal', undefined, APP))).toBeUndefined();
    expect(stepPageUrl(answer({ kind: 'portal', host: 'portal.azure.com' }, 'exchange-service-principal', undefined, APP))).toBeUndefined();
  });
});

describe('the side panel acts on the same checklist', () => {
  it('"I did this" and the path are taken from extension pages (the side panel), as from the portal page itself; never from a framed blade', async () => {
    await saveSetups({ setups: [newSetup('s1', 1)], activeSetupId: 's1' });
    expect(await guidanceHandlers['guidance-path'].handle({ type: 'guidance-path', setupId: 's1', path: 'mapi' }, popup)).toEqual({ ok: true, value: null });
    expect(await guidanceHandlers['guidance-confirm'].handle({ type: 'guidance-confirm', setupId: 's1', step: 'register-app', done: true }, popup)).toEqual({
      ok: true,
      value: null,
    });
    const framed = ctx('portal-frame', { id: 'ext', url: 'https://x.reactblade.portal.azure.net/', tab: { id: 7 }, frameId: 4 });
    expect((await guidanceHandlers['guidance-confirm'].handle({ type: 'guidance-confirm', setupId: 's1', step: 'copy-ids', done: true }, framed)).ok).toBe(
      false,
    );
    const [setup] = (await loadSetups()).setups;
    expect(setup?.path).toBe('mapi');
    expect(setup?.progress['register-app']).toEqual({ at: 5_000, by: 'confirmed' });
    expect(setup?.progress['copy-ids']).toBeUndefined();
  });
});
