// @vitest-environment node
/**
 * The Graph replica accepts the writes that create an app registration with Microsoft's shapes,
 * keeps what they create in the shared Directory, and the login replica then accepts the new
 * secret for client credentials.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTOSO, Directory, EXCHANGE_APP_ID, GRAPH_APP_ID } from '../replicas/directory';
import { graphTokenForTests, registerSignInApp } from '../replicas/identity-seed';
import { graphCaller, json, jwtPayload, tokenRequest } from './replica-harness';

const DAY = 86_400_000;
const IMAP_SCOPE = '652390e4-393a-48de-9484-05f9b1212954';
const MAIL_READ_SCOPE = '570282fd-fa5c-430d-a7fd-fc8dc98a9dca';
const FULL_ACCESS_AS_APP = 'dc890d15-9560-4a4c-9b7f-a736ec74ec40';
const REDIRECT = 'https://serviceops.test/api/oauth/callback/42';

let directory: Directory;
let graph: ReturnType<typeof graphCaller>;

beforeEach(() => {
  directory = new Directory();
  const signInApp = registerSignInApp(directory, { redirectUri: 'https://abc.chromiumapp.org/' });
  graph = graphCaller(directory, graphTokenForTests(directory, signInApp));
});

async function createApp(displayName = 'ServiceOps mail (IMAP)') {
  const answer = await graph('POST', '/v1.0/applications', {
    displayName,
    signInAudience: 'AzureADMyOrg',
    isFallbackPublicClient: true,
    web: { redirectUris: [REDIRECT] },
    tags: ['ServiceOpsHelper:setup-1'],
    notes: 'Created for ServiceOps mail.',
    requiredResourceAccess: [
      {
        resourceAppId: GRAPH_APP_ID,
        resourceAccess: [
          { id: IMAP_SCOPE, type: 'Scope' },
          { id: MAIL_READ_SCOPE, type: 'Scope' },
        ],
      },
    ],
  });
  expect(answer.status).toBe(201);
  return { answer, app: json(answer) as { id: string; appId: string } & Record<string, unknown> };
}

describe('POST /applications', () => {
  it('creates the registration as sent, names its location, and creates no service principal', async () => {
    const { answer, app } = await createApp();
    expect(app['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#applications/$entity');
    expect(app).toMatchObject({
      displayName: 'ServiceOps mail (IMAP)',
      signInAudience: 'AzureADMyOrg',
      isFallbackPublicClient: true,
      web: { redirectUris: [REDIRECT] },
      spa: { redirectUris: [] },
      tags: ['ServiceOpsHelper:setup-1'],
      notes: 'Created for ServiceOps mail.',
      passwordCredentials: [],
      requiredResourceAccess: [
        {
          resourceAppId: GRAPH_APP_ID,
          resourceAccess: [
            { id: IMAP_SCOPE, type: 'Scope' },
            { id: MAIL_READ_SCOPE, type: 'Scope' },
          ],
        },
      ],
    });
    expect(answer.headers.location).toBe(`https://graph.microsoft.com/v2/${CONTOSO.id}/directoryObjects/${app.id}/Microsoft.DirectoryServices.Application`);
    expect(directory.findServicePrincipal(app.appId, CONTOSO.id)).toBeUndefined();
    expect(directory.findApp(app.appId)?.ownerIds).toHaveLength(1);
  });

  it('refuses a body without displayName', async () => {
    const answer = await graph('POST', '/v1.0/applications', { signInAudience: 'AzureADMyOrg' });
    expect(answer.status).toBe(400);
    expect(json(answer)).toMatchObject({ error: { code: 'Request_BadRequest' } });
  });

  it('is found by displayName and by appId', async () => {
    const { app } = await createApp("ServiceOps O'Brien");
    await createApp('Something else');
    const byName = await graph('GET', `/v1.0/applications?$filter=${encodeURIComponent("displayName eq 'ServiceOps O''Brien'")}&$select=id,appId`);
    expect(json(byName).value).toEqual([{ id: app.id, appId: app.appId }]);
    const byAppId = await graph('GET', `/v1.0/applications(appId='${app.appId}')?$select=id`);
    expect(json(byAppId)).toMatchObject({ id: app.id });
    const byFilter = await graph('GET', `/v1.0/applications?$filter=appId eq '${app.appId.toUpperCase()}'`);
    expect((json(byFilter).value as unknown[]).length).toBe(1);
    await createApp('Mail and more');
    const withAnd = await graph('GET', `/v1.0/applications?$filter=${encodeURIComponent("displayName eq 'Mail and more' and startswith(displayName,'Mail')")}`);
    expect((json(withAnd).value as { displayName: string }[]).map((a) => a.displayName)).toEqual(['Mail and more']);
    const none = await graph('GET', `/v1.0/applications?$filter=displayName eq 'nothing like it'`);
    expect(json(none).value).toEqual([]);
  });
});

describe('PATCH /applications/{id}', () => {
  it('changes the Web redirect URIs, public client flows and the permissions', async () => {
    const { app } = await createApp();
    const patch = await graph('PATCH', `/v1.0/applications/${app.id}`, {
      isFallbackPublicClient: false,
      web: { redirectUris: [REDIRECT, 'https://serviceops.test/other'] },
      requiredResourceAccess: [{ resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: FULL_ACCESS_AS_APP, type: 'Role' }] }],
    });
    expect(patch.status).toBe(204);
    expect(patch.body).toBe('');
    const read = json(await graph('GET', `/v1.0/applications/${app.id}`));
    expect(read).toMatchObject({
      isFallbackPublicClient: false,
      web: { redirectUris: [REDIRECT, 'https://serviceops.test/other'] },
      requiredResourceAccess: [{ resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: FULL_ACCESS_AS_APP, type: 'Role' }] }],
    });
  });

  it("answers 404 with Graph's error body for an unknown object", async () => {
    const answer = await graph('PATCH', '/v1.0/applications/11111111-2222-3333-4444-555555555555', { isFallbackPublicClient: true });
    expect(answer.status).toBe(404);
    expect(json(answer)).toMatchObject({ error: { code: 'Request_ResourceNotFound', innerError: { 'request-id': expect.any(String) } } });
  });
});

describe('addPassword / removePassword', () => {
  it('answers the secret text once, honours endDateTime, and Graph shows only the hint afterwards', async () => {
    const { app } = await createApp();
    const end = new Date(Date.now() + 90 * DAY).toISOString();
    const added = await graph('POST', `/v1.0/applications/${app.id}/addPassword`, { passwordCredential: { displayName: 'ServiceOps', endDateTime: end } });
    expect(added.status).toBe(200);
    const cred = json(added) as { secretText: string; keyId: string; hint: string; endDateTime: string; displayName: string };
    expect(cred.secretText).toMatch(/^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}$/);
    expect(cred).toMatchObject({ displayName: 'ServiceOps', endDateTime: end, hint: cred.secretText.slice(0, 3) });
    const read = json(await graph('GET', `/v1.0/applications/${app.id}?$select=passwordCredentials`));
    expect(read.passwordCredentials).toEqual([
      expect.objectContaining({ keyId: cred.keyId, secretText: null, hint: cred.secretText.slice(0, 3), endDateTime: end }),
    ]);
  });

  it('gives a secret without endDateTime two years', async () => {
    const { app } = await createApp();
    const before = Date.now();
    const cred = json(await graph('POST', `/v1.0/applications(appId='${app.appId}')/addPassword`, { passwordCredential: { displayName: 'x' } }));
    const lifetime = Date.parse(String(cred.endDateTime)) - Date.parse(String(cred.startDateTime));
    expect(lifetime).toBe(730 * DAY);
    expect(Date.parse(String(cred.startDateTime))).toBeGreaterThanOrEqual(before - 1000);
  });

  it('removes a secret by keyId; an unknown keyId is 404', async () => {
    const { app } = await createApp();
    const cred = json(await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {}));
    expect((await graph('POST', `/v1.0/applications/${app.id}/removePassword`, { keyId: cred.keyId })).status).toBe(204);
    expect(directory.findApp(app.appId)?.passwordCredentials).toEqual([]);
    expect((await graph('POST', `/v1.0/applications/${app.id}/removePassword`, { keyId: cred.keyId })).status).toBe(404);
  });
});

describe('service principal and consent', () => {
  it('creates the service principal once, then the delegated grant and the Exchange role assignment', async () => {
    const { app } = await createApp();
    const spAnswer = await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(spAnswer.status).toBe(201);
    const sp = json(spAnswer) as { id: string; appId: string };
    expect(sp.appId).toBe(app.appId);
    const again = await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId });
    expect(again.status).toBe(409);
    expect(json(again)).toMatchObject({ error: { code: 'Request_MultipleObjectsWithSameKeyValue' } });

    const graphSp = json(await graph('GET', `/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')?$select=id`)) as { id: string };
    const grant = await graph('POST', '/v1.0/oauth2PermissionGrants', {
      clientId: sp.id,
      consentType: 'AllPrincipals',
      resourceId: graphSp.id,
      scope: 'IMAP.AccessAsUser.All Mail.Read offline_access',
    });
    expect(grant.status).toBe(201);
    expect(json(grant)).toMatchObject({
      clientId: sp.id,
      consentType: 'AllPrincipals',
      principalId: null,
      scope: 'IMAP.AccessAsUser.All Mail.Read offline_access',
    });
    const dup = await graph('POST', '/v1.0/oauth2PermissionGrants', {
      clientId: sp.id,
      consentType: 'AllPrincipals',
      resourceId: graphSp.id,
      scope: 'Mail.Read',
    });
    expect(dup.status).toBe(409);
    const grantId = String(json(grant).id);
    expect((await graph('PATCH', `/v1.0/oauth2PermissionGrants/${grantId}`, { scope: 'IMAP.AccessAsUser.All offline_access' })).status).toBe(204);
    const listed = json(await graph('GET', `/v1.0/oauth2PermissionGrants?$filter=${encodeURIComponent(`clientId eq '${sp.id}'`)}`));
    expect(listed.value).toEqual([expect.objectContaining({ id: grantId, scope: 'IMAP.AccessAsUser.All offline_access' })]);

    const exo = json(await graph('GET', `/v1.0/servicePrincipals(appId='${EXCHANGE_APP_ID}')`)) as { id: string };
    const assigned = await graph('POST', `/v1.0/servicePrincipals/${exo.id}/appRoleAssignedTo`, {
      principalId: sp.id,
      resourceId: exo.id,
      appRoleId: FULL_ACCESS_AS_APP,
    });
    expect(assigned.status).toBe(201);
    expect(json(assigned)).toMatchObject({ appRoleId: FULL_ACCESS_AS_APP, principalId: sp.id, principalType: 'ServicePrincipal', resourceId: exo.id });
    const twice = await graph('POST', `/v1.0/servicePrincipals/${exo.id}/appRoleAssignedTo`, {
      principalId: sp.id,
      resourceId: exo.id,
      appRoleId: FULL_ACCESS_AS_APP,
    });
    expect(twice.status).toBe(400);
    const mine = json(await graph('GET', `/v1.0/servicePrincipals/${sp.id}/appRoleAssignments`));
    expect(mine.value).toEqual([expect.objectContaining({ appRoleId: FULL_ACCESS_AS_APP })]);
  });

  it('refuses a service principal for an appId that is no application', async () => {
    const answer = await graph('POST', '/v1.0/servicePrincipals', { appId: '11111111-2222-3333-4444-555555555555' });
    expect(answer.status).toBe(400);
    expect(json(answer)).toMatchObject({ error: { message: expect.stringContaining('does not reference a valid application object') } });
  });

  it('deleting the application takes its service principal and consent with it', async () => {
    const { app } = await createApp();
    const sp = json(await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId })) as { id: string };
    expect((await graph('DELETE', `/v1.0/applications/${app.id}`)).status).toBe(204);
    expect(directory.findApp(app.appId)).toBeUndefined();
    expect(directory.servicePrincipals.some((s) => s.id === sp.id)).toBe(false);
    expect((await graph('GET', `/v1.0/applications/${app.id}`)).status).toBe(404);
  });
});

describe('the login replica accepts what Graph created', () => {
  it('client credentials with the new secret: a token with the assigned Exchange role; the removed secret is refused', async () => {
    const { app } = await createApp('ServiceOps MAPI');
    const sp = json(await graph('POST', '/v1.0/servicePrincipals', { appId: app.appId })) as { id: string };
    const exo = json(await graph('GET', `/v1.0/servicePrincipals(appId='${EXCHANGE_APP_ID}')`)) as { id: string };
    await graph('POST', `/v1.0/servicePrincipals/${exo.id}/appRoleAssignedTo`, { principalId: sp.id, resourceId: exo.id, appRoleId: FULL_ACCESS_AS_APP });
    const cred = json(
      await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {
        passwordCredential: { displayName: 'ServiceOps', endDateTime: new Date(Date.now() + 30 * DAY).toISOString() },
      }),
    ) as { secretText: string; keyId: string };

    const form = { grant_type: 'client_credentials', client_id: app.appId, client_secret: cred.secretText, scope: 'https://outlook.office365.com/.default' };
    const token = await tokenRequest(directory, CONTOSO.id, form);
    expect(token.status).toBe(200);
    const payload = jwtPayload(String(json(token).access_token));
    expect(payload).toMatchObject({ appid: app.appId, tid: CONTOSO.id, roles: ['full_access_as_app'], aud: 'https://outlook.office365.com' });

    await graph('POST', `/v1.0/applications/${app.id}/removePassword`, { keyId: cred.keyId });
    const refused = await tokenRequest(directory, CONTOSO.id, form);
    expect(refused.status).toBe(401);
    expect(json(refused).error_codes).toEqual([7000215]);
  });

  it('without the service principal the secret is right but the client is missing in the tenant', async () => {
    const { app } = await createApp();
    const cred = json(await graph('POST', `/v1.0/applications/${app.id}/addPassword`, {})) as { secretText: string };
    const answer = await tokenRequest(directory, CONTOSO.id, {
      grant_type: 'client_credentials',
      client_id: app.appId,
      client_secret: cred.secretText,
      scope: 'https://outlook.office365.com/.default',
    });
    expect(json(answer).error_codes).toEqual([7000229]);
  });
});

describe('resource service principals', () => {
  it('list the permissions every protocol needs, with their real ids', async () => {
    const select = '$select=id,appId,appRoles,oauth2PermissionScopes';
    const graphSp = json(await graph('GET', `/v1.0/servicePrincipals?$filter=appId eq '${GRAPH_APP_ID}'&${select}`)).value as {
      oauth2PermissionScopes: { id: string; value: string }[];
    }[];
    const scopes = Object.fromEntries(graphSp[0]!.oauth2PermissionScopes.map((s) => [s.value, s.id]));
    expect(scopes).toMatchObject({
      'IMAP.AccessAsUser.All': IMAP_SCOPE,
      'POP.AccessAsUser.All': 'd7b7f2d9-0f45-4ea1-9d42-e50810c06991',
      'SMTP.Send': '258f6531-6087-4cc4-bb90-092c5fb3ed3f',
      'Mail.Read': MAIL_READ_SCOPE,
    });
    const exo = json(await graph('GET', `/v1.0/servicePrincipals(appId='${EXCHANGE_APP_ID}')?${select}`)) as { appRoles: { id: string; value: string }[] };
    const roles = Object.fromEntries(exo.appRoles.map((r) => [r.value, r.id]));
    expect(roles).toMatchObject({
      full_access_as_app: FULL_ACCESS_AS_APP,
      'IMAP.AccessAsApp': '5e5addcd-3e8d-4e90-baf5-964efab2b20a',
      'POP.AccessAsApp': 'cb842b43-da6e-4506-86fe-bb12199c656d',
      'SMTP.SendAsApp': '7146a1f0-8703-45b3-9eae-527a64c00995',
    });
  });
});
