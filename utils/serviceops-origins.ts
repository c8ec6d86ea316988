/**
 * ServiceOps origins are exactly the optional https host permissions the admin granted: the
 * permission set is the single source of truth, so a revoked permission can never leave a
 * stale origin behind.
 */
import { browser } from 'wxt/browser';
import { MICROSOFT_ORIGINS, isPortalHost } from './portal-hosts';

export const SERVICEOPS_SCRIPT_ID = 'serviceops';
export const SERVICEOPS_SCRIPT_FILE = '/content-scripts/serviceops.js';

/** `https://host/*` → `https://host`; anything that is not one https origin → undefined. */
export function originFromPattern(pattern: string): string | undefined {
  const match = /^https:\/\/([^/*]+)\/\*$/.exec(pattern);
  if (!match?.[1]) return undefined;
  const origin = `https://${match[1]}`;
  if (MICROSOFT_ORIGINS.includes(origin) || isPortalHost(match[1])) return undefined;
  return origin;
}

export function patternForOrigin(origin: string): string {
  return `${origin}/*`;
}

export function serviceOpsOriginsFrom(grantedPatterns: readonly string[]): string[] {
  return [...new Set(grantedPatterns.map(originFromPattern).filter((o): o is string => Boolean(o)))].sort();
}

export async function grantedServiceOpsOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return serviceOpsOriginsFrom(all.origins ?? []);
}

/** (Re)register the ServiceOps content script for the granted origins only. */
export async function syncServiceOpsScript(): Promise<string[]> {
  const origins = await grantedServiceOpsOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SERVICEOPS_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SERVICEOPS_SCRIPT_ID] });
  if (origins.length) {
    await browser.scripting.registerContentScripts([
      {
        id: SERVICEOPS_SCRIPT_ID,
        matches: origins.map(patternForOrigin),
        js: [SERVICEOPS_SCRIPT_FILE],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    await injectIntoOpenTabs(origins);
  }
  return origins;
}

/** Tabs opened before their origin was granted get the script now (the inline button shows without a reload). */
async function injectIntoOpenTabs(origins: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: origins.map(patternForOrigin) }).catch(() => []);
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined
        ? []
        : // The script guards against running twice; a tab that cannot be scripted (discarded, error page) is skipped.
          [browser.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [SERVICEOPS_SCRIPT_FILE] }).catch(() => undefined)],
    ),
  );
}

/** One row of the options page's ServiceOps list: where the address came from and whether access is granted. */
export interface OriginRow {
  origin: string;
  granted: boolean;
  /** Preset by the organization's policy (managed storage): shown locked, not removable here. */
  managed: boolean;
  /** The admin added it here (remembered so a revoked permission can be noticed). */
  added: boolean;
  /**
   * 'active': granted, the fill works there; 'revoked': added here but access was taken away
   * (Chrome's site settings); 'needs-grant': preset by policy, the admin has not granted it yet.
   */
  status: 'active' | 'revoked' | 'needs-grant';
}

export function originRows(granted: readonly string[], added: readonly string[], managed: readonly string[]): OriginRow[] {
  const all = [...new Set([...managed, ...added, ...granted])].sort();
  return all.map((origin) => {
    const isGranted = granted.includes(origin);
    const isManaged = managed.includes(origin);
    const isAdded = added.includes(origin);
    const status: OriginRow['status'] = isGranted ? 'active' : isAdded ? 'revoked' : 'needs-grant';
    return { origin, granted: isGranted, managed: isManaged, added: isAdded, status };
  });
}

/** The policy's URL list, as origins; entries that are not https web addresses are reported, not used. */
export function parseManagedUrls(raw: unknown, toOrigin: (s: string) => string | undefined): { origins: string[]; rejected: string[] } {
  const list = Array.isArray(raw) ? raw : [];
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const entry of list) {
    const origin = typeof entry === 'string' ? toOrigin(entry) : undefined;
    if (origin && !originFromPattern(patternForOrigin(origin))) rejected.push(String(entry));
    else if (origin) origins.push(origin);
    else rejected.push(String(entry));
  }
  return { origins: [...new Set(origins)], rejected };
}
