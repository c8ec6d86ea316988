/**
 * `npm start`: the whole flow against the replicas, no Azure tenant needed.
 * With a display: a normal Chromium window with the extension, the portal and ServiceOps open.
 * Without one: walks the IMAP path headless by following the extension (it clicks what the
 * extension points at) and writes screenshots to demo-screenshots/: the ring and the step card at
 * every step, the side panel beside the portal, the fill of ServiceOps from the side panel, the popup.
 * Then the one-click path: "Set it up for me" creates the app registration through the Graph and
 * login replicas (the tenant's Global Administrator signs in), with its progress, its end and the
 * popup holding the values it landed.
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Directory } from '../tests/replicas/directory';
import { registerSignInApp, setLoginAutoApprove, setLoginUser, SIGN_IN_READ_SCOPES } from '../tests/replicas/identity-seed';
import { startReplicas, type Replicas } from '../tests/replicas/server';
import { E2E_BUILD, launchBrowser } from '../tests/e2e/launch';
import { chromiumPath } from './chromium-path';

const OUT = path.resolve(import.meta.dirname, '..', 'demo-screenshots');
const LIST = 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM';
const SERVICEOPS = 'https://serviceops.test/admin/support-channel/emails/incoming-email-servers?version=8.1';
const APP_NAME = 'ServiceOps mail (demo)';
const CREATED_NAME = 'ServiceOps mail (created for me)';
/** Chrome's side panel is this wide by default; the demo shows the side panel's page at that size. */
const SIDE_PANEL = { width: 400, height: 900 };
/** How long the walk waits for the portal or the extension before it says where it stopped. */
const WAIT_MS = 30_000;

