/** Seeding and popup helpers for the live-check specs (checks-*.spec.ts). */
import type { Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import type { Application, Directory, PasswordCredential, ServicePrincipal } from '../replicas/directory';
import { requiredPermissions } from '../../utils/checks/required-permissions';

const DAY = 86_400_000;

/** The parts of the extension API the specs call inside pages and the worker (typed here: tsconfig has no chrome types). */
export interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; id: string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  declarativeNetRequest: {
    updateSessionRules(options: { removeRuleIds?: number[]; addRules?: unknown[] }): Promise<void>;
    getSessionRules(): Promise<{ id: number }[]>;
  };
}
export type WithChrome = { chrome: ChromeApi };

export interface SeededApp {
  app: Application;
  secretText: string;
  keyId: string;
  credential: PasswordCredential;
  sp: ServicePrincipal;
}

/**
 * An app configured exactly as the guidance asks for `path` (permissions from the guidance
 * data), with the knobs the failure cases need.
 */
export function seedApp(
  directory: Directory,
  options: {
    path: 'imap' | 'mapi';
    publicClient?: boolean;
    consent?: boolean;
    permissions?: boolean;
    secretExpiresInDays?: number;
    tenantId?: string;
    displayName?: string;
  },
): SeededApp {
  const app = directory.createApplication({ displayName: options.displayName ?? `ServiceOps ${options.path.toUpperCase()}`, tenantId: options.tenantId });
  app.isFallbackPublicClient = options.publicClient ?? true;
  if (options.permissions ?? true) {
    for (const p of requiredPermissions(options.path)) {
      if (!p.id) throw new Error(`no id for ${p.value}`);
      directory.addPermission(app, p.resourceAppId, p.id, p.type);
    }
  }
  const days = options.secretExpiresInDays ?? 180;
  const now = Date.now();
  const credential = directory.addPassword(app, {
    displayName: 'ServiceOps',
    startDateTime: new Date(now - 200 * DAY).toISOString(),
    endDateTime: new Date(now + days * DAY).toISOString(),
  });
  if (options.consent ?? true) directory.grantAdminConsent(app);
  const sp = directory.findServicePrincipal(app.appId, app.tenantId);
  if (!sp) throw new Error('service principal missing');
  return { app, secretText: credential.secretText, keyId: credential.keyId, credential, sp };
}

interface PopupState {
  activeSetupId?: string;
  secret?: { length?: number };
  setups: { id: string; path: string; clientId?: { value: string }; tenantId?: { value: string } }[];
}

export async function popupState(popup: Page): Promise<PopupState | undefined> {
  return popup.evaluate(async () => {
    const r = (await (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'get-state' })) as { ok: boolean; value?: PopupState };
    return r.ok ? r.value : undefined;
  });
}

/** Types the three values into the popup and waits until the background has stored them. */
export async function typeValues(popup: Page, values: { clientId: string; tenantId: string; secret: string }, path: 'imap' | 'mapi' = 'imap'): Promise<string> {
  await popup.getByRole('textbox', { name: 'Application (client) ID' }).fill(values.clientId);
  await popup.getByRole('textbox', { name: 'Directory (tenant) ID' }).fill(values.tenantId);
  await popup.getByLabel('Client secret', { exact: true }).fill(values.secret);
  // A Secret ID is refused by the secret store (the popup keeps it in its field): then only the setup is awaited.
  const storable = !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(values.secret);
  if (storable) await expect.poll(async () => (await popupState(popup))?.secret?.length).toBe(values.secret.length);
  else await expect.poll(async () => (await popupState(popup))?.activeSetupId).toBeTruthy();
  // The IDs too: the checks read what the background stored, and typing is saved a moment later.
  const stored = async () => {
    const st = await popupState(popup);
    const active = st?.setups.find((x) => x.id === st.activeSetupId);
    return `${active?.clientId?.value ?? ''} ${active?.tenantId?.value.toLowerCase() ?? ''}`;
  };
  await expect.poll(stored).toBe(`${values.clientId} ${values.tenantId.toLowerCase()}`);
  const state = await popupState(popup);
  const setupId = state?.activeSetupId;
  if (!setupId) throw new Error('no active setup');
  if (path !== 'imap') {
    await popup.evaluate(
      async ([id, p]) => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ type: 'update-setup', setupId: id, patch: { path: p } }),
      [setupId, path] as const,
    );
    await expect.poll(async () => (await popupState(popup))?.setups.find((s) => s.id === setupId)?.path).toBe(path);
  }
  return setupId;
}

export function checkRegion(popup: Page, name: 'Tenant exists' | 'Secret works' | 'Configuration audit') {
  return popup.getByRole('region', { name, exact: true });
}

export async function runCheck(popup: Page, name: 'Tenant exists' | 'Secret works'): Promise<string> {
  const region = checkRegion(popup, name);
  await region.getByRole('button', { name: name === 'Tenant exists' ? 'Check the tenant' : 'Check the secret with a token request' }).click();
  await expect(region.locator('.check-progress')).toHaveCount(0, { timeout: 20_000 });
  await expect(region.locator('.check')).toHaveCount(1);
  return region.innerText();
}

/** Sets the sign-in app's client ID as the options page would (storage.local settings). */
export async function setSignInClientId(sw: Worker, clientId: string | undefined): Promise<void> {
  await sw.evaluate(async (id) => {
    const { settings } = (await (globalThis as unknown as WithChrome).chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
    await (globalThis as unknown as WithChrome).chrome.storage.local.set({
      settings: { secretIdleMinutes: 30, keepSecretAfterFill: false, ...settings, signInClientId: id },
    });
  }, clientId);
}

/** Simulates being offline for Microsoft's hosts: a session rule blocks every request to them. */
export async function blockMicrosoft(sw: Worker, on: boolean): Promise<void> {
  await sw.evaluate(async (block) => {
    const id = 4242;
    await (globalThis as unknown as WithChrome).chrome.declarativeNetRequest.updateSessionRules({
      removeRuleIds: [id],
      addRules: block
        ? [{ id, priority: 10, action: { type: 'block' }, condition: { requestDomains: ['login.microsoftonline.com', 'graph.microsoft.com'] } }]
        : [],
    });
  }, on);
}
