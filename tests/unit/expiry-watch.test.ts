import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPIRY_ALARM } from '../../utils/background/expiry';
import { checkSecretExpiry, watchSecretExpiry } from '../../utils/background/expiry-watch';
import { newSetup } from '../../utils/background/setups';
import type { Setup } from '../../utils/schemas';
import { setupsItem } from '../../utils/storage-items';

const DAY = 86_400_000;
const END = Date.parse('2027-03-01T10:00:00Z');

function setup(keyId: string, end: number): Setup {
  return {
    ...newSetup('support', 1, 'Support mailbox'),
    serviceOpsOrigin: 'https://help.contoso.com',
    secretMeta: { keyId, hint: 'abc', expires: new Date(end).toISOString(), provenance: { source: 'graph', detail: 'Microsoft Graph', capturedAt: 1 } },
  };
}

const badge = () => fakeBrowser.action.getBadgeText({});
const notifications = async () => Object.values(await fakeBrowser.notifications.getAll()) as { title: string; message: string }[];

describe('expiry warnings in the background (fake browser, fake clock)', () => {
  let now = END - 40 * DAY;
  beforeEach(() => {
    fakeBrowser.reset();
    now = END - 40 * DAY;
  });

  it('creates the alarm only when it is missing (a restarted worker keeps its schedule)', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    watchSecretExpiry(() => now);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(EXPIRY_ALARM)).toMatchObject({ periodInMinutes: 60 }));
    const scheduled = (await fakeBrowser.alarms.get(EXPIRY_ALARM))?.scheduledTime;
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    watchSecretExpiry(() => now);
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(create).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.alarms.get(EXPIRY_ALARM))?.scheduledTime).toBe(scheduled);
  });

  it('the alarm warns on the day, once: badge and a notification naming the setup and the server', async () => {
    await setupsItem.setValue([setup('k1', END)]);
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    watchSecretExpiry(() => now);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(EXPIRY_ALARM)).toBeDefined());
    expect(await badge()).toBe('');

    now = END - 7 * DAY + 60_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: EXPIRY_ALARM, scheduledTime: now, periodInMinutes: 60 });
    await vi.waitFor(async () => expect(await badge()).toBe('7d'));
    const [shown] = await notifications();
    expect(shown?.title).toBe('Client secret expires in 7 days: Support mailbox');
    expect(shown?.message).toContain('ServiceOps at help.contoso.com');
    const sent = notify.mock.calls.length;
    expect(sent).toBe(1);

    // The next hours' alarms say nothing new.
    now += 3_600_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: EXPIRY_ALARM, scheduledTime: now, periodInMinutes: 60 });
    await checkSecretExpiry(now);
    expect(notify).toHaveBeenCalledTimes(sent);
    expect(await badge()).toBe('7d');
  });

  it('a rotation clears the badge as soon as the setup holds the new secret', async () => {
    now = END - 3 * DAY;
    await setupsItem.setValue([setup('k1', END)]);
    watchSecretExpiry(() => now);
    await vi.waitFor(async () => expect(await badge()).toBe('3d'));
    await setupsItem.setValue([setup('k2', now + 180 * DAY)]);
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    expect(await fakeBrowser.action.getTitle({})).toBe('');
  });

  it("clicking a warning opens the setup's rotation page", async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    watchSecretExpiry(() => now);
    await fakeBrowser.notifications.onClicked.trigger('secret-expiry:support');
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/rotate\.html\?setup=support$/) as string });
  });
});
