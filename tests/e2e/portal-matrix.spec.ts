/**
 * The portal as it really renders: the same blades drawn as Knockout pages in the top document,
 * as the classic blades in a ReactView frame, and with Fluent UI v8 and v9 (the real libraries) in
 * a ReactView frame whose own URL carries no route. For each rendering, on both hosts and in two
 * languages, both paths are walked end to end by following the extension: at every step the test
 * clicks what the extension points at (so every target is proven in every rendering), the checklist
 * advances by itself when the portal shows the step done, and the four values land in the setup
 * exactly as the replica's directory holds them.
 *
 * One table: a new rendering is one row of RENDERINGS.
 */
import type { FrameLocator, Locator, Page, Worker } from '@playwright/test';
import type { Directory } from '../replicas/directory';
import { fluentBundle } from '../replicas/portal/fluent/serve';
import { test, expect } from './fixtures';
import {
  blade,
  expectCardKeyboard,
  expectGuideBeside,
  expectStep,
  goToStepPage,
  guideAxeViolations,
  LIST,
  panel,
  portal,
  stepHeading,
  storedSetups,
  type Mode,
  type Rendering,
} from './guidance-helpers';

const PORTAL = 'https://portal.azure.com';
const ENTRA = 'https://entra.microsoft.com';

interface RenderingRow {
  name: string;
  rendering: Rendering;
  mode: Mode;
  /** Also scans the step card with axe at every step and drives it by keyboard. */
  audit?: boolean;
}

const RENDERINGS: RenderingRow[] = [
  { name: 'Knockout, top document', rendering: 'knockout', mode: 'top', audit: true },
  { name: 'classic blades, ReactView frame', rendering: 'knockout', mode: 'iframe' },
  { name: 'Fluent UI v8, ReactView frame', rendering: 'fluent8', mode: 'iframe' },
  { name: 'Fluent UI v9, ReactView frame', rendering: 'fluent9', mode: 'iframe', audit: true },
];

type Lang = 'en' | 'de';
const WORDS = {
  en: { description: 'Description' },
  de: { description: 'Beschreibung' },
} as const;

/** The App registrations list as Entra's menu reaches it (the other route to the same blade). */
const LIST_IAM = '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps';

interface Walk {
  path: 'imap' | 'mapi';
  list: string;
  host: string;
  lang: Lang;
  auth: 'classic' | 'new';
}

/** Per rendering: IMAP on both hosts (both list routes, both Authentication experiences, both languages), MAPI on one host. */
function walksFor(i: number): Walk[] {
  return [
    { path: 'imap', list: LIST, host: PORTAL, lang: 'en', auth: 'classic' },
    { path: 'imap', list: LIST_IAM, host: ENTRA, lang: 'de', auth: 'new' },
    { path: 'mapi', list: LIST, host: i % 2 ? PORTAL : ENTRA, lang: i % 2 ? 'de' : 'en', auth: 'classic' },
  ];
}

type Scope = Page | FrameLocator;

/** The control the extension points at now (marked with its stage, ringed in its own document). */
async function currentTarget(scope: Scope): Promise<{ stage: string; el: Locator }> {
  const el = scope.locator('[data-soah-target]');
  // A blade in a new frame waits for the frame, its sensor and the frame script the background injects.
  await expect(el).toHaveCount(1, { timeout: 30_000 });
  await expect(scope.locator('soah-ring')).toHaveCount(1);
  return { stage: (await el.getAttribute('data-soah-target')) ?? '', el };
}

/**
 * Follows the extension through one step: clicks (or fills) whatever it points at until the
 * checklist moves on. At every control it points at, the guide must point without covering
 * (ring on the control; the card beside it, off the control, the command bar and the primary
 * action; at most 8 % of the viewport); in audited renderings axe scans the card once per step.
 * Returns the stages it pointed at, in order.
 */
async function follow(page: Page, scope: Scope, title: string, fill: Record<string, (el: Locator) => Promise<void>> = {}, audit = false): Promise<string[]> {
  await expectStep(page, title);
  const seen: string[] = [];
  for (let i = 0; i < 24 && (await stepHeading(page).textContent()) === title; i++) {
    const { stage, el } = await currentTarget(scope).catch(async (error: unknown) => {
      // The step is done the moment its last click lands: no target is left to point at.
      if ((await stepHeading(page).textContent()) !== title) return { stage: '', el: undefined as unknown as Locator };
      throw error;
    });
    if (!stage) break;
    await expectGuideBeside(page, scope, el);
    if (audit && !seen.length) expect(await guideAxeViolations(page), `axe on "${title}"`).toEqual([]);
    if (seen.at(-1) !== stage) seen.push(stage);
    const act = fill[stage] ?? fill[stage.replace(/:.*/, ':*')];
    // Marked so the test sees when the extension points elsewhere, even at the same stage (a group's toggle, then its checkbox).
    await el.evaluate((e) => e.setAttribute('data-followed', ''));
    if (act) await act(el);
    else await el.click();
    await expect
      .poll(async () => (await stepHeading(page).textContent()) !== title || (await scope.locator('[data-soah-target]:not([data-followed])').count()) > 0, {
        timeout: 15_000,
      })
      .toBe(true);
  }
  await expect(stepHeading(page)).not.toHaveText(title, { timeout: 15_000 });
  return seen;
}

/** A permission's checkbox is ticked; inside a collapsed group the extension first points at the group's toggle. */
async function checkPermission(el: Locator): Promise<void> {
  if (await el.evaluate((e) => e.matches('input[type=checkbox],[role=checkbox]'))) await el.check();
  else await el.click();
}

