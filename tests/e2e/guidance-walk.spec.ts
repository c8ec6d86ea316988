/**
 * The guided checklist walks both paths end to end on the portal replica, in the
 * top-document and the iframe hosting, on portal.azure.com and entra.microsoft.com. Every
 * step's control is highlighted in the frame that hosts it, and the checklist advances by
 * itself when the portal shows the step done.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { blade, clickTarget, expectStep, expectTarget, goToStepPage, LIST, panel, portal, storedSetups, type Mode } from './guidance-helpers';

const PORTAL = 'https://portal.azure.com';
const ENTRA = 'https://entra.microsoft.com';

async function registerApp(page: Page, mode: Mode, name: string): Promise<void> {
  const b = blade(page, mode);
  await expectStep(page, 'Register the app');
  await clickTarget(b, 'new-registration');
  const nameBox = await expectTarget(b, 'name');
  await nameBox.fill(name);
  await clickTarget(b, 'register');
}

async function createSecret(page: Page, mode: Mode): Promise<void> {
  const b = blade(page, mode);
  await expectStep(page, 'Create a client secret');
  await goToStepPage(page);
  await clickTarget(b, 'new-client-secret');
  await b.getByRole('dialog').getByRole('textbox').first().fill('ServiceOps');
  await clickTarget(b, 'add');
}

async function addPermissions(page: Page, mode: Mode, stages: string[]): Promise<void> {
  const b = blade(page, mode);
  await goToStepPage(page);
  await clickTarget(b, 'add-permission');
  for (const stage of stages) {
    if (stage.startsWith('perm:')) {
      const t = await expectTarget(b, stage);
      // A permission inside a collapsed group: the extension first points at the group's toggle.
      if ((await t.getAttribute('type')) !== 'checkbox') {
        await t.click();
        await expect(b.locator(`input[type=checkbox][data-soah-target="${stage}"]`)).toBeVisible();
      }
      await b.locator(`[data-soah-target="${stage}"]`).check();
    } else await clickTarget(b, stage);
  }
}

async function grantConsent(page: Page, mode: Mode): Promise<void> {
  const b = blade(page, mode);
  await expectStep(page, 'Grant admin consent');
  await clickTarget(b, 'grant');
  await clickTarget(b, 'confirm');
}

async function enterpriseApp(page: Page, mode: Mode): Promise<void> {
  await expectStep(page, 'Find the Enterprise application Object ID');
  await goToStepPage(page);
  await clickTarget(blade(page, mode), 'managed-app');
}

async function setupOf(sw: Worker, appId: string) {
  return (await storedSetups(sw)).find((s) => s.clientId?.value === appId);
}

for (const { host, mode } of [
  { host: PORTAL, mode: 'top' as const },
  { host: PORTAL, mode: 'iframe' as const },
  { host: ENTRA, mode: 'top' as const },
  { host: ENTRA, mode: 'iframe' as const },
]) {
  test(`IMAP path, walked end to end (${new URL(host).host}, ${mode})`, async ({ context, replicas, serviceWorker }) => {
    // The replica directory lives as long as the worker: every app name is unique to its test.
    const page = await context.newPage();
    await page.goto(portal(host, LIST, { mode }));
    await expect(panel(page)).toBeVisible();
    await expectStep(page, 'Choose how ServiceOps reads the mailbox');
    await panel(page).getByRole('button', { name: /^IMAP/ }).click();

    await registerApp(page, mode, `ServiceOps IMAP ${mode} ${new URL(host).host}`);
    // Register and the IDs complete by themselves once the new app's Overview shows.
    await createSecret(page, mode);
    const app = replicas.directory.applications.find((a) => a.displayName === `ServiceOps IMAP ${mode} ${new URL(host).host}`);
    expect(app).toBeDefined();

    await expectStep(page, 'Allow public client flows');
    await goToStepPage(page);
    await clickTarget(blade(page, mode), 'yes');
    await clickTarget(blade(page, mode), 'save');

    await expectStep(page, 'Add the Microsoft Graph delegated permissions');
    await addPermissions(page, mode, ['graph', 'delegated', 'perm:IMAP.AccessAsUser.All', 'perm:Mail.Read', 'add-permissions']);

    await grantConsent(page, mode);
    await enterpriseApp(page, mode);

    await expectStep(page, 'Register the app in Exchange Online');
    const sp = replicas.directory.findServicePrincipal(app?.appId ?? '', app?.tenantId ?? '');
    const script = panel(page).locator('pre');
    await expect(script).toContainText(`New-ServicePrincipal -AppId ${app?.appId} -ObjectId ${sp?.id}`);
    await expect(script).toContainText('<mailbox address>');
    await panel(page).getByRole('textbox', { name: 'Mailbox ServiceOps reads' }).fill('support@contoso.com');
    await expect(script).toContainText(`Add-MailboxPermission -Identity 'support@contoso.com' -User ${sp?.id} -AccessRights FullAccess`);
    await panel(page).getByRole('button', { name: 'I did this' }).click();
    await expect(panel(page)).toContainText('All steps are done');

    const setup = await setupOf(serviceWorker, app?.appId ?? '');
    expect(setup?.path).toBe('imap');
    // Every portal step was detected, not confirmed by hand; only the PowerShell step was.
    for (const step of ['register-app', 'copy-ids', 'create-secret', 'public-client', 'graph-delegated', 'admin-consent', 'enterprise-app-id']) {
      expect(setup?.progress[step]?.by, step).toBe('detected');
    }
    expect(setup?.progress['exchange-service-principal']?.by).toBe('confirmed');
    expect(app?.isFallbackPublicClient).toBe(true);
  });

  test(`MAPI path, walked end to end (${new URL(host).host}, ${mode})`, async ({ context, replicas, serviceWorker }) => {
    const page = await context.newPage();
    await page.goto(portal(host, LIST, { mode }));
    await expectStep(page, 'Choose how ServiceOps reads the mailbox');
    await panel(page).getByRole('button', { name: /^MAPI/ }).click();

    await registerApp(page, mode, `ServiceOps MAPI ${mode} ${new URL(host).host}`);
    await createSecret(page, mode);
    const app = replicas.directory.applications.find((a) => a.displayName === `ServiceOps MAPI ${mode} ${new URL(host).host}`);

    await expectStep(page, 'Add the Exchange Online application permissions');
    await addPermissions(page, mode, [
      'org-apis',
      'exchange',
      'application',
      'perm:full_access_as_app',
      'perm:Exchange.ManageAsApp',
      'perm:Mail.Read',
      'perm:Mail.ReadWrite',
      'add-permissions',
    ]);

    await grantConsent(page, mode);
    await enterpriseApp(page, mode);

    await expectStep(page, 'Register the app in Exchange Online');
    await panel(page).getByRole('button', { name: 'I did this' }).click();
    await expectStep(page, 'Restrict the app to the one mailbox');
    const sp = replicas.directory.findServicePrincipal(app?.appId ?? '', app?.tenantId ?? '');
    await panel(page).getByRole('textbox', { name: 'Mailbox ServiceOps reads' }).fill('support@contoso.com');
    const script = panel(page).locator('pre');
    await expect(script).toContainText(`New-ManagementRoleAssignment -App ${sp?.id} -Role 'Application Mail.Read'`);
    await expect(script).toContainText(`Test-ServicePrincipalAuthorization -Identity ${sp?.id} -Resource 'support@contoso.com'`);
    await panel(page).getByRole('button', { name: 'I did this' }).click();
    await expect(panel(page)).toContainText('All steps are done');

    const setup = await setupOf(serviceWorker, app?.appId ?? '');
    expect(setup?.path).toBe('mapi');
    for (const step of ['register-app', 'copy-ids', 'create-secret', 'exchange-app-permissions', 'admin-consent', 'enterprise-app-id']) {
      expect(setup?.progress[step]?.by, step).toBe('detected');
    }
    // MAPI has no public-client step.
    expect(setup?.progress['public-client']).toBeUndefined();
  });
}