async function interactive(rules: string): Promise<void> {
  const { context, extensionId } = await launchBrowser({ hostResolverRules: rules, extensionDir: E2E_BUILD, headless: false });
  const portal = context.pages()[0] ?? (await context.newPage());
  await portal.goto(LIST);
  const serviceOps = await context.newPage();
  await serviceOps.goto(SERVICEOPS);
  await portal.bringToFront();
  console.log(`Chromium is open with the extension (${extensionId}).`);
  console.log('1. In the portal tab, the step card asks IMAP or MAPI/EWS, then points at each control (orange ring) and ticks steps off.');
  console.log('   Its "Open the whole checklist" opens the side panel, which follows the tab you are on.');
  console.log('2. In the ServiceOps tab, click "Add Incoming Email Server".');
  console.log('3. Click "Fill ServiceOps form" in the side panel or the popup (toolbar icon), review, and Save in ServiceOps.');
  console.log('Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
}

let shots = 0;
function log(file: string, what: string): void {
  console.log(`  ${what.padEnd(88)} ${path.relative(process.cwd(), file)}`);
}

/** The replicas load blades by fetch: a screenshot waits until the page is quiet. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(400);
}

async function shot(page: Page, name: string, what: string): Promise<Buffer> {
  await settle(page);
  const file = path.join(OUT, `${String(++shots).padStart(2, '0')}-${name}.png`);
  const png = await page.screenshot({ path: file });
  log(file, what);
  return png;
}

/**
 * The page beside the side panel, as Chrome shows them in one window. Drawn by a plain Chromium
 * (no extension), so the extension's side panel, which follows the active tab, is not disturbed.
 */
async function besideSidePanel(composer: Browser, page: Page, side: Page, name: string, what: string): Promise<string> {
  await settle(page);
  const left = await page.screenshot();
  await side.bringToFront();
  // A tab brought to the front paints on its next frame.
  await side.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const right = await side.screenshot();
  await page.bringToFront();
  const view = page.viewportSize() ?? { width: 1400, height: 900 };
  const canvas = await composer.newPage({ viewport: { width: view.width + SIDE_PANEL.width + 1, height: view.height } });
  const img = (png: Buffer) => `<img src="data:image/png;base64,${png.toString('base64')}">`;
  await canvas.setContent(`<style>body{margin:0;display:flex;background:#c8c6c4;gap:1px}img{display:block}</style>${img(left)}${img(right)}`);
  const file = path.join(OUT, `${String(++shots).padStart(2, '0')}-${name}.png`);
  await canvas.screenshot({ path: file });
  await canvas.close();
  log(file, what);
  return file;
}

/** What each control the extension points at means, for the screenshot's line (the stage's name otherwise). */
const STAGES: Record<string, string> = {
  'new-registration': 'Register the app: the ring is on "New registration", the card beside it',
  name: 'Register the app: the card points at the Name field',
  'new-client-secret': 'Create a client secret: the ring is on "New client secret"',
  add: 'Create a client secret: "Add" in the portal\'s own pane, the card beside it, never over it',
  'settings-tab': 'Allow public client flows: the Settings tab',
  yes: 'Allow public client flows: the ring is on "Yes"',
  'add-permission': 'Graph permissions: the ring is on "Add a permission"',
  grant: 'Grant admin consent: the ring is on the consent button',
  'managed-app': 'Enterprise application: the ring on "Managed application in local directory"',
};

/** What was just done when the guide's next step is on another page (the card then docks and links there). */
const ELSEWHERE: Record<string, string> = {
  'create-secret': 'App registered, its client and tenant IDs captured; the next step is on another page, the card links there',
  'public-client': 'Secret value captured (kept in memory only); the next step is on the Authentication page',
  'graph-delegated': 'Public client flows saved (detected); the next step is on API permissions',
  'admin-consent': 'Permissions added (detected); the card links to the consent',
  'enterprise-app-id': 'Admin consent granted (detected); next: the Enterprise application',
};

type Next = { kind: 'step'; step: string } | { kind: 'go'; link: Locator } | { kind: 'target'; stage: string; el: Locator };

/** Waits until the guide moves on (a new step), offers the step's page, or points at a control it has not been followed to yet. */
async function next(portal: Page, step: string): Promise<Next> {
  const card = portal.getByTestId('soah-card');
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const now =
      (await card
        .locator('section[data-step]')
        .getAttribute('data-step')
        .catch(() => null)) ?? '';
    if (now && now !== step) return { kind: 'step', step: now };
    const link = card.getByRole('link', { name: 'Go to the page for this step' });
    // Right after a step is done the card may still show it for a moment: only a link that stays is followed.
    if (await link.isVisible().catch(() => false)) {
      await portal.waitForTimeout(1000);
      const still =
        (await card
          .locator('section[data-step]')
          .getAttribute('data-step')
          .catch(() => null)) ?? '';
      if (still === step && (await link.isVisible().catch(() => false))) return { kind: 'go', link };
      continue;
    }
    for (const scope of [portal, portal.frameLocator('iframe[name="ReactView"]')]) {
      const el = scope.locator('[data-soah-target]:not([data-demo-followed])');
      if ((await el.count().catch(() => 0)) !== 1) continue;
      const stage = (await el.getAttribute('data-soah-target')) ?? '';
      // Named by its stage, the control stays found once it is marked as followed.
      return { kind: 'target', stage, el: scope.locator(`[data-soah-target="${stage}"]`) };
    }
    await portal.waitForTimeout(200);
  }
  throw new Error(`The guide did not move on from the step "${step}" within ${WAIT_MS / 1000} s.`);
}

