import { describe, expect, it } from 'vitest';
import {
  isAppOverview,
  isAppSection,
  isAppsList,
  isRegisterPage,
  onBlade,
  parsePortalHash,
  portalLink,
  routeAppId,
  routeOfUrl,
  routeSpObjectId,
  sameSection,
} from '../../utils/portal-route';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('parsePortalHash', () => {
  it('reads the current view form with a menu section and typed params', () => {
    const r = parsePortalHash(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/isMSAApp~/false`);
    expect(r).toEqual({
      extension: 'Microsoft_AAD_RegisteredApps',
      blade: 'ApplicationMenuBlade',
      section: 'Overview',
      params: { appId: APP, isMSAApp: 'false' },
      tenant: undefined,
    });
    expect(isAppOverview(r)).toBe(true);
    expect(routeAppId(r)).toBe(APP);
  });

  it('reads the older blade form without a tilde', () => {
    const r = parsePortalHash(`#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Overview/appId/${APP.toUpperCase()}`);
    expect(r?.section).toBe('Overview');
    expect(routeAppId(r)).toBe(APP);
  });

  it('strips a tenant prefix', () => {
    const r = parsePortalHash(`#@contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`);
    expect(r?.tenant).toBe('contoso.onmicrosoft.com');
    expect(r?.section).toBe('Credentials');
    expect(isAppOverview(r)).toBe(false);
  });

  it('reads list and create blades that have no section', () => {
    expect(parsePortalHash('#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM')).toMatchObject({
      blade: 'ApplicationsListBlade',
      section: undefined,
      params: { quickStartType: 'null', sourceType: 'Microsoft_AAD_IAM' },
    });
    expect(parsePortalHash('#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false')?.blade).toBe(
      'CreateApplicationBlade',
    );
  });

  it('reads the Enterprise application overview', () => {
    const sp = '11111111-2222-4333-8444-555555555555';
    const r = parsePortalHash(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${sp}/appId/${APP}`);
    expect(r).toMatchObject({ extension: 'Microsoft_AAD_IAM', blade: 'ManagedAppMenuBlade', section: 'Overview', params: { objectId: sp, appId: APP } });
    expect(isAppOverview(r)).toBe(false);
  });

  it('rejects hashes that are not portal routes', () => {
    expect(parsePortalHash('')).toBeUndefined();
    expect(parsePortalHash('#home')).toBeUndefined();
    expect(parsePortalHash('#view/OnlyExtension')).toBeUndefined();
  });

  it('does not treat a malformed appId as one', () => {
    expect(routeAppId(parsePortalHash('#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/<script>'))).toBeUndefined();
  });
});

describe('route facts from the real portal', () => {
  it('knows the App registrations list under the directory menu as well', () => {
    const list = parsePortalHash('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps');
    expect(isAppsList(list)).toBe(true);
    expect(isRegisterPage(list)).toBe(true);
    expect(isAppsList(parsePortalHash('#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM'))).toBe(
      true,
    );
    expect(isAppsList(parsePortalHash('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview'))).toBe(false);
    expect(isRegisterPage(parsePortalHash('#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false'))).toBe(true);
    expect(isRegisterPage(parsePortalHash(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`))).toBe(false);
  });

  it('compares section names whatever their case', () => {
    const r = parsePortalHash(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnApi/appId/${APP}`);
    expect(isAppSection(r, 'CallAnAPI')).toBe(true);
    expect(onBlade(r, { extension: 'Microsoft_AAD_RegisteredApps', blade: 'ApplicationMenuBlade', section: 'CallAnAPI' })).toBe(true);
    expect(onBlade(r, { extension: 'Microsoft_AAD_RegisteredApps', blade: 'ApplicationMenuBlade', section: 'Credentials' })).toBe(false);
    expect(isAppOverview(parsePortalHash(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/overview/appId/${APP}`))).toBe(true);
    expect(sameSection('CallAnApi', 'CALLANAPI')).toBe(true);
    expect(sameSection('Credentials', 'Overview')).toBe(false);
  });

  it('reads a tab URL with a tenant in its path like one without', () => {
    const hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
    const plain = routeOfUrl(`https://portal.azure.com/${hash}`);
    expect(routeOfUrl(`https://portal.azure.com/contoso.onmicrosoft.com/${hash}`)).toEqual(plain);
    expect(routeOfUrl(`https://portal.azure.com/${APP}/?feature.x=1${hash}`)).toEqual(plain);
    expect(routeAppId(plain)).toBe(APP);
    expect(routeOfUrl('https://portal.azure.com/contoso.onmicrosoft.com/')).toBeUndefined();
    expect(routeOfUrl('not a url')).toBeUndefined();
    expect(routeOfUrl(undefined)).toBeUndefined();
  });

  it('names the Enterprise application Object ID only on its own blade', () => {
    const sp = '11111111-2222-4333-8444-555555555555';
    expect(routeSpObjectId(parsePortalHash(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${sp.toUpperCase()}/appId/${APP}`))).toBe(sp);
    expect(routeSpObjectId(parsePortalHash(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/${sp}`))).toBeUndefined();
    expect(routeSpObjectId(parsePortalHash(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/x/appId/${APP}`))).toBeUndefined();
  });

  it('links to a step blade of the app, or to the list when the app is unknown', () => {
    expect(portalLink('Credentials', APP)).toBe(
      `https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}/isMSAApp~/false`,
    );
    expect(portalLink(undefined, APP)).toContain('/~/Overview/');
    const list = 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM';
    expect(portalLink('Credentials', undefined)).toBe(list);
    expect(portalLink('Credentials', 'x/../evil')).toBe(list);
  });
});
