/**
 * Filling ServiceOps from the background: pick the tab that shows the form, make sure our
 * script runs there, and hand it the values. The secret goes only to the top frame of a tab
 * whose origin is a granted https ServiceOps origin, and only for a click (popup or inline).
 * The values go to the very document whose origin was checked (its documentId, in Chrome), and
 * the command names that origin, so a tab that navigated in between gets nothing.
 */
import { browser } from 'wxt/browser';
import { authorizationUrl, SCOPES, tokenUrl } from '../oauth-urls';
import { serviceOpsReplySchemas, type ServiceOpsCommand, type ServiceOpsResponseMap } from '../messages';
import type { FillReport, FillTarget, FillValues, MailProtocol, ServiceOpsProbe, Setup } from '../schemas';
import { settingsItem } from '../storage-items';
import { isGuid } from '../guid';
import { tenantGuidFor } from '../checks/tenant-guid';
import { patternForOrigin, SERVICEOPS_SCRIPT_FILE } from '../serviceops-origins';
import { bindTo, boundOrigins } from '../fill/binding';
import { clearSecret, getSecret } from './secrets';
import { updateSetup } from './setups-store';
import { acceptedRedirectUrl } from '../redirect-url';
import { t } from '../i18n/t';

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

/** A tab's top document: its documentId where the browser has one (Chrome 106+), else frame 0 (Firefox). */
export interface TopDocument {
  tabId: number;
  origin: string;
  documentId?: string;
}

export async function sendCommand<T extends ServiceOpsCommand['type']>(
  tabId: number,
  command: Extract<ServiceOpsCommand, { type: T }>,
  documentId?: string,
): Promise<ServiceOpsResponseMap[T]> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, command, documentId ? { documentId } : { frameId: 0 });
  // A page's script answers: parse, and treat anything else as no answer.
  const parsed = serviceOpsReplySchemas[command.type].safeParse(reply);
  if (!parsed.success) throw new Error(t('fill_badAnswer'));
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

/**
 * The tab's top document right now, as our own function running in it sees it: its origin and,
 * in Chrome, its documentId. Undefined when it is not `origin` any more (or cannot be reached).
 */
export async function checkedTopDocument(tabId: number, origin: string): Promise<TopDocument | undefined> {
  const [result] = await browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, func: () => location.origin })
    .catch((): { result?: unknown; documentId?: string }[] => []);
  if (!result || result.result !== origin) return undefined;
  return typeof result.documentId === 'string' ? { tabId, origin, documentId: result.documentId } : { tabId, origin };
}

async function fillTab(target: TopDocument, values: FillValues, setup: Setup): Promise<FillReport> {
  // A document the sender named (the inline button's) is addressed as is; otherwise the tab's top
  // document is checked right before sending the secret: it may have navigated since the probe.
  const doc = target.documentId ? target : await checkedTopDocument(target.tabId, target.origin);
  if (!doc) return { ok: false, fields: [], message: t('fill_navigated') };
  try {
    return await sendCommand(doc.tabId, { type: 'serviceops-fill', values, path: setup.path, origin: doc.origin }, doc.documentId);
  } catch {
    // The addressed document is gone (navigated or closed), or answered something we do not understand.
    return { ok: false, fields: [], message: t('fill_navigated') };
  }
}

export { acceptedRedirectUrl };

/**
 * Remembers where the setup was filled, the Redirect URL ServiceOps showed (8.1+) and the form's
 * protocol, which its permissions must cover. The first fill binds the setup to that origin; a fill
 * elsewhere the admin confirmed adds it only when asked to (`bind`).
 */
async function rememberServiceOps(
  setupId: string,
  origin: string,
  redirectUrl: string | undefined,
  protocol: MailProtocol | undefined,
  now: number,
  bind: boolean,
): Promise<void> {
  // A setup deleted while the form was filled stays deleted.
  await updateSetup(setupId, (current) => {
    const s = bind || boundOrigins(current).length === 0 ? bindTo(current, origin) : current;
    const keepOld = !redirectUrl || s.redirectUrl?.value === redirectUrl;
    return {
      ...s,
      serviceOpsOrigin: origin,
      protocols: protocol && !s.protocols?.includes(protocol) ? [...(s.protocols ?? []), protocol] : s.protocols,
      redirectUrl: keepOld
        ? s.redirectUrl
        : { value: redirectUrl, provenance: { source: 'serviceops', detail: t('bg_shownByServiceOps', { origin }), capturedAt: now } },
      updatedAt: now,
    };
  });
}

/**
 * One fill, whoever asked (popup, inline button or the confirmation page): send the values, keep
 * the Redirect URL, and drop the secret after every fill that put it in the form, whatever else
 * failed, unless the admin keeps it. Whether this setup may go to this origin is the caller's check.
 */
export async function runFill(setup: Setup, target: TopDocument, now: number, options: { bind?: boolean } = {}): Promise<FillReport> {
  // Nothing to put in the form: do not even switch its Authentication type.
  if (!setup.clientId?.value && !setup.tenantId?.value && !setup.tenantDomain) {
    return { ok: false, fields: [], message: t('fill_noIds') };
  }
  const secret = await getSecret(setup.id, now);
  // ServiceOps' Tenant ID field wants the GUID; a domain the admin typed is resolved when Microsoft
  // answers, and used as typed (the URLs accept it) when it does not.
  const typedTenant = setup.tenantId?.value ?? setup.tenantDomain ?? '';
  const resolved = typedTenant && !isGuid(typedTenant) ? await tenantGuidFor(typedTenant) : undefined;
  const report = await fillTab(target, fillValuesFor(setup, secret?.value, resolved?.ok ? resolved.tenantId : undefined), setup);
  const redirectUrl = acceptedRedirectUrl(report.readBack?.redirectUrl);
  if (report.form) await rememberServiceOps(setup.id, target.origin, redirectUrl, report.ok ? report.protocol : undefined, now, options.bind ?? false);
  const secretInForm = report.fields.some((f) => f.field === 'clientSecret' && (f.outcome === 'filled' || f.outcome === 'already-equal'));
  let secretCleared = false;
  // Once in the form it is the page's to keep or lose, even when another field failed: the extension lets go.
  if (secret && secretInForm && !(await settingsItem.getValue()).keepSecretAfterFill) {
    await clearSecret(setup.id);
    secretCleared = true;
  }
  return { ...report, readBack: redirectUrl ? { redirectUrl } : undefined, secretCleared };
}
