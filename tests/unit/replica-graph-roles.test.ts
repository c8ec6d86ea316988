// @vitest-environment node
/**
 * The Graph replica enforces the signed-in user's directory roles (`wids`) and the sign-in app's
 * delegated scopes (`scp`), answering Microsoft's 403 body, which names no role.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTOSO, Directory, EXCHANGE_APP_ID, GRAPH_APP_ID } from '../replicas/directory';
import { graphTokenForTests, registerSignInApp, type SeededUserKind } from '../replicas/identity-seed';
import { ROLE_TEMPLATE, tenantUser } from '../replicas/identity-tokens';
import { setGraphSwitches } from '../replicas/graph/switches';
import { graphCaller, json, jwtPayload, type Answer } from './replica-harness';

const FULL_ACCESS_AS_APP = 'dc890d15-9560-4a4c-9b7f-a736ec74ec40';
const GRAPH_MAIL_READ_ROLE = '810c84a8-4a9e-49e6-bf7d-12d183f40d01';

let directory: Directory;
let signInApp: string;

beforeEach(() => {
  directory = new Directory();
  signInApp = registerSignInApp(directory, { redirectUri: 'https://abc.chromiumapp.org/' });
});

function as(user: SeededUserKind, scopes?: readonly string[]) {
  return graphCaller(directory, graphTokenForTests(directory, signInApp, { user, scopes }));
}

function expectDenied(answer: Answer): void {
  expect(answer.status).toBe(403);
  const body = json(answer) as { error: { code: string; message: string; innerError: Record<string, string> } };
  expect(body.error.code).toBe('Authorization_RequestDenied');
  expect(body.error.message).toBe('Insufficient privileges to complete the operation.');
  expect(body.error.innerError).toEqual({ date: expect.any(String), 'request-id': expect.any(String), 'client-request-id': expect.any(String) });
}

/** An app, its service principal and the ids consent needs, created by `user`. */
async function appWithSp(user: SeededUserKind) {
  const graph = as(user);
  const app = json(await graph('POST', '/v1.0/applications', { displayName: `made by ${user}` })) as { id: string; appId: string };
  const sp = json(await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId })) as { id: string };
  const graphSp = directory.findServicePrincipal(GRAPH_APP_ID, CONTOSO.id)!;
  const exoSp = directory.findServicePrincipal(EXCHANGE_APP_ID, CONTOSO.id)!;
  return { graph, app, sp, graphSp, exoSp };
}

describe('tokens carry the user roles', () => {
  it('wids of each seeded user: role template ids plus the default user role', () => {
    const wids = (user: SeededUserKind) => jwtPayload(graphTokenForTests(directory, signInApp, { user })).wids;
    expect(wids('admin')).toEqual([ROLE_TEMPLATE.globalAdministrator, ROLE_TEMPLATE.defaultUser]);
    expect(wids('roles')).toEqual([ROLE_TEMPLATE.privilegedRoleAdministrator, ROLE_TEMPLATE.defaultUser]);
    expect(wids('apps')).toEqual([ROLE_TEMPLATE.cloudApplicationAdministrator, ROLE_TEMPLATE.defaultUser]);
    expect(wids('member')).toEqual([ROLE_TEMPLATE.defaultUser]);
    expect(tenantUser(CONTOSO, 'member').upn).toBe('member@contoso.onmicrosoft.com');
  });

  it('/me answers the signed-in user', async () => {
    const me = json(await as('apps')('GET', '/v1.0/me'));
    expect(me).toMatchObject({ userPrincipalName: 'apps@contoso.onmicrosoft.com', displayName: 'Casey Apps' });
  });
});

