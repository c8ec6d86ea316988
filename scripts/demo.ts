/**
 * `npm start`: the whole flow against the replicas, no Azure tenant needed.
 * With a display: a normal Chromium window with the extension, the portal and ServiceOps open.
 * Without one: walks the demo path headless and writes screenshots to demo-screenshots/.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startReplicas } from '../tests/replicas/server';
import { E2E_BUILD, launchBrowser } from '../tests/e2e/launch';

const OUT = path.resolve(import.meta.dirname, '..', 'demo-screenshots');
const LIST = 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM';
const SERVICEOPS = 'https://serviceops.test/admin/support-channel/emails/incoming-email-servers?version=8.1';

async function interactive(rules: string): Promise<void> {
  const { context, extensionId } = await launchBrowser({ hostResolverRules: rules, extensionDir: E2E_BUILD, headless: false });
  const portal = context.pages()[0] ?? (await context.newPage());
  await portal.goto(LIST);
  const serviceOps = await context.newPage();
  await serviceOps.goto(SERVICEOPS);
  await portal.bringToFront();
  console.log(`Chromium is open with the extension (${extensionId}).`);
  console.log('1. In the portal tab, register an app and add a client secret; the extension captures the values.');
  console.log('2. In the ServiceOps tab, click "Add Incoming Email Server".');
  console.log('3. Click the extension\'s toolbar icon and "Fill ServiceOps form".');
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

async function shot(page: Page, name: string, step: string): Promise<void> {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file });
  console.log(`  ${step.padEnd(58)} ${path.relative(process.cwd(), file)}`);
}

async function headless(rules: string): Promise<void> {
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const { context, extensionId } = await launchBrowser({ hostResolverRules: rules, extensionDir: E2E_BUILD });
  try {
    console.log('No display: walking the demo path headless.');
    const portal = await context.newPage();
    await portal.goto(LIST);
    await portal.getByRole('button', { name: 'New registration', exact: true }).click();
    await portal.getByRole('textbox', { name: 'Name' }).fill('ServiceOps mail (demo)');
    await shot(portal, '01-new-registration.png', 'Azure portal: New registration');
    await portal.getByRole('button', { name: 'Register', exact: true }).click();
    await portal.getByText('Directory (tenant) ID').first().waitFor();
    await portal.waitForTimeout(800);
    await shot(portal, '02-overview.png', 'App Overview (client and tenant IDs captured)');
    await portal.getByRole('link', { name: 'Certificates & secrets' }).first().click();
    await portal.getByRole('button', { name: /New client secret/ }).click();
    await portal.getByRole('dialog', { name: 'Add a client secret' }).getByRole('textbox', { name: 'Description' }).fill('ServiceOps');
    await portal.getByRole('dialog', { name: 'Add a client secret' }).getByRole('button', { name: 'Add' }).click();
    await portal.getByRole('grid', { name: 'Client secrets' }).getByText('ServiceOps').waitFor();
    await portal.waitForTimeout(800);
    await shot(portal, '03-client-secret.png', 'Certificates & secrets: new secret value shown once');

    const serviceOps = await context.newPage();
    await serviceOps.goto(SERVICEOPS);
    await serviceOps.getByRole('button', { name: 'Add Incoming Email Server' }).click();
    await serviceOps.getByRole('dialog', { name: 'Add Incoming Email Server' }).waitFor();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('textbox', { name: 'Application (client) ID' }).waitFor();
    await shot(popup, '04-popup-captured.png', 'Extension popup: captured values and checks');
    await popup.getByRole('button', { name: 'Fill ServiceOps form', exact: true }).click();
    await popup
      .getByText(/Filled|not|No /)
      .first()
      .waitFor();
    await shot(popup, '05-popup-filled.png', 'Extension popup: per-field fill report');
    await serviceOps.bringToFront();
    await shot(serviceOps, '06-serviceops-filled.png', 'ServiceOps: Add Incoming Email Server, filled (not saved)');
    console.log(`\nScreenshots are in ${OUT}`);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const replicas = await startReplicas();
  try {
    const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
    if (hasDisplay) await interactive(replicas.hostResolverRules);
    else await headless(replicas.hostResolverRules);
  } finally {
    await replicas.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
