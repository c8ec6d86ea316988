/**
 * The expiry warnings, wired: an alarm (created only when missing, so a worker restart does not
 * push it back) and every change of the setups run the check; due warnings become notifications,
 * the soonest secret within 30 days the toolbar badge. What was warned about is kept in
 * storage.local, so a warning is given once per secret and threshold, across restarts.
 */
import { browser } from 'wxt/browser';
import { expiryWarningsItem, setupsItem } from '../storage-items';
import { ensureAlarm } from './alarms';
import { createLock } from './lock';
import { stableJson } from './guidance/tab-records';
import { EXPIRY_ALARM, planExpiryWarnings, type Badge, type ExpiryPlan } from './expiry';

/** How often the alarm checks: often enough for the 1-day warning to come on its day. */
const CHECK_EVERY_MINUTES = 60;
const NOTIFICATION_PREFIX = 'secret-expiry:';
const BADGE_COLORS: Record<Badge['level'], string> = { warning: '#9a5b00', error: '#b3261e' };

const checkLock = createLock();

/** One check: notify what is due, set the badge, store what was warned about. Answers the plan (tests, E2E). */
export function checkSecretExpiry(now: number): Promise<ExpiryPlan> {
  // Serialised: the alarm and a setups change at once must not both notify.
  return checkLock(async () => {
    const [setups, warned] = await Promise.all([setupsItem.getValue(), expiryWarningsItem.getValue()]);
    const plan = planExpiryWarnings(setups, warned, now);
    // Most setups changes (a checklist step) leave the warnings as they were: no write then.
    if (stableJson(plan.warnings) !== stableJson(warned)) await expiryWarningsItem.setValue(plan.warnings);
    await Promise.all([showBadge(plan.badge), ...plan.notices.map((n) => notify(`${NOTIFICATION_PREFIX}${n.setupId}`, n.title, n.message))]);
    return plan;
  });
}

/** The badge last shown by this worker: most setups changes leave it as it is, so nothing is sent then. */
let shownBadge: string | undefined;

async function showBadge(badge: Badge | null): Promise<void> {
  const key = JSON.stringify(badge);
  if (key === shownBadge) return;
  shownBadge = key;
  try {
    await browser.action.setBadgeText({ text: badge?.text ?? '' });
    if (badge) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLORS[badge.level] });
    // An empty title restores the manifest's.
    await browser.action.setTitle({ title: badge?.title ?? '' });
  } catch {
    // No toolbar button (a test harness): the notification and the popup still tell.
    shownBadge = undefined;
  }
}

async function notify(id: string, title: string, message: string): Promise<void> {
  try {
    await browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message, priority: 2 });
  } catch {
    // Notifications turned off for the browser: the badge and the popup still tell.
  }
}

/** The rotation page for the setup whose warning was clicked. */
function openRotation(notificationId: string): void {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const setupId = notificationId.slice(NOTIFICATION_PREFIX.length);
  void browser.tabs.create({ url: browser.runtime.getURL(`/rotate.html?setup=${encodeURIComponent(setupId)}`) });
  void browser.notifications.clear(notificationId);
}

export function watchSecretExpiry(now: () => number = () => Date.now()): void {
  void ensureAlarm(EXPIRY_ALARM, CHECK_EVERY_MINUTES, 1);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPIRY_ALARM) void checkSecretExpiry(now());
  });
  // A captured, created or rotated secret shows (or clears) its warning at once.
  setupsItem.watch(() => void checkSecretExpiry(now()));
  browser.notifications.onClicked.addListener(openRotation);
  void checkSecretExpiry(now());
}
