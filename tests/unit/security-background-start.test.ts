/**
 * SECURITY.md, "Where each value lives": what the background sets up each time its worker starts.
 * Chrome stops an idle worker after ~30 s and starts a fresh one on the next event, so these run
 * the entrypoint's start-up twice, as a restart does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { IDLE_ALARM, putSecret } from '../../utils/background/secrets';
import { secretsItem, settingsItem } from '../../utils/storage-items';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
let setAccessLevel: ReturnType<typeof vi.fn>;

/** What a worker start calls beyond the fake browser's in-memory APIs answers as an empty browser. */
function stubBrowser(): void {
  setAccessLevel = vi.fn(async () => undefined);
  Object.assign(fakeBrowser.storage.session, { setAccessLevel });
  const event = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn() });
  Object.assign(fakeBrowser.permissions, { getAll: async () => ({ origins: [], permissions: [] }), onAdded: event(), onRemoved: event() });
  Object.assign(fakeBrowser.scripting, { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => undefined });
}

/** One worker start, and the promises it leaves running. */
async function startWorker(): Promise<void> {
  void background.main();
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T0);
  stubBrowser();
  return () => vi.useRealTimers();
});

describe('every worker start', () => {
  it('keeps the running idle sweep: a restart does not move its next run', async () => {
    await startWorker();
    const first = await fakeBrowser.alarms.get(IDLE_ALARM);
    expect(first?.periodInMinutes).toBe(1);
    // Portal navigations wake a fresh worker every few seconds; each start must leave the alarm alone.
    for (let i = 1; i <= 3; i++) {
      vi.setSystemTime(T0 + i * 20_000);
      await startWorker();
      expect((await fakeBrowser.alarms.get(IDLE_ALARM))?.scheduledTime, `restart ${i}`).toBe(first?.scheduledTime);
    }
  });

  it('drops an idle secret when the sweep alarm fires, with no page asking', async () => {
    await startWorker();
    await settingsItem.setValue({ secretIdleMinutes: 1, keepSecretAfterFill: false });
    await putSecret('s1', 'abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa', { source: 'manual', detail: 'typed', capturedAt: T0 }, T0);
    vi.setSystemTime(T0 + 2 * 60_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'another-alarm', scheduledTime: Date.now() });
    expect(Object.keys(await secretsItem.getValue())).toEqual(['s1']);
    await fakeBrowser.alarms.onAlarm.trigger({ name: IDLE_ALARM, scheduledTime: Date.now(), periodInMinutes: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(await secretsItem.getValue()).toEqual({});
  });

  it('closes storage.session to content scripts (the call is made, with TRUSTED_CONTEXTS)', async () => {
    await startWorker();
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    await startWorker();
    expect(setAccessLevel).toHaveBeenCalledTimes(2);
  });
});
