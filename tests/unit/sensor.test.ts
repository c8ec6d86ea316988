import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_GAP_MS, startSensor } from '../../utils/sensor/sensor';
import type { Reader } from '../../utils/sensor/reader';
import type { Fact } from '../../utils/schemas';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OVERVIEW = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`;

function overviewReader(read = vi.fn((): Fact[] => [])): Reader & { read: typeof read } {
  return { name: 'test', wants: (ctx) => ctx.route?.section === 'Overview', read };
}

const flushFrames = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('startSensor', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    history.replaceState(null, '', '#');
  });

  it('reports the route and sleeps where no reader wants the blade', async () => {
    history.replaceState(null, '', '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview2');
    const sent: Fact[] = [];
    const reader = overviewReader();
    stop = startSensor({ window, isTopFrame: true, readers: [reader], send: (f) => sent.push(f) });
    document.body.append(document.createElement('div'));
    await flushFrames();
    expect(sent).toEqual([{ kind: 'route', host: location.host, hash: location.hash, topFrame: true }]);
    expect(reader.read).not.toHaveBeenCalled();
  });

  it('wakes up on hashchange, reads at once, then batches mutations: one read per burst, at most every MIN_GAP_MS', async () => {
    const reader = overviewReader();
    stop = startSensor({ window, isTopFrame: true, readers: [reader], send: () => undefined });
    location.hash = OVERVIEW;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flushFrames();
    const reads = reader.read.mock.calls.length;
    expect(reads).toBeGreaterThan(0);
    // Three bursts well inside the gap: one read for all of them, after the gap.
    for (let burst = 0; burst < 3; burst++) {
      for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
      await new Promise((r) => setTimeout(r, 20));
    }
    await flushFrames();
    expect(reader.read.mock.calls.length).toBe(reads);
    await new Promise((r) => setTimeout(r, MIN_GAP_MS));
    await flushFrames();
    expect(reader.read.mock.calls.length).toBe(reads + 1);
  });

  it('a new blade is read at once, even while a read of the previous one waits for the gap', async () => {
    const reader = overviewReader();
    stop = startSensor({ window, isTopFrame: true, readers: [reader], send: () => undefined });
    location.hash = OVERVIEW;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await flushFrames();
    document.body.append(document.createElement('span'));
    await new Promise((r) => setTimeout(r, 20));
    const before = reader.read.mock.calls.length;
    location.hash = `${OVERVIEW}/other`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((r) => setTimeout(r, 50));
    await flushFrames();
    expect(reader.read.mock.calls.length).toBe(before + 1);
  });

  it('follows replaceState navigations reported by the Navigation API (framed blades)', async () => {
    const navigation = new EventTarget();
    const win = Object.assign(Object.create(window) as Window, { navigation });
    Object.defineProperty(win, 'location', { get: () => window.location });
    Object.defineProperty(win, 'document', { get: () => window.document });
    const reader = overviewReader();
    const sent: Fact[] = [];
    stop = startSensor({ window: win, isTopFrame: false, readers: [reader], send: (f) => sent.push(f) });
    history.replaceState(null, '', OVERVIEW);
    navigation.dispatchEvent(new Event('currententrychange'));
    await flushFrames();
    expect(sent.filter((f) => f.kind === 'route').map((f) => (f.kind === 'route' ? f.hash : ''))).toContain(OVERVIEW);
    expect(reader.read).toHaveBeenCalled();
  });

  it('does not send the same fact twice', async () => {
    history.replaceState(null, '', OVERVIEW);
    const fact: Fact = { kind: 'app-essentials', clientId: APP, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
    const sent: Fact[] = [];
    stop = startSensor({ window, isTopFrame: true, readers: [overviewReader(vi.fn(() => [fact]))], send: (f) => sent.push(f) });
    await flushFrames();
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, MIN_GAP_MS + 20));
    await flushFrames();
    expect(sent.filter((f) => f.kind === 'app-essentials')).toHaveLength(1);
  });
});
