/**
 * Filling ServiceOps from the background: pick the tab that shows the form, make sure our
 * script runs there, and hand it the values. The secret goes only to the top frame of a tab
 * whose origin is a granted https ServiceOps origin, and only for a click (popup or inline).
 */
import { browser } from 'wxt/browser';
import { authorizationUrl, SCOPES, tokenUrl } from '../oauth-urls';
import { serviceOpsReplySchemas, type ServiceOpsCommand, type ServiceOpsResponseMap } from '../messages';
import type { FillReport, FillTarget, FillValues, MailProtocol, ServiceOpsProbe, Setup } from '../schemas';
import { settingsItem } from '../storage-items';
import { isGuid } from '../guid';
import { tenantGuidFor } from '../checks/tenant-guid';
import { patternForOrigin, SERVICEOPS_SCRIPT_FILE } from '../serviceops-origins';
import { clearSecret, getSecret } from './secrets';
import { updateSetup } from './setups-store';

/** `resolvedTenant`: the tenant GUID when the admin entered a domain and discovery resolved it. */
export function fillValuesFor(setup: Setup, secret: string | undefined, resolvedTenant?: string): FillValues {
  const tenant = resolvedTenant ?? setup.tenantId?.value ?? setup.tenantDomain ?? '';
  return {
    clientId: setup.clientId?.value ?? '',
    tenantId: tenant,
    clientSecret: secret,
    authorizationUrl: tenant ? authorizationUrl(tenant) : '',
    tokenUrl: tenant ? tokenUrl(tenant) : '',
    scope: SCOPES[setup.path],
  };
}

async function sendCommand<T extends ServiceOpsCommand['type']>(
  tabId: number,
  command: Extract<ServiceOpsCommand, { type: T }>,
): Promise<ServiceOpsResponseMap[T]> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, command, { frameId: 0 });
  // A page's script answers: parse, and treat anything else as no answer.
  const parsed = serviceOpsReplySchemas[command.type].safeParse(reply);
  if (!parsed.success) throw new Error('The ServiceOps tab gave an answer the extension does not understand.');
  return parsed.data as ServiceOpsResponseMap[T];
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

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The open tabs of granted origins whose top frame shows a server form. */
export async function findFormTabs(origins: string[]): Promise<FillTarget[]> {
  if (!origins.length) return [];
  const tabs = await browser.tabs.query({ url: origins.map(patternForOrigin) });
  // Every tab is asked at once: the admin is waiting on the slowest, not on the sum.
  const probed = await Promise.all(
    tabs.map(async (tab): Promise<FillTarget | undefined> => {
      const origin = originOf(tab.url);
      if (tab.id === undefined || !origin || !origin.startsWith('https://') || !origins.includes(origin)) return undefined;
      const result = await probe(tab.id);
      return result?.form ? { tabId: tab.id, origin, title: tab.title ?? origin, form: result.form, formTitle: result.title } : undefined;
    }),
  );
  return probed.filter((t): t is FillTarget => t !== undefined);
}

/** One tab the popup chose: still on a granted https origin and still showing the form. */
export async function formTabById(tabId: number, origins: string[]): Promise<FillTarget | undefined> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const origin = originOf(tab?.url);
  if (!tab || !origin || !origin.startsWith('https://') || !origins.includes(origin)) return undefined;
  const result = await probe(tabId);
  return result?.form ? { tabId, origin, title: tab.title ?? origin, form: result.form, formTitle: result.title } : undefined;
}

async function fillTab(tab: Pick<FillTarget, 'tabId' | 'origin'>, values: FillValues, setup: Setup): Promise<FillReport> {
  // Re-check right before sending the secret: the tab may have navigated since the probe.
  const current = await browser.tabs.get(tab.tabId);
  if (originOf(current.url) !== tab.origin) {
    return { ok: false, fields: [], message: 'The ServiceOps tab navigated away; open the form again and retry.' };
  }
  return sendCommand(tab.tabId, { type: 'serviceops-fill', values, path: setup.path });
}

/** Only an https URL is worth keeping as the Redirect URL the portal must register. */
export function acceptedRedirectUrl(raw: string | undefined): string | undefined {
  if (!raw || raw.length > 500) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers where the setup was filled, the Redirect URL ServiceOps showed (8.1+) and the form's protocol, which its permissions must cover. */
async function rememberServiceOps(
  setupId: string,
  origin: string,
  redirectUrl: string | undefined,
  protocol: MailProtocol | undefined,
  now: number,
): Promise<void> {
  // A setup deleted while the form was filled stays deleted.
  await updateSetup(setupId, (s) => {
    const keepOld = !redirectUrl || s.redirectUrl?.value === redirectUrl;
    return {
      ...s,
      serviceOpsOrigin: origin,
      protocols: protocol && !s.protocols?.includes(protocol) ? [...(s.protocols ?? []), protocol] : s.protocols,
      redirectUrl: keepOld
        ? s.redirectUrl
        : { value: redirectUrl, provenance: { source: 'serviceops', detail: `Shown by ServiceOps at ${origin}`, capturedAt: now } },
      updatedAt: now,
    };
  });
}

/**
 * One fill, whoever asked (popup or inline button): send the values, keep the Redirect URL,
 * and drop the secret after a fill that put it in the form, unless the admin keeps it.
 */
export async function runFill(setup: Setup, target: Pick<FillTarget, 'tabId' | 'origin'>, now: number): Promise<FillReport> {
  // Nothing to put in the form: do not even switch its Authentication type.
  if (!setup.clientId?.value && !setup.tenantId?.value && !setup.tenantDomain) {
    return {
      ok: false,
      fields: [],
      message: 'This setup has no client ID or tenant ID yet: open the app in the Azure portal, or type them in the extension popup.',
    };
  }
  const secret = await getSecret(setup.id, now);
  // ServiceOps' Tenant ID field wants the GUID; a domain the admin typed is resolved when Microsoft
  // answers, and used as typed (the URLs accept it) when it does not.
  const typedTenant = setup.tenantId?.value ?? setup.tenantDomain ?? '';
  const resolved = typedTenant && !isGuid(typedTenant) ? await tenantGuidFor(typedTenant) : undefined;
  const report = await fillTab(target, fillValuesFor(setup, secret?.value, resolved?.ok ? resolved.tenantId : undefined), setup);
  const redirectUrl = acceptedRedirectUrl(report.readBack?.redirectUrl);
  if (report.form) await rememberServiceOps(setup.id, target.origin, redirectUrl, report.ok ? report.protocol : undefined, now);
  const secretInForm = report.fields.some((f) => f.field === 'clientSecret' && (f.outcome === 'filled' || f.outcome === 'already-equal'));
  let secretCleared = false;
  if (report.ok && secret && secretInForm && !(await settingsItem.getValue()).keepSecretAfterFill) {
    await clearSecret(setup.id);
    secretCleared = true;
  }
  return { ...report, readBack: redirectUrl ? { redirectUrl } : undefined, secretCleared };
}
