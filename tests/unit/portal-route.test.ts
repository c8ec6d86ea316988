import { describe, expect, it } from 'vitest';
import { isAppOverview, parsePortalHash, routeAppId } from '../../utils/portal-route';

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