describe('a plain member', () => {
  it('registers an app, owns it, adds a secret and creates its service principal', async () => {
    const { graph, app, sp } = await appWithSp('member');
    expect(sp.id).toBeTruthy();
    expect(directory.findApp(app.appId)?.ownerIds).toEqual([tenantUser(CONTOSO, 'member').oid]);
    expect((await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {})).status).toBe(200);
    expect((await graph('PATCH', `/v1.0/applications/${app.id}`, { isFallbackPublicClient: true })).status).toBe(204);
  });

  it('may not grant consent tenant-wide nor assign any application role', async () => {
    const { graph, sp, graphSp, exoSp } = await appWithSp('member');
    expectDenied(
      await graph('POST', '/v1.0/oauth2PermissionGrants', { clientId: sp.id, consentType: 'AllPrincipals', resourceId: graphSp.id, scope: 'Mail.Read' }),
    );
    expectDenied(
      await graph('POST', `/v1.0/servicePrincipals/${exoSp.id}/appRoleAssignedTo`, { principalId: sp.id, resourceId: exoSp.id, appRoleId: FULL_ACCESS_AS_APP }),
    );
    expect(directory.grants.some((g) => g.clientId === sp.id)).toBe(false);
    expect(directory.appRoleAssignments.some((a) => a.principalId === sp.id)).toBe(false);
  });

  it("may not change someone else's app", async () => {
    const { app } = await appWithSp('admin');
    expectDenied(await as('member')('PATCH', `/v1.0/applications/${app.id}`, { isFallbackPublicClient: true }));
    expectDenied(await as('member')('POST', `/v1.0/applications/${app.id}/addPassword`, {}));
    expect(directory.findApp(app.appId)?.passwordCredentials).toEqual([]);
  });

  it('may not register apps when the tenant turned "Users can register applications" off', async () => {
    setGraphSwitches(directory, CONTOSO.id, { usersCanRegisterApps: false });
    expectDenied(await as('member')('POST', '/v1.0/applications', { displayName: 'x' }));
    expect((await as('apps')('POST', '/v1.0/applications', { displayName: 'x' })).status).toBe(201);
  });
});

describe('Cloud Application Administrator', () => {
  it("manages anyone's app, grants delegated consent and Exchange Online roles, but not Microsoft Graph application roles", async () => {
    const { app, sp, graphSp, exoSp } = await appWithSp('member');
    const graph = as('apps');
    expect((await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {})).status).toBe(200);
    expect(
      (
        await graph('POST', '/v1.0/oauth2PermissionGrants', {
          clientId: sp.id,
          consentType: 'AllPrincipals',
          resourceId: graphSp.id,
          scope: 'IMAP.AccessAsUser.All',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await graph('POST', `/v1.0/servicePrincipals/${exoSp.id}/appRoleAssignedTo`, {
          principalId: sp.id,
          resourceId: exoSp.id,
          appRoleId: FULL_ACCESS_AS_APP,
        })
      ).status,
    ).toBe(201);
    expectDenied(
      await graph('POST', `/v1.0/servicePrincipals/${graphSp.id}/appRoleAssignedTo`, {
        principalId: sp.id,
        resourceId: graphSp.id,
        appRoleId: GRAPH_MAIL_READ_ROLE,
      }),
    );
  });
});

describe('Privileged Role Administrator and Global Administrator', () => {
  it.each(['roles', 'admin'] as const)('%s assigns Microsoft Graph application roles', async (user) => {
    const { sp, graphSp } = await appWithSp('member');
    const answer = await as(user)('POST', `/v1.0/servicePrincipals/${graphSp.id}/appRoleAssignedTo`, {
      principalId: sp.id,
      resourceId: graphSp.id,
      appRoleId: GRAPH_MAIL_READ_ROLE,
    });
    expect(answer.status).toBe(201);
  });

  it("a Privileged Role Administrator may not change another user's app", async () => {
    const { app } = await appWithSp('admin');
    expectDenied(await as('roles')('PATCH', `/v1.0/applications/${app.id}`, { isFallbackPublicClient: true }));
  });
});

describe("the sign-in app's scopes limit even a Global Administrator", () => {
  it('without Application.ReadWrite.All no app is created, read access stays', async () => {
    const graph = as('admin', ['User.Read', 'Application.Read.All']);
    expectDenied(await graph('POST', '/v1.0/applications', { displayName: 'x' }));
    expect((await graph('GET', '/v1.0/applications')).status).toBe(200);
  });

  it('without DelegatedPermissionGrant.ReadWrite.All or AppRoleAssignment.ReadWrite.All consent is refused', async () => {
    const { sp, graphSp, exoSp } = await appWithSp('admin');
    const graph = as('admin', ['Application.ReadWrite.All']);
    expectDenied(
      await graph('POST', '/v1.0/oauth2PermissionGrants', { clientId: sp.id, consentType: 'AllPrincipals', resourceId: graphSp.id, scope: 'Mail.Read' }),
    );
    expectDenied(
      await graph('POST', `/v1.0/servicePrincipals/${exoSp.id}/appRoleAssignedTo`, { principalId: sp.id, resourceId: exoSp.id, appRoleId: FULL_ACCESS_AS_APP }),
    );
  });
});
