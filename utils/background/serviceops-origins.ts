/**
 * ServiceOps origins are exactly the optional https host permissions the admin granted: the
 * permission set is the single source of truth, so a revoked permission can never leave a
 * stale origin behind.
 */
import { browser } from 'wxt/browser';
import { MICROSOFT_ORIGINS, isPortalHost } from '../portal-hosts';

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
  }
  return origins;
}
