import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Fact } from '../../utils/schemas';
import { factHandlers } from '../../utils/background/handlers/facts';
import { setupHandlers } from '../../utils/background/handlers/setups';
import type { HandlerContext } from '../../utils/background/handlers/types';
import { expireIdleSecrets, getSecret } from '../../utils/background/secrets';
import { loadSetups } from '../../utils/background/setups-store';
import { secretsItem, settingsItem } from '../../utils/storage-items';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OTHER_APP = '9c2c1a9a-1b9b-4e26-86d2-6bcfe852fe48';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
const SECRET_ID = 'bbbbbbbb-1111-4222-8333-555555555555';
const VALUE = 'abc8Q~' + 'Xy_1.-~'.repeat(4) + 'Zq9w7e';

let now = 1_000_000;
let n = 0;
const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => now, newId: () => `setup-${++n}` };

function frameCtx(frameId: number, url = 'https://portal.azure.com/'): HandlerContext {
  return { deps, sender: { id: 'ext', url, tab: { id: 7 }, frameId }, senderKind: 'portal-frame', host: new URL(url).host };
}
const pageCtx: HandlerContext = { deps, sender: { id: 'ext', url: 'chrome-extension://ext/popup.html' }, senderKind: 'extension-page', host: '' };

const send = (fact: Fact, frameId = 0, url?: string) => factHandlers.fact.handle({ type: 'fact', fact }, frameCtx(frameId, url));
const route = (section: string, appId: string) =>
  send({
    kind: 'route',
    host: 'portal.azure.com',
    hash: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}`,
    topFrame: true,
  });
const FRAME = 'https://sandbox-1.reactblade.portal.azure.net/reactview/index.html';

beforeEach(() => {
  fakeBrowser.reset();
  now = 1_000_000;
});

describe('captured facts in the background', () => {
  it('stores a framed secret in storage.session for the app of the tab, and only its metadata in storage.local', async () => {
    await route('Credentials', APP);
    await send({ kind: 'secret-created', value: VALUE, secretId: SECRET_ID, description: 'mail', expires: '2027-05-25', via: 'grid' }, 3, FRAME);
    const { setups } = await loadSetups();
    expect(setups).toHaveLength(1);
    expect(setups[0]).toMatchObject({
      clientId: { value: APP },
      secretMeta: { keyId: SECRET_ID, description: 'mail', provenance: { detail: 'Certificates & secrets on portal.azure.com' } },
    });
    expect((await getSecret(setups[0]?.id ?? '', now))?.value).toBe(VALUE);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(VALUE);
  });

  it('refuses a secret from a frame whose route names another app than the tab', async () => {
    await route('Credentials', APP);
    await send({ kind: 'secret-created', appId: OTHER_APP, value: VALUE, via: 'grid' }, 3, FRAME);
    expect((await loadSetups()).setups).toEqual([]);
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('refuses an unconfirmed Overview whose client ID is not the app of the tab', async () => {
    await route('Overview', APP);
    await send({ kind: 'app-essentials', clientId: OTHER_APP, tenantId: TENANT, routeConfirmed: false }, 3, FRAME);
    expect((await loadSetups()).setups).toEqual([]);
    await send({ kind: 'app-essentials', clientId: APP, tenantId: TENANT, routeConfirmed: false }, 3, FRAME);
    expect((await loadSetups()).setups[0]?.tenantId?.value).toBe(TENANT);
  });

  it('takes nothing from a frame whose tab shows another blade of the same app: the frame never vouches for itself', async () => {
    await route('Overview', APP);
    // A framed secret (or copy) while the tab shows the Overview, IDs while it shows Certificates & secrets.
    await send({ kind: 'secret-created', appId: APP, value: VALUE, secretId: SECRET_ID, via: 'grid' }, 3, FRAME);
    expect(await secretsItem.getValue()).toEqual({});
    await route('Credentials', APP);
    await send({ kind: 'app-essentials', clientId: APP, tenantId: TENANT, routeConfirmed: false }, 3, FRAME);
    expect((await loadSetups()).setups.find((s) => s.tenantId)).toBeUndefined();
  });

  it("takes a secret from the top frame only while the tab's route shows Certificates & secrets of that app", async () => {
    await send({ kind: 'app-essentials', clientId: APP, tenantId: TENANT, routeConfirmed: true });
    // Forged page content: a Value drawn on the Overview, without an app ID (it would fall to the tab's app).
    await route('Overview', APP);
    await send({ kind: 'secret-created', value: VALUE, secretId: SECRET_ID, via: 'grid' });
    await send({ kind: 'secret-id-copied', secretId: SECRET_ID });
    expect(await secretsItem.getValue()).toEqual({});
    const shown = (await loadSetups()).setups[0];
    expect([shown?.secretMeta, shown?.knownSecretIds, shown?.secretIdCopiedAt]).toEqual([undefined, undefined, undefined]);
    // The same report on Certificates & secrets is the admin's new secret.
    await route('Credentials', APP);
    await send({ kind: 'secret-created', value: VALUE, secretId: SECRET_ID, via: 'grid' });
    expect((await getSecret((await loadSetups()).setups[0]?.id ?? '', now))?.value).toBe(VALUE);
  });

  it('lets only the top frame move the active setup: a frame that says it is the top frame is not believed', async () => {
    await send({ kind: 'app-essentials', clientId: APP, tenantId: TENANT, routeConfirmed: true });
    await send({ kind: 'app-essentials', clientId: OTHER_APP, tenantId: TENANT, routeConfirmed: true });
    const { setups, activeSetupId } = await loadSetups();
    expect(activeSetupId).toBe(setups.find((s) => s.clientId?.value === OTHER_APP)?.id);
    const hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
    await send({ kind: 'route', host: 'portal.azure.com', hash, topFrame: true }, 3, FRAME);
    expect((await loadSetups()).activeSetupId).toBe(activeSetupId);
    // Nor does its route become the tab's: a secret it reports next is not taken.
    await send({ kind: 'secret-created', value: VALUE, via: 'grid' }, 3, FRAME);
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('settles ambiguous GUIDs with tenant discovery, and keeps them as candidates offline', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url.includes(TENANT)
        ? new Response(JSON.stringify({ issuer: `https://login.microsoftonline.com/${TENANT}/v2.0` }))
        : new Response(JSON.stringify({ error_description: 'AADSTS90002: not found' }), { status: 400 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await send({ kind: 'app-essentials', clientId: APP, ambiguousGuids: [OBJECT, TENANT], routeConfirmed: true });
    expect((await loadSetups()).setups[0]).toMatchObject({ tenantId: { value: TENANT }, appObjectId: { value: OBJECT } });
    expect(fetchMock).toHaveBeenCalledWith(expect.stringContaining('/v2.0/.well-known/openid-configuration'), expect.anything());

    fakeBrowser.reset();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await send({ kind: 'app-essentials', clientId: APP, ambiguousGuids: [OBJECT, TENANT], routeConfirmed: true });
    const setup = (await loadSetups()).setups[0];
    expect(setup?.tenantId).toBeUndefined();
    expect(setup?.tenantCandidates).toEqual([OBJECT, TENANT]);
    vi.unstubAllGlobals();
  });

  it('makes the setup of the app being viewed the active one', async () => {
    await send({ kind: 'app-essentials', clientId: APP, tenantId: TENANT, routeConfirmed: true });
    await send({ kind: 'app-essentials', clientId: OTHER_APP, tenantId: TENANT, routeConfirmed: true });
    const { setups } = await loadSetups();
    await route('Authentication', APP);
    expect((await loadSetups()).activeSetupId).toBe(setups.find((s) => s.clientId?.value === APP)?.id);
  });
});

