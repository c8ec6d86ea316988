/**
 * Helpers for the "Set it up for me" specs (graph-*.spec.ts): an empty tenant with only the
 * extension's sign-in app, who signs in, and what the Graph replica holds afterwards.
 */
import { request as httpsRequest } from 'node:https';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import { CONTOSO, type Application, type Directory, type ServicePrincipal } from '../replicas/directory';
import { graphRequestLog, resetGraphSwitches } from '../replicas/graph/switches';
import { registerSignInApp, resetLoginState, setLoginAutoApprove, setLoginUser, SIGN_IN_READ_SCOPES, type SeededUserKind } from '../replicas/identity-seed';
import type { Replicas } from '../replicas/server';
import { setSignInClientId } from './checks-helpers';

export interface EmptyTenant {
  signInAppId: string;
  /** The apps in the tenant other than the sign-in app. */
  apps(): Application[];
  /** The service principals of those apps. */
  servicePrincipals(): ServicePrincipal[];
  /** Graph writes (method and path, ids replaced by {id}) the tenant received since it was emptied. */
  writes(): string[];
}

/**
 * Contoso with nothing in it but Microsoft's resources and the extension's sign-in app: the
 * sign-in app is consented for reading only (the write scopes come by incremental consent when a
 * creation starts, or are consented tenant-wide with `consentWrite`). `user` signs in (default
 * the Global Administrator); the login replica approves without a page.
 */
export async function emptyTenant(
  replicas: Replicas,
  serviceWorker: Worker,
  extensionId: string,
  options: { user?: SeededUserKind; consentWrite?: boolean } = {},
): Promise<EmptyTenant> {
  const d: Directory = replicas.directory;
  const tenantId = CONTOSO.id;
  const resourceSps = new Set(['00000003-0000-0000-c000-000000000000', '00000002-0000-0ff1-ce00-000000000000']);
  const gone = new Set(d.servicePrincipals.filter((sp) => sp.tenantId === tenantId && !resourceSps.has(sp.appId)).map((sp) => sp.id));
  d.applications = d.applications.filter((a) => a.tenantId !== tenantId);
  d.servicePrincipals = d.servicePrincipals.filter((sp) => !gone.has(sp.id));
  d.grants = d.grants.filter((g) => !gone.has(g.clientId));
  d.appRoleAssignments = d.appRoleAssignments.filter((a) => !gone.has(a.principalId));
  resetGraphSwitches(d);
  resetLoginState(d);
  const logStart = graphRequestLog(d).length;

  const signInAppId = registerSignInApp(d, {
    redirectUri: `https://${extensionId}.chromiumapp.org/`,
    consentedScopes: options.consentWrite ? undefined : SIGN_IN_READ_SCOPES,
  });
  setLoginAutoApprove(d, true);
  setLoginUser(d, options.user);
  await setSignInClientId(serviceWorker, signInAppId);

  const apps = () => d.applications.filter((a) => a.tenantId === tenantId && a.appId !== signInAppId);
  return {
    signInAppId,
    apps,
    servicePrincipals: () => {
      const ids = new Set(apps().map((a) => a.appId));
      return d.servicePrincipals.filter((sp) => sp.tenantId === tenantId && ids.has(sp.appId));
    },
    writes: () =>
      graphRequestLog(d)
        .slice(logStart)
        .filter((e) => e.tenantId === tenantId && e.method !== 'GET')
        .map((e) => `${e.method} ${e.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '{id}').replace(/\?.*$/, '')}`),
  };
}

/** The popup's (or side panel's) "Set it up for me" section. */
export function createRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Set it up for me', exact: true });
}

/**
 * The Redirect URL a ServiceOps 8.1 drawer shows once OAuth is chosen, as the admin would copy it
 * (the drawer must be open).
 */
export async function serviceOpsRedirectUrl(so: Page): Promise<string> {
  const dialog = so.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Authentication type' }).click();
  await so.getByRole('option', { name: 'OAuth', exact: true }).click();
  const field = dialog.getByRole('textbox', { name: 'Redirect URL' });
  await expect(field).toHaveValue(/^https:\/\/serviceops\.test\/api\/oauth\/callback\//);
  return field.inputValue();
}

export interface CreationChoice {
  path: 'imap' | 'mapi';
  /** Protocols to tick (the path's own is ticked already). */
  protocols?: ('IMAP' | 'POP3' | 'MAPI / EWS' | 'SMTP (outgoing)')[];
  redirect?: string;
  name?: string;
  lifetimeDays?: number;
  allowShorter?: boolean;
}

/** Chooses the plan in the popup, clicks "Create app registration" and returns the sign-in tab it opens. */
export async function startCreation(context: BrowserContext, popup: Page, choice: CreationChoice): Promise<Page> {
  const region = createRegion(popup);
  await region
    .getByRole('radio', { name: choice.path === 'imap' ? 'Delegated (a user signs in to the mailbox)' : 'Application (Exchange Online, no user)' })
    .check();
  const own = choice.path === 'imap' ? 'IMAP' : 'MAPI / EWS';
  const wanted = new Set([own, ...(choice.protocols ?? [])]);
  for (const name of ['IMAP', 'POP3', 'MAPI / EWS', 'SMTP (outgoing)'] as const) {
    const box = region.getByRole('checkbox', { name, exact: true });
    if (wanted.has(name)) await box.check();
    else await box.uncheck();
  }
  if (choice.name) await region.getByRole('textbox', { name: 'App name' }).fill(choice.name);
  if (choice.redirect !== undefined) await region.getByRole('textbox', { name: 'ServiceOps Redirect URL' }).fill(choice.redirect);
  if (choice.lifetimeDays !== undefined) await region.getByRole('spinbutton', { name: 'Secret lifetime (days)' }).fill(String(choice.lifetimeDays));
  const shorter = region.getByRole('checkbox', { name: /Accept a shorter lifetime/ });
  if (choice.allowShorter) await shorter.check();
  else await shorter.uncheck();
  return createAgain(context, popup);
}

/** Clicks "Create app registration" with the plan as it stands; returns the sign-in tab. */
export async function createAgain(context: BrowserContext, popup: Page): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('/signin.html?create='));
  await createRegion(popup).getByRole('button', { name: 'Create app registration' }).click();
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

/** Waits until the sign-in tab reports the creation done. */
export async function waitForCreation(page: Page, name: string): Promise<void> {
  await expect(page.getByText(`Done: the app registration "${name}" exists`)).toBeVisible({ timeout: 60_000 });
}

/** The creation's step list on a page (popup or sign-in tab): "<step>: <state>" per item. */
export function creationSteps(page: Page): Locator {
  return page.getByRole('list', { name: 'Creation steps' }).getByRole('listitem');
}

/**
 * A client-credentials token request as ServiceOps' server makes it (no Origin header), with the
 * values ServiceOps saved; answers the login replica's JSON.
 */
export function serverTokenRequest(replicas: Replicas, tenantId: string, clientId: string, secret: string, scope: string): Promise<Record<string, unknown>> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, scope }).toString();
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: replicas.port,
        servername: 'login.microsoftonline.com',
        path: `/${tenantId}/oauth2/v2.0/token`,
        method: 'POST',
        rejectUnauthorized: false,
        headers: { host: 'login.microsoftonline.com', 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
