/**
 * A browser whose UI language is German: the popup, the options and the checklist speak German,
 * and every instruction quotes the portal's labels in the language the portal page is shown in —
 * the German words on a German portal, the English words on an English one.
 */
import type { Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { test as base, expect } from './fixtures';
import { clickTarget, expectTarget, LIST, portal } from './guidance-helpers';
import { E2E_BUILD, launchBrowser } from './launch';

const test = base.extend({
  launched: async ({ replicas }, use) => {
    const launched = await launchBrowser({ hostResolverRules: replicas.hostResolverRules, extensionDir: E2E_BUILD, args: ['--lang=de'] });
    await use(launched);
    await launched.context.close();
    await rm(launched.userDataDir, { recursive: true, force: true });
  },
});

const PORTAL = 'https://portal.azure.com';
const card = (page: Page) => page.getByTestId('soah-card');
const stepTitle = (page: Page) => card(page).locator('section[data-step] h3');
const line = (page: Page) => card(page).locator('section[data-step] p.line');

test('the popup and the options page are German', async ({ openPopup, openOptions }) => {
  const popup = await openPopup();
  // Screen readers pronounce the page by its lang.
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
  await expect(popup).toHaveTitle('ServiceOps Azure OAuth Helper');
  await expect(popup.getByLabel('Anwendungs-ID (Client)')).toBeVisible();
  await expect(popup.getByLabel('Verzeichnis-ID (Mandant)')).toBeVisible();
  await expect(popup.getByLabel('Geheimer Clientschlüssel', { exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Prüfungen ausführen' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Prüfungen' })).toBeVisible();
  await expect(popup.getByText('Noch keine App übernommen')).toBeVisible();
  await expect(popup.getByText('Client secret', { exact: true })).toHaveCount(0);

  const options = await openOptions();
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('ServiceOps Azure OAuth Helper – Optionen');
  await expect(options.getByLabel('ServiceOps-URL')).toBeVisible();
  await expect(options.getByRole('button', { name: 'Hinzufügen' })).toBeVisible();
});

test('on a German portal the German checklist quotes the German portal words, the ones on the screen', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(portal(PORTAL, LIST, { mode: 'top', lang: 'de' }));
  await expect(stepTitle(page)).toHaveText('Wählen Sie, wie ServiceOps das Postfach liest');
  await card(page).getByRole('button', { name: /^IMAP/ }).click();

  await expect(stepTitle(page)).toHaveText('App registrieren');
  await expect(line(page)).toHaveText('Wählen Sie unter App-Registrierungen „Neue Registrierung“.');
  // The quoted words are the ringed control's own words.
  await expect(await expectTarget(page, 'new-registration')).toContainText('Neue Registrierung');
  await clickTarget(page, 'new-registration');
  // The card's line follows the ring: what to do at the control ringed now.
  const name = await expectTarget(page, 'name');
  await expect(line(page)).toHaveText('Benennen Sie sie nach dem Postfach, z. B. „ServiceOps – support@contoso.com“.');
  await name.fill('ServiceOps Deutsch');
  await expect(await expectTarget(page, 'register')).toHaveText('Registrieren');
  await expect(line(page)).toContainText('wählen Sie „Registrieren“.');
  await clickTarget(page, 'register');

  await expect(stepTitle(page)).toHaveText('Geheimen Clientschlüssel erstellen');
  // The step happens on the app's "Certificates & secrets": the card links there.
  await card(page).getByRole('link').click();
  await expect(line(page)).toHaveText(
    'Öffnen Sie „Zertifikate & Geheimnisse“, Registerkarte „Geheime Clientschlüssel“, und wählen Sie „Neuer geheimer Clientschlüssel“.',
  );
  // The control the card names is the one ringed.
  await expect(await expectTarget(page, 'new-client-secret')).toContainText('Neuer geheimer Clientschlüssel');
});

test('on an English portal the German checklist quotes the English portal words', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(portal(PORTAL, LIST, { mode: 'top', lang: 'en' }));
  await expect(stepTitle(page)).toHaveText('Wählen Sie, wie ServiceOps das Postfach liest');
  await card(page).getByRole('button', { name: /^IMAP/ }).click();
  await expect(stepTitle(page)).toHaveText('App registrieren');
  await expect(line(page)).toHaveText('Wählen Sie unter App registrations „New registration“.');
  await expect(await expectTarget(page, 'new-registration')).toContainText('New registration');
});
