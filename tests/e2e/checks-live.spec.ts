/**
 * Live checks 1 and 2 through the real popup against the login replica: tenant discovery and
 * the client-credentials token request, each success and each failure kind, and the proof that
 * the Origin header is removed (the replica refuses Origin-bearing token requests like Microsoft).
 */
import { test, expect } from './fixtures';
import { CONTOSO, FABRIKAM, newSecretText } from '../replicas/directory';
import { blockMicrosoft, checkRegion, runCheck, seedApp, typeValues, type WithChrome } from './checks-helpers';

test.describe('tenant check', () => {
  test('a tenant GUID exists', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'imap' });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText });
    const text = await runCheck(popup, 'Tenant exists');
    expect(text).toContain(`Tenant exists: ${CONTOSO.id}.`);
    await expect(checkRegion(popup, 'Tenant exists').locator('.check-ok')).toBeVisible();
  });

  test('a verified domain resolves to its tenant GUID', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'imap' });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: 'Contoso.onmicrosoft.com', secret: secretText });
    // Format check next to the field: accepted, with a note that it will be resolved.
    await expect(popup.getByText(/A domain: it will be resolved to the tenant GUID/)).toBeVisible();
    expect(await runCheck(popup, 'Tenant exists')).toContain(`"contoso.onmicrosoft.com" is tenant ${CONTOSO.id}`);
  });

  test('an unknown tenant is named, and filling stays possible', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'imap' });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: 'nowhere.onmicrosoft.com', secret: secretText });
    const text = await runCheck(popup, 'Tenant exists');
    expect(text).toContain('No Microsoft Entra tenant "nowhere.onmicrosoft.com" exists.');
    await expect(checkRegion(popup, 'Tenant exists').locator('.check-error')).toBeVisible();
    // The token check says the same through its own error mapping.
    expect(await runCheck(popup, 'Secret works')).toMatch(/No Microsoft Entra tenant "nowhere\.onmicrosoft\.com" exists\. \(AADSTS90002\)/);
    await expect(popup.getByRole('button', { name: 'Fill ServiceOps form' })).toBeEnabled();
    // Nothing typed was lost.
    await expect(popup.getByRole('textbox', { name: 'Directory (tenant) ID' })).toHaveValue('nowhere.onmicrosoft.com');
  });
});

test.describe('token check (the secret really works)', () => {
  test('IMAP: Microsoft issues a token; the roles are shown, the token is not stored', async ({ openPopup, replicas, serviceWorker }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'imap' });
    // IMAP's app-only roles are not required; give it one to see it listed.
    replicas.directory.addPermission(app, '00000002-0000-0ff1-ce00-000000000000', '5e5addcd-3e8d-4e90-baf5-964efab2b20a', 'Role');
    replicas.directory.grantAdminConsent(app);
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText });
    const text = await runCheck(popup, 'Secret works');
    expect(text).toContain('The secret works: Microsoft issued a token. Granted roles: IMAP.AccessAsApp.');
    await expect(checkRegion(popup, 'Secret works').locator('.check-ok')).toBeVisible();
    const stored = await serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as WithChrome).chrome;
      return JSON.stringify([await c.storage.session.get('checkResults'), await c.storage.local.get('setups')]);
    });
    expect(stored).toContain('IMAP.AccessAsApp');
    expect(stored).not.toMatch(/eyJ[\w-]+\.eyJ/);
    expect(stored).not.toContain(secretText);
  });

  test('MAPI: every required Exchange role is granted', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'mapi' });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.domain, secret: secretText }, 'mapi');
    const text = await runCheck(popup, 'Secret works');
    expect(text).toMatch(/The secret works: Microsoft issued a token\. Granted roles: .*full_access_as_app/);
  });

  test('wrong secret', async ({ openPopup, replicas }) => {
    const { app } = seedApp(replicas.directory, { path: 'imap' });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: newSecretText() });
    expect(await runCheck(popup, 'Secret works')).toContain('Microsoft does not accept this client secret for this app. (AADSTS7000215)');
    await expect(checkRegion(popup, 'Secret works').getByText(/Copy the Value column of a current secret/)).toBeVisible();
  });

  test('the Secret ID pasted instead of the Value', async ({ openPopup, replicas }) => {
    const { app, keyId } = seedApp(replicas.directory, { path: 'imap' });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: keyId });
    // Format check, next to the field, before anything is sent.
    await expect(popup.getByText(/looks like a Secret ID \(a GUID\), not the secret|This is the Secret ID/).first()).toBeVisible();
    expect(await runCheck(popup, 'Secret works')).toContain('This is the Secret ID, not the secret. (AADSTS7000215)');
    await expect(checkRegion(popup, 'Secret works').getByText(/Copy the Value column of the secret \(not the Secret ID\)/)).toBeVisible();
  });

  test('expired secret', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'imap', secretExpiresInDays: -2 });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText });
    const text = await runCheck(popup, 'Secret works');
    expect(text).toMatch(/The secret expired.*\(AADSTS7000222\)/);
    expect(text).toContain('Add a new client secret');
  });

  test('app not in this tenant', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'imap', tenantId: FABRIKAM.id });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText });
    const text = await runCheck(popup, 'Secret works');
    expect(text).toContain(`The app is not in this tenant: no application with client ID ${app.appId} exists in ${CONTOSO.id}. (AADSTS700016)`);
  });

  test('MAPI without admin consent: the secret works but the roles are missing', async ({ openPopup, replicas }) => {
    const { app, secretText } = seedApp(replicas.directory, { path: 'mapi', consent: false });
    const popup = await openPopup();
    await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText }, 'mapi');
    const text = await runCheck(popup, 'Secret works');
    expect(text).toMatch(
      /The secret works \(Microsoft issued a token\), but the token lacks full_access_as_app.*admin consent is missing\. Granted roles: none\./,
    );
    await expect(checkRegion(popup, 'Secret works').locator('.check-warning')).toBeVisible();
  });
});

