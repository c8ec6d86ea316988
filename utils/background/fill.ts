/**
 * Filling ServiceOps from the background: pick the tab that shows the form, make sure our
 * script runs there, and hand it the values. The secret goes only to a tab whose top frame
 * is a granted https ServiceOps origin.
 */
import { browser } from 'wxt/browser';
import { authorizationUrl, SCOPES, tokenUrl } from '../oauth-urls';
import type { FillReport, FillValues, ServiceOpsCommand, ServiceOpsProbe, ServiceOpsResponseMap } from '../messages';
import type { Setup } from '../schemas';
import { patternForOrigin, SERVICEOPS_SCRIPT_FILE } from './serviceops-origins';

export function fillValuesFor(setup: Setup, secret: string | undefined): FillValues {
  const tenant = setup.tenantId?.value ?? setup.tenantDomain ?? '';
  return {
    clientId: setup.clientId?.value ?? '',
    tenantId: tenant,
    clientSecret: secret,
    authorizationUrl: tenant ? authorizationUrl(tenant) : '',
    tokenUrl: tenant ? tokenUrl(tenant) : '',
    scope: SCOPES[setup.path],
  };
}

async function sendCommand<T extends ServiceOpsCommand['type']>(tabId: number, command: Extract<ServiceOpsCommand, { type: T }>): Promise<ServiceOpsResponseMap[T]> {
  return (await browser.tabs.sendMessage(tabId, command, { frameId: 0 })) as ServiceOpsResponseMap[T];
}

/** Probe a tab, injecting the script first when it was opened before the origin was granted. */
async function probe(tabId: number): Promise<ServiceOpsProbe | undefined> {
  try {
    return await sendCommand(tabId, { type: 'serviceops-probe' });
  } catch {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SERVICEOPS_SCRIPT_FILE] });
      return await sendCommand(tabId, { type: 'serviceops-probe' });
    } catch {
      return undefined;
    }
  }
}

export interface FormTab {
  tabId: number;
  origin: string;
  title: string;
  form?: string;
}

export async function findFormTabs(origins: string[]): Promise<FormTab[]> {
  if (!origins.length) return [];
  const tabs = await browser.tabs.query({ url: origins.map(patternForOrigin) });
  const found: FormTab[] = [];
  for (const tab of tabs) {
    if (tab.id === undefined || !tab.url) continue;
    const origin = new URL(tab.url).origin;
    if (!origins.includes(origin)) continue;
    const result = await probe(tab.id);
    if (result?.form) found.push({ tabId: tab.id, origin, title: tab.title ?? origin, form: result.form });
  }
  return found;
}

export async function fillTab(tab: FormTab, values: FillValues, setup: Setup): Promise<FillReport> {
  // Re-check right before sending the secret: the tab may have navigated since the probe.
  const current = await browser.tabs.get(tab.tabId);
  if (!current.url || new URL(current.url).origin !== tab.origin) {
    return { ok: false, fields: [], message: 'The ServiceOps tab navigated away; open the form again and retry.' };
  }
  return sendCommand(tab.tabId, { type: 'serviceops-fill', values, path: setup.path });
}
