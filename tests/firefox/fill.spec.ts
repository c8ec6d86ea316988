/**
 * Firefox: the admin grants a ServiceOps origin from the options page (Firefox's MV3 host
 * permissions are the user's to grant), the popup checks the secret against the login replica
 * (which refuses a token request that carries an Origin header, as Microsoft does), and fills a
 * ServiceOps 8.1 form.
 */
import type { Page } from 'puppeteer-core';
import { CONTOSO } from '../replicas/directory';
import { seedApp } from '../e2e/checks-helpers';
import { listUrl } from '../e2e/fill-helpers';
import { aria, expect, test, visit } from './fixtures';

async function typeInto(page: Page, name: string, value: string): Promise<void> {
  const field = page.locator(aria(name, 'textbox'));
  await field.fill(value);
}

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => (e as HTMLElement).innerText).catch(() => '');
}

test('grants ServiceOps in the options page, checks the secret, fills the 8.1 incoming form', async ({ firefox, extensionPage, replicas }) => {
  const { app, secretText } = seedApp(replicas.directory, { path: 'imap', tenantId: CONTOSO.id });

  // Options: the origin is requested from the admin's click and shown as granted.
  const options = await extensionPage('options.html');
  await typeInto(options, 'ServiceOps URL', 'https://serviceops.test');
  await options.locator(aria('Add', 'button')).click();
  await expect.poll(() => textOf(options, '[role=status]')).toContain('Added https://serviceops.test');
  await expect.poll(() => textOf(options, aria('ServiceOps addresses', 'list'))).toContain('Access granted');
  expect(
    await options.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { contains(p: object): Promise<boolean> } } }).browser.permissions.contains({
        origins: ['https://serviceops.test/*'],
      }),
    ),
  ).toBe(true);

  // Popup: the three values, then the live checks.
  const popup = await extensionPage('popup.html');
  await typeInto(popup, 'Application (client) ID', app.appId);
  await typeInto(popup, 'Directory (tenant) ID', CONTOSO.id);
  await popup.locator('input[type=password]').fill(secretText);
  await popup.locator(aria('Run checks', 'button')).click();
  // The token request reached the replica without an Origin header (with one it is refused: AADSTS9002326).
  await expect.poll(() => textOf(popup, 'body'), { timeout: 30_000 }).toContain('The secret works: Microsoft issued a token.');
  expect(await textOf(popup, 'body')).not.toContain('AADSTS9002326');
  // Control: the same request from an extension tab (outside the rule, which covers only the
  // background's own requests) carries Firefox's moz-extension Origin and is refused.
  const direct = await popup.evaluate(
    async (tenant, clientId, secret) => {
      const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: secret,
        scope: 'https://outlook.office365.com/.default',
      });
      const response = await fetch(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`, { method: 'POST', body });
      return response.text();
    },
    CONTOSO.id,
    app.appId,
    secretText,
  );
  expect(direct).toContain('AADSTS9002326');

  // ServiceOps 8.1: the Add drawer is open; the popup fills it.
  const so = await firefox.newPage();
  await visit(so, listUrl('incoming', '8.1'));
  await so.locator(aria('Add Incoming Email Server', 'button')).click();
  await so.waitForSelector('[role=dialog]');
  await popup.bringToFront();
  await popup.locator(aria('Fill ServiceOps form', 'button')).click();
  await expect.poll(() => textOf(popup, '.results'), { timeout: 30_000 }).toContain('Filled');
  const filled = await so.$$eval('[role=dialog] input', (inputs) => inputs.map((i) => i.value));
  expect(filled).toContain(app.appId);
  expect(filled).toContain(secretText);
  expect(filled).toContain(`https://login.microsoftonline.com/${CONTOSO.id}/oauth2/v2.0/token`);
  // Nothing was submitted for the admin.
  expect(await so.evaluate(() => (window as unknown as { __serviceOpsSaveCount: number }).__serviceOpsSaveCount)).toBe(0);
});