async function secretOf(sw: Worker, setupId: string): Promise<string | undefined> {
  return sw.evaluate(async (id) => {
    const chromeLike = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const all = (await chromeLike.storage.session.get('secrets')).secrets as Record<string, { value: string }> | undefined;
    return all?.[id]?.value;
  }, setupId);
}

/** The four values in the setup are exactly the directory's: client ID, tenant ID, secret Value, Enterprise app Object ID. */
async function expectCaptured(sw: Worker, dir: Directory, name: string): Promise<void> {
  const app = dir.applications.find((a) => a.displayName === name);
  if (!app) throw new Error(`the replica has no app named ${name}`);
  const sp = dir.findServicePrincipal(app.appId, app.tenantId);
  const setup = (await storedSetups(sw)).find((s) => s.clientId?.value === app.appId);
  expect(setup?.tenantId?.value).toBe(app.tenantId);
  expect(setup?.spObjectId?.value).toBe(sp?.id);
  const secret = app.passwordCredentials.at(-1)?.secretText;
  expect(secret).toBeTruthy();
  expect(await secretOf(sw, setup?.id ?? '')).toBe(secret);
}

// The Fluent bundles are built once per replica server (this worker's), on first use: seconds on a
// loaded machine. Built here, before any walk, so no walk's first step waits for a build.
test.beforeAll(async ({ replicas }) => {
  test.setTimeout(180_000);
  expect(replicas.directory).toBeDefined();
  await Promise.all([fluentBundle('fluent8'), fluentBundle('fluent9')]);
});

RENDERINGS.forEach((row, i) => {
  for (const walk of walksFor(i)) {
    const where = `${new URL(walk.host).host}, ${walk.lang}${walk.path === 'imap' ? `, ${walk.auth} Authentication` : ''}`;
    test(`${row.name}: ${walk.path.toUpperCase()} path walked by following the extension (${where})`, async ({ context, replicas, serviceWorker }) => {
      // Some thirty clicks, each waiting for the portal and the extension; a Fluent frame's first load builds its bundle.
      test.setTimeout(240_000);
      const name = `ServiceOps ${walk.path} ${row.rendering} ${row.mode} ${walk.host} ${walk.lang}`;
      const page = await context.newPage();
      await page.goto(portal(walk.host, walk.list, { mode: row.mode, rendering: row.rendering, lang: walk.lang, auth: walk.auth }));
      const b = blade(page, row.mode);
      await expect(panel(page)).toBeVisible();
      await expectStep(page, 'Choose how ServiceOps reads the mailbox');
      await panel(page)
        .getByRole('button', { name: walk.path === 'imap' ? /^IMAP/ : /^MAPI/ })
        .click();

      if (row.audit) {
        // Keyboard only, on the first control pointed at.
        await expect(b.locator('[data-soah-target]')).toHaveCount(1, { timeout: 30_000 });
        await expectCardKeyboard(page);
      }
      await follow(page, b, 'Register the app', { name: (el) => el.fill(name) }, row.audit);
      // The IDs step completes by itself on the new app's Overview.
      await expectStep(page, 'Create a client secret');
      await goToStepPage(page);
      const secretStages = await follow(
        page,
        b,
        'Create a client secret',
        {
          add: async (el) => {
            await b.getByRole('textbox', { name: WORDS[walk.lang].description }).fill('ServiceOps mail');
            await el.click();
            // The Value shows once, in the grid: the step is done when it is captured from there.
            await expect(stepHeading(page)).not.toHaveText('Create a client secret', { timeout: 15_000 });
          },
        },
        row.audit,
      );
      expect(secretStages).toEqual(['new-client-secret', 'add']);

      if (walk.path === 'imap') {
        await expectStep(page, 'Allow public client flows');
        await goToStepPage(page);
        const stages = await follow(page, b, 'Allow public client flows', {}, row.audit);
        expect(stages.at(-1)).toBe('save');
        await expectStep(page, 'Add the Microsoft Graph delegated permissions');
        await goToStepPage(page);
        await follow(page, b, 'Add the Microsoft Graph delegated permissions', { 'perm:*': checkPermission }, row.audit);
      } else {
        await expectStep(page, 'Add the Exchange Online application permissions');
        await goToStepPage(page);
        await follow(page, b, 'Add the Exchange Online application permissions', { 'perm:*': checkPermission }, row.audit);
      }
      expect(await follow(page, b, 'Grant admin consent', {}, row.audit)).toEqual(['grant', 'confirm']);
      await goToStepPage(page);
      expect(await follow(page, b, 'Find the Enterprise application Object ID', {}, row.audit)).toEqual(['managed-app']);
      await expectStep(page, 'Register the app in Exchange Online');

      await expectCaptured(serviceWorker, replicas.directory, name);
      const app = replicas.directory.applications.find((a) => a.displayName === name);
      const setup = (await storedSetups(serviceWorker)).find((s) => s.clientId?.value === app?.appId);
      const detected = ['register-app', 'copy-ids', 'create-secret', 'admin-consent', 'enterprise-app-id'].concat(
        walk.path === 'imap' ? ['public-client', 'graph-delegated'] : ['exchange-app-permissions'],
      );
      // Every portal step was seen done on the page, none confirmed by hand.
      for (const step of detected) expect(setup?.progress[step]?.by, step).toBe('detected');
      if (walk.path === 'imap') expect(app?.isFallbackPublicClient).toBe(true);
    });
  }
});
