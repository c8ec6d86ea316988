/**
 * Format checks for what the admin captured or typed, with one specific message per problem.
 * Values are never rewritten behind the admin's back: checks read a cleaned copy and say what
 * cleaning would change.
 */
import { cleanGuid, cleanPasted } from './clean-input';
import { findGuid, isGuid } from './guid';

export type Level = 'ok' | 'warning' | 'error';
export interface Check {
  level: Level;
  message: string;
  /** The value to use after cleaning, when cleaning fixed it. */
  cleaned?: string;
}

/** First-party app IDs that show up in the API permissions blade and get copied by mistake. */
const MICROSOFT_APPS: Record<string, string> = {
  '00000003-0000-0000-c000-000000000000': 'Microsoft Graph',
  '00000002-0000-0ff1-ce00-000000000000': 'Office 365 Exchange Online',
};

/** Authorities that are not a tenant: fine for sign-in pages, wrong for ServiceOps' app-only tokens. */
const NOT_A_TENANT = ['common', 'organizations', 'consumers'];

const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function cleanedNote(removed: string[]): string {
  return removed.length ? ` (ignoring ${removed.join(', ')})` : '';
}

export function checkClientId(raw: string): Check {
  if (!raw.trim()) return { level: 'error', message: "Required: the Application (client) ID from the app's Overview." };
  const { value, removed } = cleanGuid(raw);
  if (!isGuid(value)) {
    if (/^https?:\/\//i.test(value))
      return { level: 'error', message: 'This is a web address; the Application (client) ID is a GUID like 00000000-0000-0000-0000-000000000000.' };
    return {
      level: 'error',
      message: `Not a GUID: the Application (client) ID has 32 hexadecimal digits in groups 8-4-4-4-12 (this has ${value.replace(/[^0-9a-f]/gi, '').length}).`,
    };
  }
  const microsoft = MICROSOFT_APPS[value];
  if (microsoft)
    return {
      level: 'error',
      message: `This is the ID of Microsoft's own "${microsoft}" API, not of your app. Copy the Application (client) ID from your app's Overview.`,
    };
  return { level: removed.length ? 'warning' : 'ok', message: removed.length ? `Looks right${cleanedNote(removed)}.` : 'Looks right.', cleaned: value };
}

export function checkTenantId(raw: string, clientId?: string): Check {
  if (!raw.trim()) return { level: 'error', message: "Required: the Directory (tenant) ID from the app's Overview." };
  const { value, removed } = cleanGuid(raw);
  if (NOT_A_TENANT.includes(value))
    return {
      level: 'error',
      message: `"${value}" is not a tenant: ServiceOps needs your own Directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com.`,
    };
  if (/^https?:\/\//i.test(value)) {
    const inUrl = tenantInUrl(value);
    return inUrl
      ? { level: 'error', message: `This is a web address; use only the tenant part of it: ${inUrl}` }
      : { level: 'error', message: "This is a web address; the Directory (tenant) ID is a GUID from the app's Overview." };
  }
  if (isGuid(value)) {
    if (clientId && value === cleanGuid(clientId).value)
      return { level: 'error', message: "This is the client ID again. The Directory (tenant) ID is the other GUID in the Overview's Essentials." };
    return { level: removed.length ? 'warning' : 'ok', message: `Looks right${cleanedNote(removed)}.`, cleaned: value };
  }
  if (DOMAIN.test(value))
    return { level: 'warning', message: `A domain: it will be resolved to the tenant GUID where ServiceOps needs one${cleanedNote(removed)}.`, cleaned: value };
  return { level: 'error', message: 'Not a tenant ID: use the Directory (tenant) GUID, or a verified domain such as contoso.onmicrosoft.com.' };
}

function tenantInUrl(url: string): string | undefined {
  try {
    const first = new URL(url).pathname.split('/').filter(Boolean)[0] ?? '';
    return isGuid(first) || DOMAIN.test(first) ? first.toLowerCase() : findGuid(url);
  } catch {
    return findGuid(url);
  }
}

export function checkSecret(raw: string, knownSecretIds: readonly string[] = []): Check {
  if (!raw) return { level: 'error', message: 'Required: the client secret Value, shown once right after you add the secret.' };
  const { value, removed } = cleanPasted(raw);
  if (isGuid(value) || isGuid(cleanGuid(value).value)) {
    const known = knownSecretIds.includes(cleanGuid(value).value);
    return {
      level: 'error',
      message: `${known ? 'This is the Secret ID' : 'This looks like a Secret ID (a GUID)'}, not the secret. Copy the Value column instead.`,
    };
  }
  if (/^[A-Za-z0-9]{3}\*+$/.test(value) || /\*{6,}/.test(value))
    return {
      level: 'error',
      message:
        'This is the masked value the portal shows after you leave the page. It cannot be recovered: add a new client secret and copy its Value right away.',
    };
  if (/\s/.test(value)) return { level: 'error', message: 'A client secret contains no spaces or line breaks inside; check that you copied only the Value.' };
  if (/^[A-Za-z0-9]{3}\dQ~/.test(value) && value.length !== 40)
    return {
      level: 'warning',
      cleaned: value,
      message: `This has the shape of a current secret value but ${value.length} characters instead of 40: it was ${value.length < 40 ? 'cut off' : 'pasted with something extra'}. Copy the whole Value again with its copy button.`,
    };
  if (value.length < 16 || value.length > 64)
    return { level: 'warning', message: `Unusual length (${value.length} characters): client secret values are 16–64 characters, current ones 40.` };
  if (value.length === 40 && /^[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{34}$/.test(value))
    return { level: removed.length ? 'warning' : 'ok', message: `Looks like a client secret value${cleanedNote(removed)}.`, cleaned: value };
  return {
    level: 'warning',
    message: `Does not have the usual shape of a current secret value (40 characters with "Q~"); older secrets differ${cleanedNote(removed)}.`,
    cleaned: value,
  };
}

const DAY = 86_400_000;
/** Secrets closer than this to their end are flagged: ServiceOps stops reading mail the day they expire. */
const EXPIRY_WARNING_DAYS = 30;

export function formatDate(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The secret's expiry as captured from the portal or read from Graph (ISO date or date-time). */
export function checkExpiry(expires: string | undefined, now: number): Check {
  if (!expires?.trim())
    return { level: 'warning', message: 'Expiry not known: note the date shown in "Expires" when you create the secret, and plan its renewal.' };
  const at = Date.parse(expires.trim());
  if (Number.isNaN(at)) return { level: 'warning', message: `Could not read the expiry date "${expires.trim()}".` };
  const days = Math.floor((at - now) / DAY);
  if (at <= now) return { level: 'error', message: `The secret expired on ${formatDate(at)}. Add a new client secret and copy its Value.` };
  if (days < EXPIRY_WARNING_DAYS)
    return {
      level: 'warning',
      message: `The secret expires on ${formatDate(at)}, in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}: ServiceOps stops reading mail then. Add a new secret soon.`,
    };
  return { level: 'ok', message: `Valid until ${formatDate(at)}.` };
}