describe('the secret in the popup', () => {
  it('refuses a Secret ID or a masked value and keeps the captured Value', async () => {
    await route('Credentials', APP);
    await send({ kind: 'secret-created', value: VALUE, secretId: SECRET_ID, via: 'grid' });
    const id = (await loadSetups()).setups[0]?.id ?? '';
    const asId = await setupHandlers['set-secret'].handle({ type: 'set-secret', setupId: id, value: SECRET_ID }, pageCtx);
    expect(asId).toEqual({ ok: false, error: expect.stringMatching(/^This is the Secret ID.*Value column/) });
    const asMask = await setupHandlers['set-secret'].handle({ type: 'set-secret', setupId: id, value: `abc${'*'.repeat(34)}` }, pageCtx);
    expect(asMask.ok).toBe(false);
    expect((await getSecret(id, now))?.value).toBe(VALUE);
  });

  it('forgets the secret after the idle time the admin chose', async () => {
    await route('Credentials', APP);
    await send({ kind: 'secret-created', value: VALUE, via: 'grid' });
    const id = (await loadSetups()).setups[0]?.id ?? '';
    await settingsItem.setValue({ secretIdleMinutes: 5, keepSecretAfterFill: false });
    expect(await expireIdleSecrets(now + 4 * 60_000)).toEqual([]);
    expect(await expireIdleSecrets(now + 6 * 60_000)).toEqual([id]);
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('returns the value to extension pages only through get-state, with where it came from', async () => {
    await route('Credentials', APP);
    await send({ kind: 'secret-created', value: VALUE, via: 'grid' });
    fakeBrowser.permissions.getAll = async () => ({ origins: [], permissions: [] });
    const state = await setupHandlers['get-state'].handle({ type: 'get-state' }, pageCtx);
    expect(state.ok && state.value.secret).toMatchObject({ present: true, value: VALUE, source: 'Certificates & secrets on portal.azure.com' });
    expect(setupHandlers['get-state'].from).toEqual(['extension-page']);
  });

  it('gives the value only to the pages that show it: the sign-in page (msal) and the options get its status', async () => {
    await route('Credentials', APP);
    await send({ kind: 'secret-created', value: VALUE, via: 'grid' });
    fakeBrowser.permissions.getAll = async () => ({ origins: [], permissions: [] });
    const stateOn = async (page: string) => {
      const ctx: HandlerContext = { ...pageCtx, sender: { id: 'ext', url: `chrome-extension://ext/${page}` } };
      const r = await setupHandlers['get-state'].handle({ type: 'get-state' }, ctx);
      return r.ok ? r.value.secret : undefined;
    };
    for (const page of ['popup.html', 'sidepanel.html']) expect((await stateOn(page))?.value, page).toBe(VALUE);
    for (const page of ['signin.html?setup=s&start=1', 'options.html', 'popup.html.evil.html', 'fill-confirm.html']) {
      const status = await stateOn(page);
      expect(status, page).toMatchObject({ present: true, hint: VALUE.slice(0, 3), length: VALUE.length });
      expect(JSON.stringify(status), page).not.toContain(VALUE);
    }
  });
});
