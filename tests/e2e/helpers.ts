/** Small helpers shared by the E2E specs. */
import type { BrowserContext, FrameLocator, Locator, Page, Worker } from '@playwright/test';
import type { Application } from '../replicas/directory';

export const PORTAL = 'https://portal.azure.com';
export const ENTRA = 'https://entra.microsoft.com';
export const SERVICEOPS = 'https://serviceops.test';
export const INCOMING_PATH = '/admin/support-channel/emails/incoming-email-servers';
export const OUTGOING_PATH = '/admin/support-channel/emails/outgoing-email-servers';

export function overviewRoute(appId: string): string {
  return `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${appId}/isMSAApp~/false`;
}

export function appBladeRoute(appId: string, section: 'Overview' | 'Credentials' | 'Authentication' | 'CallAnAPI'): string {
  return `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}/isMSAApp~/false`;
}

export type Hosting = 'top' | 'iframe';

/** The open side pane of a blade: a non-modal context pane in the Knockout portal, a dialog in React blades. */
export function openPortalPane(scope: Page | Locator | FrameLocator): Locator {
  return scope.locator('[role=complementary],[role=dialog]').last();
}

export function portalUrl(hash: string, options: { host?: string; mode?: Hosting; lang?: string; variant?: string } = {}): string {
  const query = new URLSearchParams();
  query.set('replicaMode', options.mode ?? 'top');
  if (options.lang) query.set('replicaLang', options.lang);
  if (options.variant) query.set('replicaVariant', options.variant);
  return `${options.host ?? PORTAL}/?${query.toString()}${hash}`;
}

/** The storage.session record of which portal frames reported, read in the service worker. */
export async function reportedFrames(sw: Worker): Promise<{ tabId: string; frameId: string; host: string; topFrame: boolean; hash: string }[]> {
  return sw.evaluate(async () => {
    const { portalFrames } = await chrome.storage.session.get<{
      portalFrames?: Record<string, Record<string, { host: string; topFrame: boolean; hash: string }>>;
    }>('portalFrames');
    return Object.entries(portalFrames ?? {}).flatMap(([tabId, frames]) => Object.entries(frames).map(([frameId, f]) => ({ tabId, frameId, ...f })));
  });
}

/** Opens the ServiceOps list and its "Add … Email Server" drawer. */
export async function openServiceOpsDrawer(
  context: BrowserContext,
  options: { version: '7.9' | '8.0' | '8.1'; direction?: 'incoming' | 'outgoing'; origin?: string },
): Promise<Page> {
  const direction = options.direction ?? 'incoming';
  const page = await context.newPage();
  await page.goto(`${options.origin ?? SERVICEOPS}${direction === 'incoming' ? INCOMING_PATH : OUTGOING_PATH}?version=${options.version}`);
  await page.getByRole('button', { name: direction === 'incoming' ? 'Add Incoming Email Server' : 'Add Outgoing Email Server' }).click();
  await page.getByRole('dialog', { name: direction === 'incoming' ? 'Add Incoming Email Server' : 'Add Outgoing Email Server' }).waitFor();
  return page;
}

export interface SavedState {
  values: Record<string, string | number | boolean>;
}

export async function lastSave(page: Page): Promise<SavedState | undefined> {
  return page.evaluate(() => (window as unknown as { __serviceOpsLastSave?: SavedState }).__serviceOpsLastSave);
}

export async function saveCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __serviceOpsSaveCount?: number }).__serviceOpsSaveCount ?? 0);
}

export function tenantOf(app: Application): string {
  return app.tenantId;
}
