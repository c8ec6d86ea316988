import { describe, expect, it } from 'vitest';
import { permissionsStepFor, portalLinkForStep, stepTitle } from '../../utils/checks/guidance-links';
import { parsePortalHash, routeAppId } from '../../utils/portal-route';
import { findStep } from '../../utils/guidance/evaluate';
import { onBlade } from '../../utils/portal-route';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('links from a failed check to the step that fixes it', () => {
  it('opens the blade the step happens on, for this app', () => {
    for (const step of ['create-secret', 'public-client', 'graph-delegated', 'admin-consent'] as const) {
      const link = new URL(portalLinkForStep(step, APP));
      expect(link.origin).toBe('https://portal.azure.com');
      const route = parsePortalHash(link.hash);
      expect(routeAppId(route)).toBe(APP);
      expect(onBlade(route, findStep(step)?.blade)).toBe(true);
    }
  });

  it('opens the App registrations list to register, or when the app is unknown', () => {
    const list = parsePortalHash(new URL(portalLinkForStep('register-app', APP)).hash);
    expect(list?.blade).toBe('ApplicationsListBlade');
    expect(parsePortalHash(new URL(portalLinkForStep('create-secret')).hash)?.blade).toBe('ApplicationsListBlade');
  });

  it('names the permissions step of each path and its title', () => {
    expect(permissionsStepFor('imap')).toBe('graph-delegated');
    expect(permissionsStepFor('mapi')).toBe('exchange-app-permissions');
    expect(stepTitle('create-secret')).toBe(findStep('create-secret')?.title);
  });
});
