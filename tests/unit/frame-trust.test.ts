import { describe, expect, it } from 'vitest';
import { topRouteConfirms } from '../../utils/background/frame-trust';
import { parsePortalHash } from '../../utils/portal-route';
import type { Fact } from '../../utils/schemas';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OTHER = '99999999-4f89-41d3-9a0c-0305e82c3301';
const SP = '11111111-2222-4333-8444-555555555555';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const app = (section: string, appId = APP) => parsePortalHash(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}`);
const enterprise = (sp = SP) => parsePortalHash(`#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${sp}/appId/${APP}`);

const essentials: Fact = { kind: 'app-essentials', clientId: APP, tenantId: TENANT, appObjectId: SP, routeConfirmed: false };
const spFact: Fact = { kind: 'enterprise-app', appId: APP, spObjectId: SP, routeConfirmed: false };
const secret: Fact = { kind: 'secret-created', value: 'abc8Q~' + 'x'.repeat(34), via: 'grid' };

describe('a framed blade counts only where the top route shows that blade of that app', () => {
  it("takes IDs only on that app's Overview", () => {
    expect(topRouteConfirms(essentials, app('Overview'))).toBe(true);
    expect(topRouteConfirms(essentials, app('overview'))).toBe(true);
    expect(topRouteConfirms(essentials, app('Overview', OTHER))).toBe(false);
    expect(topRouteConfirms(essentials, app('Credentials'))).toBe(false);
    // An Enterprise application shows the same client ID next to another Object ID.
    expect(topRouteConfirms(essentials, enterprise())).toBe(false);
    expect(topRouteConfirms(essentials, undefined)).toBe(false);
  });

  it('takes the Enterprise application Object ID only on that Enterprise application', () => {
    expect(topRouteConfirms(spFact, enterprise())).toBe(true);
    expect(topRouteConfirms(spFact, enterprise(TENANT))).toBe(false);
    expect(topRouteConfirms(spFact, app('Overview'))).toBe(false);
  });

  it('takes anything about a secret only on Certificates & secrets of that app', () => {
    expect(topRouteConfirms(secret, app('Credentials'))).toBe(true);
    expect(topRouteConfirms({ ...secret, appId: OTHER }, app('Credentials'))).toBe(false);
    expect(topRouteConfirms(secret, app('Overview'))).toBe(false);
    expect(topRouteConfirms({ kind: 'copy-unread', field: 'secret' }, app('CallAnApi'))).toBe(false);
    expect(topRouteConfirms({ kind: 'secret-id-copied', secretId: SP }, app('credentials'))).toBe(true);
  });
});
