import { describe, expect, it } from 'vitest';
import { parsePortalHash } from '../../utils/portal-route';
import { enterpriseAppReader, readEnterpriseApp } from '../../utils/sensor/enterprise-app';
import { essentialsReader } from '../../utils/sensor/essentials';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SP = '11111111-2222-4333-8444-555555555555';
const APP_OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
const route = (sp: string, section = 'Overview') => `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${section}/objectId/${sp}/appId/${APP}`;
const props = (objectId: string) =>
  `<dl><dt>Name</dt><dd>Mail</dd><dt>Anwendungs-ID</dt><dd><span>${APP}</span></dd><dt>Objekt-ID</dt><dd><span>${objectId}</span></dd></dl>`;

describe('readEnterpriseApp', () => {
  it('takes the service principal Object ID when route and page agree', () => {
    document.body.innerHTML = props(SP);
    expect(readEnterpriseApp(document.body, parsePortalHash(route(SP)))).toEqual({ appId: APP, spObjectId: SP });
  });

  it('waits while the page still shows another object (stale render)', () => {
    document.body.innerHTML = props(APP_OBJECT);
    expect(readEnterpriseApp(document.body, parsePortalHash(route(SP)))).toBeUndefined();
  });

  it('never reads the App registration Overview, whose Object ID is the wrong one', () => {
    document.body.innerHTML = props(APP_OBJECT);
    window.location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/${APP_OBJECT}`;
    expect(enterpriseAppReader.read({ route: undefined, isTopFrame: true, document })).toEqual([]);
  });

  it('reads the overview and the Properties section in the top document by its route', () => {
    document.body.innerHTML = props(SP);
    window.location.hash = route(SP, 'Properties');
    expect(enterpriseAppReader.read({ route: undefined, isTopFrame: true, document })).toEqual([
      expect.objectContaining({ kind: 'enterprise-app', appId: APP, spObjectId: SP, routeConfirmed: true }),
    ]);
  });

  it('reads a framed blade by its labels whatever its own URL says, for the background to check against the tab', () => {
    document.body.innerHTML = props(SP);
    for (const hash of ['', route(APP_OBJECT), '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade']) {
      window.location.hash = hash;
      // One walk per frame: the Essentials reader reports a framed Enterprise application too.
      expect(essentialsReader.read({ route: undefined, isTopFrame: false, document })).toEqual([
        expect.objectContaining({ kind: 'enterprise-app', appId: APP, spObjectId: SP, routeConfirmed: false }),
      ]);
      expect(enterpriseAppReader.wants({ route: undefined, isTopFrame: false, document })).toBe(false);
    }
  });

  it('reads a framed App registration Overview (it shows a tenant) as the Essentials, never as an Enterprise application', () => {
    document.body.innerHTML = `${props(APP_OBJECT)}<dl><dt>Directory (tenant) ID</dt><dd>${SP}</dd></dl>`;
    expect(essentialsReader.read({ route: undefined, isTopFrame: false, document })).toEqual([
      expect.objectContaining({ kind: 'app-essentials', clientId: APP, tenantId: SP }),
    ]);
  });

  it('reads values next to copy buttons and icon glyphs, in read-only fields, once despite hidden copies', () => {
    document.body.innerHTML = `<div><label for="a">Application ID</label><input id="a" readonly value="${APP}"></div>
      <div class="row"><div>Object ID</div><div>${SP}<span hidden>${SP}</span><button aria-label="Copy to clipboard"><i data-icon-name="Copy">\ue8c8</i></button></div></div>`;
    expect(essentialsReader.read({ route: undefined, isTopFrame: false, document })).toEqual([expect.objectContaining({ appId: APP, spObjectId: SP })]);
  });
});
