import { describe, expect, it } from 'vitest';
import { setupUnderWay } from '../../utils/guidance/panel-relevance';
import { parsePortalHash, routeWantsPanel as wantsPanel } from '../../utils/portal-route';

const routeWantsPanel = (hash: string) => wantsPanel(parsePortalHash(hash));

describe('routeWantsPanel', () => {
  it('wants App registrations and Enterprise application blades', () => {
    expect(routeWantsPanel('#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM')).toBe(true);
    expect(routeWantsPanel('#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Overview/appId/3f2504e0-4f89-41d3-9a0c-0305e82c3301')).toBe(true);
    expect(routeWantsPanel('#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/x/appId/y')).toBe(true);
    expect(routeWantsPanel('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps')).toBe(true);
    expect(routeWantsPanel('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/registeredApps')).toBe(true);
  });
  it('leaves the rest of the portal alone', () => {
    expect(routeWantsPanel('')).toBe(false);
    expect(routeWantsPanel('#home')).toBe(false);
    expect(routeWantsPanel('#view/Replica_Bench/HeavyBlade')).toBe(false);
    expect(routeWantsPanel('#view/HubsExtension/BrowseResourceGroups')).toBe(false);
    // The directory menu's other sections are not the App registrations list.
    expect(routeWantsPanel('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview')).toBe(false);
    expect(routeWantsPanel('#view/Other_Extension/Blade/~/RegisteredApps')).toBe(false);
  });
});

describe('setupUnderWay', () => {
  it('is true between the first and the last step', () => {
    expect(setupUnderWay(undefined, 9)).toBe(false);
    expect(setupUnderWay({}, 9)).toBe(false);
    expect(setupUnderWay({ 'register-app': {} }, 9)).toBe(true);
    expect(setupUnderWay(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`s${i}`, {}])), 9)).toBe(false);
  });
});