test("Origin removal: the replica refuses the extension's Origin; the check succeeds because the rule removes it", async ({
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  const { app, secretText } = seedApp(replicas.directory, { path: 'imap' });
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: app.appId,
    client_secret: secretText,
    scope: 'https://outlook.office365.com/.default',
  }).toString();
  const tokenUrl = `https://login.microsoftonline.com/${CONTOSO.id}/oauth2/v2.0/token`;
  const post = async ([url, form]: readonly [string, string]) => {
    const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    const json = (await r.json()) as { error_codes?: number[]; error_description?: string; access_token?: string };
    return { status: r.status, codes: json.error_codes ?? [], description: json.error_description ?? '', token: !!json.access_token };
  };

  // 1. Without the rule, the service worker's own request carries Origin and is refused.
  await serviceWorker.evaluate(async () => (globalThis as unknown as WithChrome).chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: [9002326] }));
  const refused = await serviceWorker.evaluate(post, [tokenUrl, body] as const);
  expect(refused.codes).toEqual([9002326]);
  expect(refused.description).toContain(`Request origin: 'chrome-extension://${extensionId}'`);

  // 2. The popup's check registers the rule and succeeds with the same values.
  const popup = await openPopup();
  await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText });
  expect(await runCheck(popup, 'Secret works')).toContain('The secret works');
  const rules = await serviceWorker.evaluate(async () => (globalThis as unknown as WithChrome).chrome.declarativeNetRequest.getSessionRules());
  expect(rules.map((r) => r.id)).toContain(9002326);

  // 3. With the rule in place, the worker's request succeeds...
  expect(await serviceWorker.evaluate(post, [tokenUrl, body] as const)).toMatchObject({ status: 200, token: true });
  // ...but a request from an extension tab keeps its Origin (the rule is scoped to tab-less requests: msal's SPA sign-in needs Origin).
  expect((await popup.evaluate(post, [tokenUrl, body] as const)).codes).toEqual([9002326]);
});

test('offline: both checks end with a clear "not checked", and filling stays possible', async ({ openPopup, replicas, serviceWorker }) => {
  const { app, secretText } = seedApp(replicas.directory, { path: 'imap' });
  const popup = await openPopup();
  await typeValues(popup, { clientId: app.appId, tenantId: CONTOSO.id, secret: secretText });
  await blockMicrosoft(serviceWorker, true);
  await popup.getByRole('button', { name: 'Run checks' }).click();
  await expect(checkRegion(popup, 'Tenant exists').locator('.check-warning')).toHaveText('Not checked: Microsoft could not be reached (offline?).', {
    timeout: 20_000,
  });
  await expect(checkRegion(popup, 'Secret works').locator('.check-warning')).toHaveText('Not checked: Microsoft could not be reached (offline?).', {
    timeout: 20_000,
  });
  await expect(popup.getByRole('button', { name: 'Fill ServiceOps form' })).toBeEnabled();
  // Back online, the same checks go green.
  await blockMicrosoft(serviceWorker, false);
  await popup.getByRole('button', { name: 'Run checks' }).click();
  await expect(checkRegion(popup, 'Secret works').locator('.check-ok')).toContainText('The secret works', { timeout: 20_000 });
  await expect(checkRegion(popup, 'Tenant exists').locator('.check-ok')).toContainText('Tenant exists');
});