/** The portal part: follows the step card from choosing the path to the first step outside the portal. */
async function walkPortal(portal: Page, atStage: (step: string, stage: string) => Promise<void>): Promise<void> {
  const card = portal.getByTestId('soah-card');
  await card.waitFor({ timeout: WAIT_MS });
  await shot(portal, 'choose-path', 'Azure portal, App registrations: the step card asks how ServiceOps reads the mailbox');
  await card.getByRole('button', { name: /^IMAP/ }).click();
  let step = 'choose-path';
  const shown = new Set<string>();
  for (let i = 0; i < 80; i++) {
    const n = await next(portal, step);
    if (n.kind === 'step') {
      step = n.step;
      // The PowerShell steps happen outside the portal: the side panel shows them.
      if (step === 'exchange-service-principal' || step === 'done') return;
      continue;
    }
    if (n.kind === 'go') {
      if (!shown.has(`${step}:go`)) {
        shown.add(`${step}:go`);
        await shot(portal, `${step}-elsewhere`, ELSEWHERE[step] ?? 'The next step is on another page: the card docks and links there');
      }
      await n.link.click();
      await portal.waitForTimeout(500);
      continue;
    }
    const { stage, el } = n;
    const key = stage.replace(/:.*/, '');
    if (STAGES[key] && !shown.has(key)) {
      shown.add(key);
      await shot(portal, `${step}-${key}`, STAGES[key]);
      await atStage(step, key);
    }
    await el.evaluate((e) => e.setAttribute('data-demo-followed', ''));
    if (stage === 'name') await el.fill(APP_NAME);
    else if (stage === 'add') {
      await portal.getByRole('textbox', { name: 'Description' }).first().fill('ServiceOps');
      await el.click();
    } else if (await el.evaluate((e) => e.matches('input[type=checkbox],[role=checkbox]'))) await el.check();
    else await el.click();
  }
  throw new Error('The walk took more clicks than the IMAP path has.');
}

/** The part of chrome.storage the service worker is asked to use. */
interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * The one-click path, as the E2E runs it: the extension's own sign-in app is registered in the
 * tenant with read scopes only (the write scopes come by incremental consent when the creation
 * starts), the login replica approves at once as the Global Administrator, and the popup's
 * "Set it up for me" makes the app registration through the Graph replica.
 */
async function oneClick(context: BrowserContext, serviceWorker: Worker, extensionId: string, directory: Directory, redirect: string): Promise<void> {
  console.log('\nThe one-click path: "Set it up for me" creates the app registration through Microsoft Graph.');
  const signInAppId = registerSignInApp(directory, { redirectUri: `https://${extensionId}.chromiumapp.org/`, consentedScopes: SIGN_IN_READ_SCOPES });
  setLoginAutoApprove(directory, true);
  setLoginUser(directory, 'admin');
  // The sign-in client ID, as the admin enters it in the options page.
  await serviceWorker.evaluate(async (id) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local;
    const { settings } = (await local.get('settings')) as { settings?: Record<string, unknown> };
    await local.set({ settings: { secretIdleMinutes: 30, keepSecretAfterFill: false, ...settings, signInClientId: id } });
  }, signInAppId);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const region = popup.getByRole('region', { name: 'Set it up for me', exact: true });
  await region.getByRole('radio', { name: 'Delegated (a user signs in to the mailbox)' }).check();
  await region.getByRole('textbox', { name: 'App name' }).fill(CREATED_NAME);
  if (redirect) await region.getByRole('textbox', { name: 'ServiceOps Redirect URL' }).fill(redirect);
  // Focus left in a field would draw its ring over the shot.
  await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await region.scrollIntoViewIfNeeded();
  await shot(popup, 'create-plan', 'Popup, "Set it up for me": the IMAP path, its protocol, the name, the Redirect URL, the secret\'s lifetime');

  const opened = context.waitForEvent('page', (p) => p.url().includes('/signin.html?create='));
  await region.getByRole('button', { name: 'Create app registration' }).click();
  const signin = await opened;
  await signin.waitForLoadState();
  const steps = signin.getByRole('list', { name: 'Creation steps' });
  await steps.waitFor({ timeout: WAIT_MS });
  // No settle here: the run goes on while the list is drawn.
  const progress = path.join(OUT, `${String(++shots).padStart(2, '0')}-create-progress.png`);
  await signin.screenshot({ path: progress });
  log(progress, 'Sign-in tab: the admin signed in (write scopes asked for only now), the creation steps as they run');
  await signin.getByText(`Done: the app registration "${CREATED_NAME}" exists`).waitFor({ timeout: 60_000 });
  await shot(signin, 'create-done', 'Sign-in tab: every step done, the app registration exists with its secret and admin consent');

  const after = await context.newPage();
  await after.setViewportSize({ width: 420, height: 900 });
  await after.goto(`chrome-extension://${extensionId}/popup.html`);
  const app = directory.applications.find((a) => a.displayName === CREATED_NAME);
  await after
    .getByRole('textbox', { name: 'Application (client) ID' })
    .and(after.locator(`[value="${app?.appId ?? ''}"]`))
    .waitFor({ timeout: WAIT_MS });
  await shot(after, 'create-landed', "The popup: the created app's client and tenant IDs and secret landed in a setup of its own, ready to fill");
}

