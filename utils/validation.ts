/**
 * Format checks for what the admin captured or typed, with one specific message per problem.
 * Values are never rewritten behind the admin's back: checks read a cleaned copy and say what
 * cleaning would change.
 */
import { cleanGuid, cleanPasted } from './clean-input';
import { findGuid, isGuid } from './guid';
import { t } from './i18n/t';

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
  return removed.length ? t('values_ignoring', { removed: removed.join(', ') }) : '';
}

export function checkClientId(raw: string): Check {
  if (!raw.trim()) return { level: 'error', message: t('values_clientRequired') };
  const { value, removed } = cleanGuid(raw);
  if (!isGuid(value)) {
    if (/^https?:\/\//i.test(value)) return { level: 'error', message: t('values_clientIsUrl') };
    return { level: 'error', message: t('values_clientNotGuid', { count: value.replace(/[^0-9a-f]/gi, '').length }) };
  }
  const microsoft = MICROSOFT_APPS[value];
  if (microsoft) return { level: 'error', message: t('values_clientIsMicrosoft', { api: microsoft }) };
  return { level: removed.length ? 'warning' : 'ok', message: t('values_looksRight', { ignoring: cleanedNote(removed) }), cleaned: value };
}

export function checkTenantId(raw: string, clientId?: string): Check {
  if (!raw.trim()) return { level: 'error', message: t('values_tenantRequired') };
  const { value, removed } = cleanGuid(raw);
  if (NOT_A_TENANT.includes(value)) return { level: 'error', message: t('values_tenantNotTenant', { value }) };
  if (/^https?:\/\//i.test(value)) {
    const inUrl = tenantInUrl(value);
    return inUrl ? { level: 'error', message: t('values_tenantUrlPart', { tenant: inUrl }) } : { level: 'error', message: t('values_tenantIsUrl') };
  }
  if (isGuid(value)) {
    if (clientId && value === cleanGuid(clientId).value) return { level: 'error', message: t('values_tenantIsClient') };
    return { level: removed.length ? 'warning' : 'ok', message: t('values_looksRight', { ignoring: cleanedNote(removed) }), cleaned: value };
  }
  if (DOMAIN.test(value)) return { level: 'warning', message: t('values_tenantDomain', { ignoring: cleanedNote(removed) }), cleaned: value };
  return { level: 'error', message: t('values_tenantInvalid') };
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
  if (!raw) return { level: 'error', message: t('values_secretRequired') };
  const { value, removed } = cleanPasted(raw);
  if (isGuid(value) || isGuid(cleanGuid(value).value)) {
    const known = knownSecretIds.includes(cleanGuid(value).value);
    return { level: 'error', message: known ? t('values_secretIsKnownId') : t('values_secretLooksLikeId') };
  }
  if (/^[A-Za-z0-9]{3}\*+$/.test(value) || /\*{6,}/.test(value)) return { level: 'error', message: t('values_secretMasked') };
  if (/\s/.test(value)) return { level: 'error', message: t('values_secretSpaces') };
  if (/^[A-Za-z0-9]{3}\dQ~/.test(value) && value.length !== 40)
    return {
      level: 'warning',
      cleaned: value,
      message: value.length < 40 ? t('values_secretCutOff', { length: value.length }) : t('values_secretExtra', { length: value.length }),
    };
  if (value.length < 16 || value.length > 64) return { level: 'warning', message: t('values_secretLength', { length: value.length }) };
  if (value.length === 40 && /^[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{34}$/.test(value))
    return { level: removed.length ? 'warning' : 'ok', message: t('values_secretLooksRight', { ignoring: cleanedNote(removed) }), cleaned: value };
  return {
    level: 'warning',
    message: t('values_secretUnusual', { ignoring: cleanedNote(removed) }),
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
  if (!expires?.trim()) return { level: 'warning', message: t('values_expiryUnknown') };
  const at = Date.parse(expires.trim());
  if (Number.isNaN(at)) return { level: 'warning', message: t('values_expiryUnreadable', { text: expires.trim() }) };
  const days = Math.floor((at - now) / DAY);
  const date = formatDate(at);
  if (at <= now) return { level: 'error', message: t('values_expired', { date }) };
  if (days < EXPIRY_WARNING_DAYS)
    return {
      level: 'warning',
      message: days === 0 ? t('values_expiresToday', { date }) : days === 1 ? t('values_expiresOneDay', { date }) : t('values_expiresDays', { date, days }),
    };
  return { level: 'ok', message: t('values_validUntil', { date }) };
}
