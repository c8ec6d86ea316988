/**
 * Steps detected from Graph: after the configuration audit, the checklist on the app's Overview
 * counts what Graph reported (public client flows, permissions, consent, the Enterprise
 * application Object ID) without the admin visiting those blades; what Graph shows missing stays open.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONTOSO } from '../replicas/directory';
import { registerSignInApp, setLoginAutoApprove } from '../replicas/identity-seed';
import type { Replicas } from '../replicas/server';
import { checkRegion, popupState, seedApp, setSignInClientId, typeValues } from './checks-helpers';
import { expectStep, openChecklist, panel, portal } from './guidance-helpers';

const PORTAL = 'https://portal.azure.com';

interface Fixtures {
  context: BrowserContext;
  openPopup: () => Promise<Page>;
  replicas: Replicas;
  serviceWorker: Worker;
  extensionId: string;
}

async function auditThenOverview(
  { context, openPopup, replicas, serviceWorker, extensionId }: Fixtures,
  seed: { publicClient: boolean },
): Promise<{ page: Page; spId: string }> {
  const signInAppId = registerSignInApp(replicas.directory, { redirectUri: `https://${extensionId}.chromiumapp.org/` });
  setLoginAutoApprove(replicas.directory, true);
  await setSignInClientId(serviceWorker, signInAppId);
  const seeded = seedApp(replicas.directory, { path: 'imap', publicClient: seed.publicClient });
  const popup = await openPopup();
  await typeValues(popup, { clientId: seeded.app.appId, tenantId: CONTOSO.id, secret: seeded.secretText });
  const opened = context.waitForEvent('page', (p) => p.url().includes('/signin.html'));
  await checkRegion(popup, 'Configuration audit').getByRole('button', { name: 'Sign in and audit the configuration' }).click();
  const audit = await opened;
  await expect(audit.getByRole('button', { name: 'Sign in and audit again' })).toBeVisible({ timeout: 30_000 });
  // The background files Graph's findings on the setup: the Object ID comes from Graph.
  await expect
    .poll(async () => {
      const state = (await popupState(popup)) as { activeSetupId?: string; setups: { id: string; spObjectId?: { value: string } }[] } | undefined;
      return state?.setups.find((s) => s.id === state.activeSetupId)?.spObjectId?.value;
    })
    .toBe(seeded.sp.id);

  const page = await context.newPage();
  await page.goto(
    portal(PORTAL, `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${seeded.app.appId}/isMSAApp~/false`, { mode: 'top' }),
  );
  await expectStep(page, 'Choose how ServiceOps reads the mailbox');
  await panel(page).getByRole('button', { name: /^IMAP/ }).click();
  return { page, spId: seeded.sp.id };
}

test('a fully configured app: every portal step is done from Graph, the PowerShell step has its Object ID', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(90_000);
  const { page, spId } = await auditThenOverview({ context, openPopup, replicas, serviceWorker, extensionId }, { publicClient: true });
  await expectStep(page, 'Register the app in Exchange Online');
  const checklist = await openChecklist(page);
  await expect(checklist).toContainText(`-ObjectId ${spId}`);
});

test('Graph shows "Allow public client flows" off: the checklist stops there', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  test.setTimeout(90_000);
  const { page } = await auditThenOverview({ context, openPopup, replicas, serviceWorker, extensionId }, { publicClient: false });
  await expectStep(page, 'Allow public client flows');
});