async function headless(replicas: Replicas): Promise<void> {
  const rules = replicas.hostResolverRules;
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const { context, extensionId, serviceWorker } = await launchBrowser({ hostResolverRules: rules, extensionDir: E2E_BUILD });
  if (!extensionId || !serviceWorker) throw new Error('The extension did not start.');
  const composer = await chromium.launch({ executablePath: chromiumPath(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  try {
    console.log('No display: walking the IMAP path headless, following the extension.');
    // The side panel's page, loaded in a tab: it follows whichever tab is active, as in Chrome's side panel.
    const side = await context.newPage();
    await side.setViewportSize(SIDE_PANEL);
    await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const portal = await context.newPage();
    await portal.goto(LIST);
    await walkPortal(portal, async (step, stage) => {
      if (stage !== 'add') return;
      await side.getByRole('heading', { name: 'Create a client secret' }).waitFor({ timeout: WAIT_MS });
      await besideSidePanel(
        composer,
        portal,
        side,
        'card-and-side-panel',
        'The step card beside "Add" and, in the side panel, the whole checklist on the same step',
      );
    });

    await side.getByRole('heading', { name: 'Register the app in Exchange Online' }).waitFor({ timeout: WAIT_MS });
    await besideSidePanel(
      composer,
      portal,
      side,
      'side-panel',
      'The side panel beside the portal: the whole checklist, the PowerShell step, the captured values',
    );

    const serviceOps = await context.newPage();
    await serviceOps.goto(SERVICEOPS);
    await serviceOps.getByRole('button', { name: 'Add Incoming Email Server' }).click();
    await serviceOps.getByRole('dialog', { name: 'Add Incoming Email Server' }).waitFor();
    await side.getByText('shows the “Add Incoming Email Server” form').waitFor({ timeout: WAIT_MS });
    await besideSidePanel(composer, serviceOps, side, 'serviceops-form', 'ServiceOps: the side panel follows to the server form and offers the fill');
    await side.getByRole('button', { name: 'Fill ServiceOps form', exact: true }).click();
    await side.locator('.fill-report').waitFor({ timeout: WAIT_MS });
    await besideSidePanel(composer, serviceOps, side, 'serviceops-filled', 'ServiceOps filled from the side panel (not saved): the per-field report');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('textbox', { name: 'Application (client) ID' }).waitFor();
    await shot(popup, 'popup', 'The toolbar popup: the setup, the values, the checks, "Open checklist in side panel"');

    // The Redirect URL the ServiceOps form shows (the fill chose OAuth), as the admin copies it into the plan.
    const redirect = await serviceOps
      .getByRole('dialog')
      .getByRole('textbox', { name: 'Redirect URL' })
      .inputValue({ timeout: 5000 })
      .catch(() => '');
    await oneClick(context, serviceWorker, extensionId, replicas.directory, redirect);
    console.log(`\nScreenshots are in ${OUT}`);
  } finally {
    await composer.close();
    await context.close();
  }
}

async function main(): Promise<void> {
  const replicas = await startReplicas();
  try {
    const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
    if (hasDisplay) await interactive(replicas.hostResolverRules);
    else await headless(replicas);
  } finally {
    await replicas.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
