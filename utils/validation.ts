/**
 * Format checks for what the admin captured or typed, with one specific message per problem.
 * Values are never rewritten behind the admin's back: checks read a cleaned copy and say what
 * cleaning would change.
 */
import { cleanGuid, cleanPasted } from './clean-input';
import { isGuid } from './guid';

export type Level = 'ok' | 'warning' | 'error';
export interface Check {
  level: Level;
  message: string;
  /** The value to use after cleaning, when cleaning fixed it. */
  cleaned?: string;
}

const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function cleanedNote(removed: string[]): string {
  return removed.length ? ` (ignoring ${removed.join(', ')})` : '';
}

export function checkClientId(raw: string): Check {
  if (!raw.trim()) return { level: 'error', message: 'Required: the Application (client) ID from the app\'s Overview.' };
  const { value, removed } = cleanGuid(raw);
  if (!isGuid(value)) {
    if (/^https?:\/\//i.test(value)) return { level: 'error', message: 'This is a web address; the Application (client) ID is a GUID like 00000000-0000-0000-0000-000000000000.' };
    return { level: 'error', message: `Not a GUID: the Application (client) ID has 32 hexadecimal digits in groups 8-4-4-4-12 (this has ${value.replace(/[^0-9a-f]/gi, '').length}).` };
  }
  return { level: removed.length ? 'warning' : 'ok', message: removed.length ? `Looks right${cleanedNote(removed)}.` : 'Looks right.', cleaned: value };
}

export function checkTenantId(raw: string, clientId?: string): Check {
  if (!raw.trim()) return { level: 'error', message: 'Required: the Directory (tenant) ID from the app\'s Overview.' };
  const { value, removed } = cleanGuid(raw);
  if (isGuid(value)) {
    if (clientId && value === cleanGuid(clientId).value) return { level: 'error', message: 'This is the client ID again. The Directory (tenant) ID is the other GUID in the Overview\'s Essentials.' };
    return { level: removed.length ? 'warning' : 'ok', message: `Looks right${cleanedNote(removed)}.`, cleaned: value };
  }
  if (DOMAIN.test(value)) return { level: 'warning', message: `A domain: it will be resolved to the tenant GUID where ServiceOps needs one${cleanedNote(removed)}.`, cleaned: value };
  return { level: 'error', message: 'Not a tenant ID: use the Directory (tenant) GUID, or a verified domain such as contoso.onmicrosoft.com.' };
}

export function checkSecret(raw: string, knownSecretIds: readonly string[] = []): Check {
  if (!raw) return { level: 'error', message: 'Required: the client secret Value, shown once right after you add the secret.' };
  const { value, removed } = cleanPasted(raw);
  if (isGuid(value) || isGuid(cleanGuid(value).value)) {
    const known = knownSecretIds.includes(cleanGuid(value).value);
    return { level: 'error', message: `${known ? 'This is the Secret ID' : 'This looks like a Secret ID (a GUID)'}, not the secret. Copy the Value column instead.` };
  }
  if (/^[A-Za-z0-9]{3}\*+$/.test(value) || /\*{6,}/.test(value)) return { level: 'error', message: 'This is the masked value the portal shows after you leave the page. It cannot be recovered: add a new client secret and copy its Value right away.' };
  if (/\s/.test(value)) return { level: 'error', message: 'A client secret contains no spaces or line breaks inside; check that you copied only the Value.' };
  if (value.length < 16 || value.length > 64) return { level: 'warning', message: `Unusual length (${value.length} characters): client secret values are 16–64 characters, current ones 40.` };
  if (value.length === 40 && /^[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{34}$/.test(value)) return { level: removed.length ? 'warning' : 'ok', message: `Looks like a client secret value${cleanedNote(removed)}.`, cleaned: value };
  return { level: 'warning', message: `Does not have the usual shape of a current secret value (40 characters with "Q~"); older secrets differ${cleanedNote(removed)}.`, cleaned: value };
}
