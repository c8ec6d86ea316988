/**
 * Walks every Fluent blade in both renderings and both languages, without the extension, and
 * checks that the markup is the libraries' own: `npx tsx tests/replicas/portal/fluent/smoke.ts
 * [fluent8|fluent9] [en|de]`. Screenshots go to $SMOKE_SHOTS (default /tmp/fluent-smoke).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { launchBrowser } from '../../../e2e/launch';
import { startReplicas } from '../../server';
import { labelsFor, type Lang } from '../app/i18n';
import type { FluentRendering } from './frame-url';

const SHOTS = process.env.SMOKE_SHOTS ?? '/tmp/fluent-smoke';
const only = process.argv.slice(2);
const combos: { rendering: FluentRendering; lang: Lang; host: string }[] = [
  { rendering: 'fluent8', lang: 'en', host: 'portal.azure.com' },
  { rendering: 'fluent8', lang: 'de', host: 'entra.microsoft.com' },
  { rendering: 'fluent9', lang: 'en', host: 'entra.microsoft.com' },
  { rendering: 'fluent9', lang: 'de', host: 'portal.azure.com' },
].filter((c) => only.every((o) => o === c.rendering || o === c.lang)) as { rendering: FluentRendering; lang: Lang; host: string }[];

const replicas = await startReplicas();
const { context } = await launchBrowser({ hostResolverRules: replicas.hostResolverRules });
await mkdir(SHOTS, { recursive: true });
let failures = 0;

async function walk(page: Page, rendering: FluentRendering, lang: Lang, host: string): Promise<void> {
  const L = labelsFor(lang);
  const v8 = rendering === 'fluent8';
  const shot = async (name: string) => {
    await page.screenshot({ path: path.join(SHOTS, `${rendering}-${lang}-${name}.png`) });
    const html = await page
      .frameLocator('iframe[name="ReactView"]')
      .locator('body')
      .evaluate((b) => b.outerHTML);
    await writeFile(path.join(SHOTS, `${rendering}-${lang}-${name}.html`), html);
  };
  const tenant = replicas.directory.homeTenant.displayName;
  const title = page.locator('.fxs-blade-title-titleText');
  const go = async (hash: string) => page.evaluate((h) => (location.hash = h), hash);
  const frame: FrameLocator = page.frameLocator('iframe[name="ReactView"]');
  const commandButton = (name: string) =>
    v8 ? frame.getByRole('menuitem', { name }) : frame.locator('[role=toolbar].fui-Toolbar button.fui-Button', { hasText: name });
  const pane = v8 ? frame.locator('.ms-Panel-main') : frame.locator('.fui-DrawerBody').locator('xpath=ancestor::*[@role="dialog"]');

  await page.goto(
    `https://${host}/?replicaRendering=${rendering}&replicaLang=${lang}&replicaDelay=50#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps`,
  );
  const iframe = page.locator('iframe[name="ReactView"]');
  await expect(iframe).toHaveClass(/fxs-reactview-frame-active/);
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  if (src.origin !== 'https://sandbox-2.reactblade.portal.azure.net' || src.pathname !== '/React/Index' || src.hash || /view|Microsoft_AAD/.test(src.search))
    throw new Error(`frame URL carries a route or is wrong: ${src.href}`);

  // App registrations list (the first frame of a process waits for its bundle to build)
  await expect(title).toHaveText(L.appRegistrations, { timeout: 20_000 });
  await expect(frame.locator(v8 ? '[role=grid].ms-DetailsList, .ms-DetailsList [role=grid]' : '[role=grid].fui-DataGrid').first()).toBeVisible();
  if (v8) await expect(frame.locator('i[data-icon-name=Add]').first()).toHaveText(/[\uE000-\uF8FF]/);
  await commandButton(L.newRegistration).click();

  // New registration
  await expect(title).toHaveText(L.registerAnApplication);
  const name = `Fluent smoke ${rendering} ${lang} ${Date.now() % 100000}`;
  await frame.getByRole('textbox', { name: L.name }).fill(name);
  await frame.getByText(L.audienceMulti, { exact: true }).click();
  await expect(frame.getByRole('radio', { name: L.audienceMulti, exact: true })).toBeChecked();
  await frame.getByRole('button', { name: L.register }).click();
  await expect(title).toHaveText(name, { timeout: 10_000 });
  const app = replicas.directory.applications.find((a) => a.displayName === name);
  if (!app) throw new Error('app not created');
  if (app.signInAudience !== 'AzureADMultipleOrgs') throw new Error(`audience ${app.signInAudience}`);

  // Overview / Essentials
  if (v8) {
    const input = frame.locator('.ms-TextField', { has: frame.locator('label.ms-Label', { hasText: L.applicationClientId }) }).locator('input[readonly]');
    await expect(input).toHaveValue(app.appId);
    const tenantValue = frame.locator(`.PropertyField-value`, { hasText: app.tenantId });
    await expect(tenantValue.getByRole('button', { name: L.copyToClipboard }).locator('i[data-icon-name=Copy]')).toHaveText(/^[\uE000-\uF8FF]$/);
    const labelledBy = await tenantValue.getAttribute('aria-labelledby');
    await expect(frame.locator(`[id="${labelledBy}"]`)).toHaveText(L.directoryTenantId);
    await expect(frame.locator('div[hidden]', { hasText: app.id })).toHaveCount(1);
  } else {
    const item = frame.locator('[class*=essentialsItem-]', { has: frame.locator('label.fui-Label', { hasText: L.applicationClientId }) });
    await expect(item.locator('[class*=essentialsValue-]')).toContainText(app.appId);
    await expect(item.locator('button.fui-Button[aria-label]')).toHaveAttribute('aria-label', L.copyToClipboard);
  }
  await shot('overview');

  // Certificates & secrets
  await frame.getByRole('link', { name: L.certificatesAndSecrets, exact: true }).click();
  await expect(title).toHaveText(`${name} | ${L.certificatesAndSecrets}`);
  await commandButton(L.newClientSecret).click();
  await expect(pane).toBeVisible();
  if (v8) await expect(frame.locator('[role=dialog][aria-modal=true]', { has: frame.locator('.ms-Panel') })).toHaveCount(1);
  await pane.getByRole('textbox', { name: L.description }).fill('smoke');
  await pane.getByRole('combobox').click();
  await frame.getByRole('option', { name: L.expires730 }).click();
  await shot('secret-pane');
  await pane.getByRole('button', { name: L.add, exact: true }).click();
  await expect(pane).toBeHidden();
  const secret = await expect
    .poll(() => app.passwordCredentials[0]?.secretText ?? '')
    .toMatch(/Q~/)
    .then(() => app.passwordCredentials[0]);
  if (!secret) throw new Error('no secret');
  const days = (new Date(secret.endDateTime).getTime() - Date.now()) / 86400_000;
  if (days < 700) throw new Error(`expiry ${days} days`);
  if (v8) {
    const rowFields = frame.locator('[role=grid] [role=row] div[role=presentation][data-automationid=DetailsRowFields]');
    await expect(rowFields).toHaveCount(1);
    await expect(rowFields.locator('[role=rowheader][data-automation-key=description]')).toHaveText('smoke');
    await expect(rowFields.locator('[role=gridcell][data-automation-key=value][aria-colindex]')).toContainText(secret.secretText);
    await expect(rowFields.locator('[data-automation-key=secretId]')).toContainText(secret.keyId);
  } else {
    const rowEl = frame.locator('[role=grid].fui-DataGrid .fui-DataGridBody .fui-DataGridRow');
    await expect(rowEl).toHaveCount(1);
    await expect(rowEl.locator('.fui-DataGridCell').nth(2)).toContainText(secret.secretText);
    await expect(rowEl.locator('.fui-DataGridCell').nth(3)).toContainText(secret.keyId);
  }
  await shot('secret-value');
  await frame.getByRole('link', { name: L.overview, exact: true }).click();
  await expect(title).toHaveText(name);
  await frame.getByRole('link', { name: L.certificatesAndSecrets, exact: true }).click();
  await expect(frame.getByText(`${secret.hint}${'*'.repeat(34)}`)).toBeVisible();
  await expect(frame.getByText(secret.secretText)).toHaveCount(0);

  // Authentication, classic
  await frame.getByRole('link', { name: L.authentication, exact: true }).click();
  await expect(title).toHaveText(`${name} | ${L.authentication}`);
  await frame.getByRole('button', { name: L.addAPlatform }).click();
  await pane.getByRole('button', { name: new RegExp(`^${L.platformWeb}`) }).click();
  await pane.getByRole('textbox', { name: L.redirectUris }).fill('https://localhost/one');
  await pane.getByRole('button', { name: L.configure, exact: true }).click();
  await expect.poll(() => app.web.redirectUris.join()).toBe('https://localhost/one');
  const publicClient = frame.getByRole('radiogroup', { name: L.allowPublicClientFlows });
  await publicClient.getByText(L.yes, { exact: true }).click();
  await expect(publicClient.getByRole('radio', { name: L.yes })).toBeChecked();
  await commandButton(L.save).click();
  await expect.poll(() => app.isFallbackPublicClient).toBe(true);
  await expect(page.locator('.fxs-toast-success').last()).toBeVisible();
  await expect(frame.getByText(L.unsavedChanges)).toHaveCount(0);
  await shot('auth-classic');

  // Authentication, new experience
  await page.goto(`https://${host}/?replicaAuthExperience=new${page.url().slice(page.url().indexOf('#'))}`);
  await expect(title).toHaveText(`${name} | ${L.authenticationPreview}`);
  await frame.getByRole('tab', { name: L.redirectUriConfiguration }).click();
  await frame.getByRole('button', { name: L.addRedirectUriButton }).click();
  await pane.getByRole('button', { name: new RegExp(`^${L.platformWeb}`) }).click();
  await pane.getByRole('textbox', { name: L.redirectUris }).fill('https://localhost/two');
  await pane.getByRole('button', { name: L.configure, exact: true }).click();
  await expect(frame.getByRole('grid', { name: L.redirectUris })).toContainText('https://localhost/two');
  await frame.getByRole('tab', { name: L.settings }).click();
  const toggle = frame.getByRole('switch', { name: L.allowPublicClientFlows });
  await expect(toggle).toBeChecked();
  await expect(frame.getByText(L.enabled, { exact: true })).toBeVisible();
  await toggle.click();
  await expect(frame.getByText(L.disabled, { exact: true })).toBeVisible();
  if (!v8) await expect(frame.locator('.fui-Switch')).toHaveCount(1);
  await frame.getByRole('button', { name: L.save, exact: true }).click();
  await expect.poll(() => app.isFallbackPublicClient).toBe(false);
  await expect(frame.getByRole('button', { name: L.save, exact: true })).toBeDisabled();
  await expect(frame.getByText(L.unsavedChanges)).toHaveCount(0);
  await shot('auth-new');
  await page.goto(`https://${host}/?replicaAuthExperience=classic${page.url().slice(page.url().indexOf('#'))}`);

  // API permissions (route spelled ~/CallAnApi)
  await go(`#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnApi/appId/${app.appId}`);
  await expect(title).toHaveText(`${name} | ${L.apiPermissions}`);
  await commandButton(L.addAPermission).click();
  await pane.getByRole('button', { name: /^Microsoft Graph/ }).click();
  await pane.getByRole('button', { name: new RegExp(`^${L.delegatedPermissions}`) }).click();
  await pane.getByRole('button', { name: /^IMAP \(/ }).click();
  await pane.locator('label').getByText('IMAP.AccessAsUser.All', { exact: true }).click();
  await expect(pane.getByRole('checkbox', { name: 'IMAP.AccessAsUser.All' })).toBeChecked();
  await pane.getByRole('button', { name: L.addPermissions }).click();
  await expect(pane).toBeHidden();
  await commandButton(L.addAPermission).click();
  await pane.getByRole('tab', { name: L.apisMyOrgUses }).click();
  await pane.getByRole('searchbox').fill('Exchange');
  await pane.getByText('Office 365 Exchange Online', { exact: true }).click();
  await pane.getByRole('button', { name: new RegExp(`^${L.applicationPermissions}`) }).click();
  await pane.getByRole('button', { name: /^IMAP \(/ }).click();
  await pane.locator('label').getByText('IMAP.AccessAsApp', { exact: true }).click();
  await expect(pane.getByRole('checkbox', { name: 'IMAP.AccessAsApp' })).toBeChecked();
  await shot('permission-pane');
  await pane.getByRole('button', { name: L.addPermissions }).click();
  await expect(pane).toBeHidden();
  await expect.poll(() => app.requiredResourceAccess.length).toBe(2);
  const grid = v8 ? frame.getByRole('grid', { name: L.configuredPermissions }) : frame.locator('table.fui-Table');
  await expect(grid).toContainText('Office 365 Exchange Online');
  if (v8) {
    await expect(grid.locator('.ms-GroupHeader')).toHaveCount(2);
    await expect(grid.locator('[role=rowheader][data-automation-key=name]', { hasText: 'IMAP.AccessAsApp' })).toHaveCount(1);
  }
  await commandButton(L.grantAdminConsent(tenant)).click();
  const dialog = frame.getByRole('alertdialog').or(frame.getByRole('dialog'));
  await expect(dialog).toContainText(L.grantConfirmTitle);
  await dialog.getByRole('button', { name: L.yes, exact: true }).click();
  const total = app.requiredResourceAccess.reduce((n, r) => n + r.resourceAccess.length, 0);
  await expect(grid.getByText(L.grantedFor(tenant))).toHaveCount(total, { timeout: 10_000 });
  await expect(grid.getByText(L.notGrantedFor(tenant))).toHaveCount(0);
  await shot('permissions');

  // Enterprise application from the Overview's link
  await frame.getByRole('link', { name: L.overview, exact: true }).click();
  await expect(title).toHaveText(name);
  const sp = replicas.directory.findServicePrincipal(app.appId, app.tenantId);
  if (!sp) throw new Error('no service principal');
  const managed = v8
    ? frame.locator('.PropertyField-root', { hasText: L.managedApplication }).getByRole('link')
    : frame.locator('[class*=essentialsItem-]', { hasText: L.managedApplication }).getByRole('link');
  await managed.click();
  await expect(title).toHaveText(name);
  await expect(page.locator('.fxs-blade-title-subtitle')).toHaveText(L.enterpriseApplication);
  await expect(frame.getByRole('textbox', { name: L.objectId })).toHaveValue(sp.id);
  await expect(frame.getByRole('textbox', { name: L.applicationId })).toHaveValue(app.appId);
  if (v8) await expect(frame.locator('label.ms-Label', { hasText: L.objectId })).toHaveCount(1);
  else await expect(frame.locator('.fui-Input input[readonly]')).toHaveCount(3);
  await shot('enterprise');

  // The rendering is remembered without the query, also with a tenant in the path.
  await page.goto(`https://${host}/${replicas.directory.homeTenant.domain}/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade`);
  await expect(page.locator('iframe[name="ReactView"]')).toHaveAttribute('src', new RegExp(`replicaRendering=${rendering}`));
  await expect(frame.getByRole('link', { name, exact: true })).toBeVisible({ timeout: 10_000 });
}

for (const { rendering, lang, host } of combos) {
  const page = await context.newPage();
  const t = Date.now();
  try {
    await walk(page, rendering, lang, host);
    console.log(`ok   ${rendering} ${lang} ${host} (${Date.now() - t} ms)`);
  } catch (error) {
    failures += 1;
    console.log(`FAIL ${rendering} ${lang} ${host}: ${String(error).split('\n').slice(0, 6).join('\n')}`);
    await page.screenshot({ path: path.join(SHOTS, `${rendering}-${lang}-failure.png`) }).catch(() => undefined);
    const html = await page
      .frameLocator('iframe[name="ReactView"]')
      .locator('body')
      .evaluate((b) => b.outerHTML, undefined, { timeout: 2000 })
      .catch(() => '');
    await writeFile(path.join(SHOTS, `${rendering}-${lang}-failure.html`), html);
  }
  await page.close();
}
await context.close();
await replicas.close();
process.exit(failures ? 1 : 0);
