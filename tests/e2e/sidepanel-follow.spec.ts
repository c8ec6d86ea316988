/**
 * The side panel is one guide across tabs: it follows the active tab — the blade of a portal tab,
 * the server form of a ServiceOps tab — and acts on the checklist the in-page guide shows. Its page
 * is loaded in a tab here (the content is the same as in Chrome's side panel, see sidepanel-open).
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { LIST, portal, storedSetups } from './guidance-helpers';
import { listUrl } from './fill-helpers';

const PORTAL = 'https://portal.azure.com';

async function openSidePanelPage(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 400, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
}

test('follows the portal blade, then the ServiceOps form, and fills it', async ({ context, extensionId, replicas, serviceWorker }) => {
  const side = await context.newPage();
  await openSidePanelPage(side, extensionId);
  await expect(side.getByText('The checklist follows the tab you are on')).toBeVisible();

  const portalTab = await context.newPage();
  await portalTab.goto(portal(PORTAL, LIST, { mode: 'top' }));
  await expect(side.getByText('Following your Azure portal tab (portal.azure.com).')).toBeVisible();
  const step = side.locator('section[data-step]');
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Choose how ServiceOps reads the mailbox');

  // Choosing the path in the side panel is the setup's choice, which the portal's guide shows too.
  await step.getByRole('button', { name: /^IMAP/ }).click();
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Register the app');
  await expect.poll(async () => (await storedSetups(serviceWorker))[0]?.progress['choose-path']?.by).toBe('confirmed');

  // The admin registers the app in the portal: the side panel moves on by itself.
  await portalTab.getByRole('button', { name: 'New registration', exact: true }).click();
  await portalTab.getByRole('textbox', { name: 'Name' }).fill('ServiceOps side panel');
  await portalTab.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Create a client secret');
  const app = replicas.directory.applications.find((a) => a.displayName === 'ServiceOps side panel');
  expect(app).toBeDefined();
  await expect(side.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(app?.appId ?? 'missing');

  // Off the step's blade, the side panel sends the portal tab there; on it, it says so.
  await step.getByRole('button', { name: 'Go to the page for this step' }).click();
  await expect(portalTab).toHaveURL(/Credentials/);
  await expect(step.getByText('That tab shows the page of this step.')).toBeVisible();
  await expect(step.getByRole('button', { name: 'Go to the page for this step' })).toHaveCount(0);

  // Another step can be read without leaving the current one; "Back" returns to following progress.
  await side.locator('li[data-step="public-client"] button').click();
  await expect(step.getByRole('heading', { level: 2 })).toHaveText(/public client/i);
  await step.getByRole('button', { name: 'Back to the current step' }).click();
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Create a client secret');

  // A ServiceOps tab: the side panel follows it, waits for the form, then fills it.
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await expect(side.getByTestId('sp-serviceops')).toContainText('shows no mail server form yet');
  await so.getByRole('button', { name: 'Add Incoming Email Server' }).click();
  await expect(side.getByTestId('sp-serviceops')).toContainText('shows the “Add Incoming Email Server” form');
  await side.getByRole('button', { name: 'Fill ServiceOps form', exact: true }).click();
  await expect(side.locator('.fill-report')).toContainText('Client ID');
  await expect(so.getByRole('dialog').getByRole('textbox', { name: 'Client ID' })).toHaveValue(app?.appId ?? 'missing');

  // Back on the portal tab, the side panel follows the blade again.
  await portalTab.bringToFront();
  await expect(side.getByText('Following your Azure portal tab (portal.azure.com).')).toBeVisible();
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Create a client secret');
});

test('"I did this" in the side panel completes the step everywhere; axe finds nothing serious', async ({ context, extensionId, serviceWorker }) => {
  const side = await context.newPage();
  await openSidePanelPage(side, extensionId);
  await expect(side.getByText('No setup yet.')).toBeVisible();
  await side.getByRole('button', { name: /^MAPI/ }).click();
  const step = side.locator('section[data-step]');
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Register the app');
  await step.getByRole('button', { name: 'I did this' }).click();
  await expect(step.getByRole('heading', { level: 2 })).not.toHaveText('Register the app');
  await expect(side.locator('li[data-step="register-app"]')).toHaveAttribute('data-state', 'done');
  const [setup] = await storedSetups(serviceWorker);
  expect(setup?.path).toBe('mapi');
  expect(setup?.progress['register-app']?.by).toBe('confirmed');

  const results = await new AxeBuilder({ page: side }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});
