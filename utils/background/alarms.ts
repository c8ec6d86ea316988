import { browser } from 'wxt/browser';

/**
 * Starts a repeating alarm unless it already runs with this period. Creating it again at every
 * worker start would move its next run a full period out each time, so a worker woken more often
 * than that (any portal navigation wakes it) would never see it fire.
 */
export async function ensureAlarm(name: string, periodInMinutes: number, delayInMinutes = periodInMinutes): Promise<void> {
  const running = await browser.alarms.get(name);
  if (running?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(name, { delayInMinutes, periodInMinutes });
}
