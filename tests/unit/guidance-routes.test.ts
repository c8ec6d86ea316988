import { describe, expect, it } from 'vitest';
import { evaluate, findStep, onStepBlade, stagesOn, watchFor } from '../../utils/guidance/evaluate';
import { newSetup } from '../../utils/background/setups';
import { bladeHash, onBlade, parsePortalHash } from '../../utils/portal-route';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SP = '9c2c1a9a-1b9b-4e26-86d2-6bcfe852fe48';
const route = (hash: string) => parsePortalHash(hash);
const step = (id: string) => {
  const s = findStep(id);
  if (!s) throw new Error(id);
  return s;
};

const HASHES = {
  list: '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM',
  create: '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false',
  overview: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/isMSAApp~/false`,
  overviewWithObject: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/aaaaaaaa-1111-4222-8333-444444444444/isMSAApp~/false`,
  overviewOld: `#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Overview/appId/${APP}`,
  credentials: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`,
  credentialsTenant: `#@contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`,
  credentialsOld: `#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Credentials/appId/${APP}/isMSAApp/`,
  authentication: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/${APP}`,
  authenticationTenant: `#@fabrikam.onmicrosoft.com/blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Authentication/appId/${APP}`,
  permissions: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/${APP}`,
  permissionsOld: `#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/CallAnAPI/appId/${APP}`,
  enterprise: `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SP}/appId/${APP}`,
  home: '#home',
  directoryList: '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps',
  permissionsOtherCase: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnApi/appId/${APP}/isMSAApp~/false`,
  credentialsLowerCase: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/credentials/appId/${APP}`,
};

describe('where the admin is: a step recognises its blade', () => {
  it.each([
    ['create-secret', HASHES.credentials, true],
    ['create-secret', HASHES.credentialsTenant, true],
    ['create-secret', HASHES.credentialsOld, true],
    ['create-secret', HASHES.authentication, false],
    ['create-secret', HASHES.overview, false],
    ['public-client', HASHES.authentication, true],
    ['public-client', HASHES.authenticationTenant, true],
    ['public-client', HASHES.credentials, false],
    ['redirect-uri', HASHES.authentication, true],
    ['graph-delegated', HASHES.permissions, true],
    ['graph-delegated', HASHES.permissionsOld, true],
    ['exchange-app-permissions', HASHES.permissions, true],
    ['admin-consent', HASHES.permissionsOld, true],
    ['admin-consent', HASHES.authentication, false],
    ['copy-ids', HASHES.overview, true],
    ['copy-ids', HASHES.overviewOld, true],
    ['copy-ids', HASHES.overviewWithObject, true],
    ['enterprise-app-id', HASHES.overview, true],
    ['enterprise-app-id', HASHES.enterprise, false],
    ['register-app', HASHES.list, true],
    ['register-app', HASHES.home, false],
    // The list under Entra's directory menu, and a section in another casing, are the same pages.
    ['register-app', HASHES.directoryList, true],
    ['graph-delegated', HASHES.permissionsOtherCase, true],
    ['create-secret', HASHES.credentialsLowerCase, true],
  ])('%s on %s → %s', (id, hash, expected) => {
    expect(onBlade(route(hash), step(id).blade)).toBe(expected);
  });

  it('an Overview route without a section still is the Overview (older links)', () => {
    expect(onBlade(route(`#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/appId/${APP}`), step('copy-ids').blade)).toBe(true);
    expect(onBlade(route(`#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/appId/${APP}`), step('create-secret').blade)).toBe(false);
    expect(onBlade(route(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/appId/${APP}/isMSAApp~/false`), step('copy-ids').blade)).toBe(true);
  });
});

describe('going to a step', () => {
  it('builds the blade route for the setup app, and none before the app exists', () => {
    expect(bladeHash(step('create-secret').blade, undefined)).toBeUndefined();
    expect(bladeHash(step('register-app').blade, undefined)).toBe(HASHES.list);
    const hash = bladeHash(step('create-secret').blade, APP) ?? '';
    expect(onBlade(route(hash), step('create-secret').blade)).toBe(true);
    expect(hash).toContain(`/appId/${APP}`);
  });

  it('refuses to build a route from a client ID that is not a GUID', () => {
    expect(bladeHash(step('public-client').blade, 'x/../../evil')).toBeUndefined();
  });
});

describe('what the frames watch', () => {
  it('watches nothing off the step blade', () => {
    expect(watchFor(step('create-secret'), route(HASHES.authentication), 'w')).toBeNull();
    expect(watchFor(step('exchange-service-principal'), route(HASHES.overview), 'w')).toBeNull();
    expect(watchFor(undefined, route(HASHES.overview), 'w')).toBeNull();
  });

  it('register: "New registration" on the list, the form controls on the create blade', () => {
    expect(watchFor(step('register-app'), route(HASHES.list), 'w')?.stages.map((s) => s.id)).toEqual(['new-registration']);
    expect(watchFor(step('register-app'), route(HASHES.create), 'w')?.stages.map((s) => s.id)).toEqual(['name', 'register']);
  });

  it('register: the list reached from the directory menu points at "New registration" too', () => {
    expect(onStepBlade(step('register-app'), route(HASHES.directoryList))).toBe(true);
    expect(stagesOn(step('register-app'), route(HASHES.directoryList)).map((s) => s.id)).toEqual(['new-registration']);
    expect(onStepBlade(step('register-app'), route(HASHES.overview))).toBe(false);
    expect(onStepBlade(step('register-app'), route('#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview'))).toBe(false);
  });

  it('watches a step whose section the portal spells in another case', () => {
    expect(watchFor(step('admin-consent'), route(HASHES.permissionsOtherCase), 'w')?.read).toEqual(['permissions']);
  });

  it('asks for the blade facts a step completes on', () => {
    expect(watchFor(step('public-client'), route(HASHES.authenticationTenant), 'w')).toMatchObject({ step: 'public-client', read: ['public-client'] });
    expect(watchFor(step('admin-consent'), route(HASHES.permissions), 'w')?.read).toEqual(['permissions']);
  });
});

describe('the current step', () => {
  it('is the first applicable step not done', () => {
    const setup = newSetup('s', 1);
    expect(evaluate(setup, {}, false).current).toBe('choose-path');
    const chosen = { ...setup, progress: { 'choose-path': { at: 1, by: 'confirmed' as const } } };
    expect(evaluate(chosen, {}, false).current).toBe('register-app');
  });
});
