/**
 * Secret expiry, never a surprise: which setups' client secrets are close to their end, which
 * warnings are due (30, 7 and 1 days before, and on the day it expired), and what the toolbar
 * badge shows. Pure over the setups, what was already warned about and an injected clock; the
 * background wires it to an alarm, the badge and notifications (./expiry-watch.ts).
 */
import { t, uiLanguage } from '../i18n/t';
import type { Setup } from '../schemas';
import { setupLabel } from '../setup-name';

export const EXPIRY_ALARM = 'secret-expiry-check';
/** Days before the end at which the admin is warned; 0 is the day it expired. */
export const WARNING_DAYS = [30, 7, 1, 0] as const;
export type WarningDay = (typeof WARNING_DAYS)[number];

const DAY = 86_400_000;

/** Which secret a warning was for, as far as it is known (a later audit may add the key ID or the exact time). */
export interface SecretIdentity {
  keyId?: string;
  hint?: string;
  expiresAt: number;
}

/** Per setup: which secret the warnings were for, and the thresholds already warned about. */
export type ExpiryWarnings = Record<string, SecretIdentity & { days: WarningDay[] }>;

export interface SecretExpiry extends SecretIdentity {
  setupId: string;
  setupName: string;
  /** The ServiceOps server the setup was filled into, if it was. */
  serviceOpsOrigin?: string;
}

/** When a secret ends: Graph's end time, or the portal's date (that day, read as UTC midnight: never later than the portal meant). */
export function parseExpiry(expires: string | undefined): number | undefined {
  const text = expires?.trim();
  if (!text) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : at;
}

/** The setup's secret and its end, when known. */
export function secretExpiry(setup: Setup): SecretExpiry | undefined {
  const meta = setup.secretMeta;
  const expiresAt = parseExpiry(meta?.expires);
  if (!meta || expiresAt === undefined) return undefined;
  return {
    setupId: setup.id,
    setupName: setupLabel(setup.name),
    serviceOpsOrigin: setup.serviceOpsOrigin,
    expiresAt,
    keyId: meta.keyId?.toLowerCase(),
    hint: meta.hint,
  };
}

/**
 * Whether two sightings are the same secret: by key ID when both have one; else by hint and an end
 * within two days (the portal shows a local date, Graph the exact UTC time). A rotation's new secret
 * ends months later, so it starts the warnings afresh.
 */
export function sameSecret(a: SecretIdentity, b: SecretIdentity): boolean {
  if (a.keyId && b.keyId) return a.keyId === b.keyId;
  if (a.hint && b.hint && a.hint !== b.hint) return false;
  return Math.abs(a.expiresAt - b.expiresAt) <= 2 * DAY;
}

/** Whole days left, rounded up (0 once it has expired). */
export function daysLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / DAY));
}

/** The thresholds the secret has reached by now, most distant first. */
export function reachedThresholds(expiresAt: number, now: number): WarningDay[] {
  return WARNING_DAYS.filter((d) => expiresAt - now <= d * DAY);
}

export interface ExpiryNotice {
  setupId: string;
  /** The most urgent threshold reached (a secret first seen 5 days before its end gets the 7-day warning only). */
  threshold: WarningDay;
  title: string;
  message: string;
}

export interface Badge {
  text: string;
  /** error: expired or a week or less left; warning: within 30 days. */
  level: 'warning' | 'error';
  /** What the badge stands for, for the toolbar button's tooltip. */
  title: string;
}

export interface ExpiryPlan {
  notices: ExpiryNotice[];
  badge: Badge | null;
  /** The bookkeeping to store: only setups whose secret's end is known. */
  warnings: ExpiryWarnings;
}

function hostOf(origin: string | undefined): string | undefined {
  if (!origin) return undefined;
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/** A day as the admin's browser writes it (e.g. "March 1, 2027", "1. März 2027"). */
export function formatDay(at: number): string {
  return new Date(at).toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The warning's words: which setup, when, and which ServiceOps server stops reading mail. */
export function noticeText(expiry: SecretExpiry, now: number): { title: string; message: string } {
  const left = daysLeft(expiry.expiresAt, now);
  const host = hostOf(expiry.serviceOpsOrigin);
  const words = { setup: expiry.setupName, date: formatDay(expiry.expiresAt), server: host ? t('expiry_serverAt', { host }) : t('expiry_serverUnknown') };
  if (expiry.expiresAt <= now) return { title: t('expiry_noticeTitleExpired', { setup: expiry.setupName }), message: t('expiry_noticeMessageExpired', words) };
  return {
    title: left === 1 ? t('expiry_noticeTitleOneDay', { setup: expiry.setupName }) : t('expiry_noticeTitleDays', { days: left, setup: expiry.setupName }),
    message: t('expiry_noticeMessage', words),
  };
}

/**
 * What is due now: a notice per setup that reached a threshold it was not yet warned about (one,
 * the most urgent, when several were reached at once), the badge for the soonest secret within
 * 30 days, and the bookkeeping to store. A new secret (rotation) is warned about afresh.
 */
export function planExpiryWarnings(setups: readonly Setup[], warned: ExpiryWarnings, now: number): ExpiryPlan {
  const notices: ExpiryNotice[] = [];
  const warnings: ExpiryWarnings = {};
  let soonest: SecretExpiry | undefined;
  for (const setup of setups) {
    const expiry = secretExpiry(setup);
    if (!expiry) continue;
    const reached = reachedThresholds(expiry.expiresAt, now);
    const last = warned[setup.id];
    const before = last && sameSecret(last, expiry) ? last.days : [];
    const due = reached.filter((d) => !before.includes(d));
    warnings[setup.id] = {
      keyId: expiry.keyId,
      hint: expiry.hint,
      expiresAt: expiry.expiresAt,
      days: [...new Set([...before, ...reached])].sort((a, b) => b - a),
    };
    const threshold = due.at(-1);
    if (threshold !== undefined) notices.push({ setupId: setup.id, threshold, ...noticeText(expiry, now) });
    if (reached.length && (!soonest || expiry.expiresAt < soonest.expiresAt)) soonest = expiry;
  }
  return { notices, badge: soonest ? badgeFor(soonest, now) : null, warnings };
}

function badgeFor(expiry: SecretExpiry, now: number): Badge {
  const left = daysLeft(expiry.expiresAt, now);
  const expired = expiry.expiresAt <= now;
  return {
    text: expired ? '!' : `${left}d`,
    level: expired || left <= 7 ? 'error' : 'warning',
    title: noticeText(expiry, now).title,
  };
}
