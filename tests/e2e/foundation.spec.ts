/**
 * The walking skeleton: the portal sensor runs where the manifest says (top frames and
 * reactblade iframes, never elsewhere), and captured IDs travel through the popup into the
 * ServiceOps form of both versions, reaching the page framework's state.
 */
import { test, expect } from './fixtures';
import { lastSave, openServiceOpsDrawer, overviewRoute, portalUrl, reportedFrames, saveCount, SERVICEOPS } from './helpers';

test.describe('portal content script', () => {
  test('runs in the top document and in the cross-origin reactblade iframe', async ({ context, serviceWorker, replicas }) => {
    const app = replicas.directory.createApplication({ displayName: 'Frames check' });
    const page = await context.newPage();
    await page.goto(portalUrl(overviewRoute(app.appId), { mode: 'iframe' }));
    // The Essentials also hold a hidden copy of each value, as the real portal's do: the text shown counts.
    await expect(page.frameLocator('iframe[src*="reactblade.portal.azure.net"]').locator('body')).toContainText(app.appId, { useInnerText: true });
    await expect
      .poll(async () =>
        (await reportedFrames(serviceWorker)).map((f) => `${f.topFrame ? 'top' : 'frame'}:${f.host.replace(/^[^.]+\.reactblade\./, '*.reactblade.')}`).sort(),
      )
      .toEqual(['frame:*.reactblade.portal.azure.net', 'top:portal.azure.com']);
  });

  test('does not run on an unrelated https site', async ({ context }) => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // Each document's main world is created first; a content script's world (named after the
    // extension) that follows belongs to that document.
    const documentOfWorld: string[] = [];
    let currentDocument = '';
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      const aux = c.auxData as { type?: string; isDefault?: boolean } | undefined;
      if (aux?.isDefault) currentDocument = c.origin;
      else if (c.name === 'ServiceOps Azure OAuth Helper') documentOfWorld.push(currentDocument);
    });
    await cdp.send('Runtime.enable');
    await page.goto('https://unrelated.test/');
    await page.waitForLoadState('load');
    // Positive control in the same tab: the portal gets the script. Content scripts run at
    // document_idle, so by the time the portal's world exists the unrelated page's would too.
    await page.goto(portalUrl('#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM'));
    await expect.poll(() => documentOfWorld).toContain('https://portal.azure.com');
    expect(documentOfWorld).not.toContain('https://unrelated.test');
  });
});

for (const version of ['8.0', '8.1'] as const) {
  test(`skeleton path: Overview capture → popup → fill ServiceOps ${version}`, async ({ context, replicas, openPopup }) => {
    const app = replicas.directory.createApplication({ displayName: `Skeleton ${version}` });
    const portal = await context.newPage();
    await portal.goto(portalUrl(overviewRoute(app.appId)));

    const popup = await openPopup();
    const clientId = popup.getByRole('textbox', { name: 'Application (client) ID' });
    const tenantId = popup.getByRole('textbox', { name: 'Directory (tenant) ID' });
    // The popup reads state when it opens; reopen until the capture has landed.
    await expect(async () => {
      await popup.reload();
      await expect(clientId).toHaveValue(app.appId, { timeout: 1000 });
    }).toPass();
    await expect(tenantId).toHaveValue(app.tenantId);
    const secret = 'Zx19Q~demo.secret-value_for-skeleton-test0';
    await popup.getByLabel('Client secret', { exact: true }).fill(secret);

    const serviceOps = await openServiceOpsDrawer(context, { version });
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
    await expect(popup.getByText(/Filled .*Add Incoming Email Server/)).toBeVisible();
    expect(await saveCount(serviceOps)).toBe(0);

    // The admin completes the rest and saves: the framework's state must hold exactly our values.
    await serviceOps.bringToFront();
    const drawer = serviceOps.getByRole('dialog', { name: 'Add Incoming Email Server' });
    await drawer.getByLabel('Name', { exact: true }).fill('Support');
    await drawer.getByLabel('Email', { exact: true }).fill('support@contoso.com');
    // The replica's Host label has no `for`: a test may use its placeholder.
    const host = drawer.getByPlaceholder('imap.example.com');
    if (!(await host.inputValue())) await host.fill('outlook.office365.com');
    await drawer.getByRole('button', { name: 'Save' }).click();
    await expect(serviceOps.getByTestId('saved-state')).toBeVisible();
    const saved = await lastSave(serviceOps);
    const authorize = `https://login.microsoftonline.com/${app.tenantId}/oauth2/v2.0/authorize`;
    expect(saved?.values).toMatchObject(
      version === '8.0'
        ? { authType: 'OAuth', clientId: app.appId, clientSecret: secret, tenantId: app.tenantId, authorizationUrl: authorize }
        : {
            authType: 'OAuth',
            clientId: app.appId,
            clientSecret: secret,
            authorizationUrl: authorize,
            tokenUrl: `https://login.microsoftonline.com/${app.tenantId}/oauth2/v2.0/token`,
            scope: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
            redirectUrl: expect.stringMatching(new RegExp(`^${SERVICEOPS}/`)),
          },
    );
  });
}
