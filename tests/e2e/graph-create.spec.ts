/**
 * "Set it up for me" from an empty tenant: the admin signs in (the write scopes asked for only
 * now, by incremental consent), the extension creates the app registration through the Graph
 * replica for the IMAP path and for the MAPI path, the values land in the setup, fill a
 * ServiceOps 8.1 form, and the login replica issues a token for the new secret.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { EXCHANGE_APP_ID, GRAPH_APP_ID } from '../replicas/directory';
import { loginState } from '../replicas/identity-tokens';
import { runCheck } from './checks-helpers';
import { completeAndSave, listUrl, openAddDrawer } from './fill-helpers';
import { createRegion, emptyTenant, serverTokenRequest, serviceOpsRedirectUrl, startCreation, waitForCreation } from './graph-helpers';

const DAY = 86_400_000;

async function openServiceOpsDrawer(context: BrowserContext): Promise<Page> {
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  return so;
}

test('IMAP path: sign in, create, fill ServiceOps 8.1, the secret works', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  test.setTimeout(150_000);
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
  const so = await openServiceOpsDrawer(context);
  const redirect = await serviceOpsRedirectUrl(so);

  const popup = await openPopup();
  const signin = await startCreation(context, popup, { path: 'imap', redirect, name: 'ServiceOps mail IMAP' });
  await waitForCreation(signin, 'ServiceOps mail IMAP');

  // Exactly one app, made as the IMAP path needs it.
  const [app] = tenant.apps();
  expect(tenant.apps()).toHaveLength(1);
  expect(app).toMatchObject({ displayName: 'ServiceOps mail IMAP', signInAudience: 'AzureADMyOrg', isFallbackPublicClient: true });
  expect(app?.web.redirectUris).toEqual([redirect]);
  const graphAccess = app?.requiredResourceAccess.find((r) => r.resourceAppId === GRAPH_APP_ID)?.resourceAccess ?? [];
  expect(graphAccess).toEqual(
    expect.arrayContaining([
      { id: '652390e4-393a-48de-9484-05f9b1212954', type: 'Scope' },
      { id: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', type: 'Scope' },
    ]),
  );
  expect(graphAccess.some((a) => a.type === 'Role')).toBe(false);
  expect(app?.passwordCredentials).toHaveLength(1);
  const secret = app!.passwordCredentials[0]!;
  const lifetime = Date.parse(secret.endDateTime) - Date.parse(secret.startDateTime);
  expect(Math.round(lifetime / DAY)).toBe(180);
  const [sp] = tenant.servicePrincipals();
  expect(sp).toBeTruthy();
  const graphSp = replicas.directory.findServicePrincipal(GRAPH_APP_ID, app!.tenantId);
  const grant = replicas.directory.grants.find((g) => g.clientId === sp?.id && g.resourceId === graphSp?.id);
  expect(grant?.consentType).toBe('AllPrincipals');
  expect(grant?.scope.split(' ')).toEqual(expect.arrayContaining(['IMAP.AccessAsUser.All', 'Mail.Read']));

  // Least privilege: the write scopes were asked for only when the creation started.
  const asked = loginState(replicas.directory).authorizeRequests.map((r) => r.scope);
  expect(asked.length).toBeGreaterThan(0);
  expect(asked.every((scope) => scope.includes('Application.ReadWrite.All'))).toBe(true);

  // The values are in the setup, the secret in session memory: Microsoft accepts it, and it fills the same 8.1 form.
  const popup2 = await openPopup();
  await expect(popup2.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(app!.appId);
  expect(await runCheck(popup2, 'Secret works')).toContain('The secret works: Microsoft issued a token.');
  await so.bringToFront();
  await popup2.bringToFront();
  await popup2.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup2.locator('.results')).toContainText('Filled', { timeout: 20_000 });
  await so.bringToFront();
  const saved = await completeAndSave(so);
  expect(saved).toMatchObject({ authType: 'OAuth', clientId: app!.appId, clientSecret: secret.secretText, redirectUrl: redirect });
  // What ServiceOps saved gets a token, as its server asks for one.
  const token = await serverTokenRequest(replicas, app!.tenantId, String(saved.clientId), String(saved.clientSecret), 'https://outlook.office365.com/.default');
  expect(token.access_token).toEqual(expect.any(String));
});

test('MAPI path: the application roles of Exchange Online are assigned, public client flows stay off, the secret works', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(150_000);
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
  const so = await openServiceOpsDrawer(context);
  const redirect = await serviceOpsRedirectUrl(so);
  const popup = await openPopup();
  const signin = await startCreation(context, popup, { path: 'mapi', redirect, name: 'ServiceOps mail MAPI' });
  await waitForCreation(signin, 'ServiceOps mail MAPI');

  expect(tenant.apps()).toHaveLength(1);
  const app = tenant.apps()[0]!;
  expect(app.isFallbackPublicClient).toBe(false);
  const exoRoles = app.requiredResourceAccess.find((r) => r.resourceAppId === EXCHANGE_APP_ID)?.resourceAccess ?? [];
  expect(exoRoles).toEqual(expect.arrayContaining([{ id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', type: 'Role' }]));
  const sp = tenant.servicePrincipals()[0]!;
  const exoSp = replicas.directory.findServicePrincipal(EXCHANGE_APP_ID, app.tenantId)!;
  const assigned = replicas.directory.appRoleAssignments.filter((a) => a.principalId === sp.id && a.resourceId === exoSp.id).map((a) => a.appRoleId);
  expect(assigned.sort()).toEqual(exoRoles.map((r) => r.id).sort());

  const popup2 = await openPopup();
  await expect(createRegion(popup2)).toContainText('Done: the app registration "ServiceOps mail MAPI" exists');
  expect(await runCheck(popup2, 'Secret works')).toMatch(/The secret works: Microsoft issued a token\. Granted roles: .*full_access_as_app/);
  await so.bringToFront();
  await popup2.bringToFront();
  await popup2.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup2.locator('.results')).toContainText('Filled', { timeout: 20_000 });
  await so.bringToFront();
  const saved = await completeAndSave(so);
  expect(saved).toMatchObject({ clientId: app.appId, clientSecret: app.passwordCredentials[0]?.secretText });
  const token = await serverTokenRequest(replicas, app.tenantId, String(saved.clientId), String(saved.clientSecret), 'https://outlook.office365.com/.default');
  expect(token.access_token).toEqual(expect.any(String));
});
