import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { held, permissionChanges, storageChanges } from '../../utils/background/held';
import { setupHandlers } from '../../utils/background/handlers/setups';
import type { HandlerContext } from '../../utils/background/handlers/types';
import { putSecret } from '../../utils/background/secrets';
import { newSetup } from '../../utils/background/setups';
import { loadSetups, saveSetups } from '../../utils/background/setups-store';
import { activeSetupIdItem, secretsItem, setupsItem } from '../../utils/storage-items';

beforeEach(() => fakeBrowser.reset());

/** A source that counts its reads; `answer` is what the next read gives. */
function counted<T>(first: T) {
  let answer = first;
  const read = vi.fn(async () => answer);
  return { read, set: (next: T) => (answer = next) };
}

describe('a held value', () => {
  it('is read once, then answered from memory', async () => {
    const src = counted({ n: 1 });
    const value = held(src.read, storageChanges('local:thing'));
    expect(await value.get()).toEqual({ n: 1 });
    expect(await value.get()).toEqual({ n: 1 });
    expect(src.read).toHaveBeenCalledTimes(1);
  });

  it('is dropped when its storage key changes, whoever wrote it, and not for other keys', async () => {
    const src = counted('old');
    const value = held(src.read, storageChanges('local:thing'));
    await value.get();
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ thing: 1 });
    expect(await value.get()).toBe('old');
    expect(src.read).toHaveBeenCalledTimes(1);
    src.set('new');
    await fakeBrowser.storage.local.set({ thing: 'new' });
    expect(await value.get()).toBe('new');
    expect(src.read).toHaveBeenCalledTimes(2);
  });

  it("holds the worker's own write without reading it back", async () => {
    const src = counted('stored');
    const value = held(src.read, storageChanges('local:thing'));
    value.put('written');
    expect(await value.get()).toBe('written');
    expect(src.read).not.toHaveBeenCalled();
  });

  it('is not trusted once its listener is gone (a reset browser): the next read goes to the source', async () => {
    const src = counted('before');
    const value = held(src.read, storageChanges('local:thing'));
    await value.get();
    fakeBrowser.reset();
    src.set('after');
    expect(await value.get()).toBe('after');
    // The listener is back: a change is seen again.
    src.set('later');
    await fakeBrowser.storage.local.set({ thing: 'later' });
    expect(await value.get()).toBe('later');
  });

  it('never holds a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('storage unavailable')).mockResolvedValue('fine');
    const value = held(read, storageChanges('local:thing'));
    await expect(value.get()).rejects.toThrow('storage unavailable');
    expect(await value.get()).toBe('fine');
  });

  it('is frozen, so no reader can edit what the others share', async () => {
    const value = held(async () => ({ list: [{ name: 'a' }] }), storageChanges('local:thing'));
    const got = await value.get();
    expect(() => {
      (got.list[0] as { name: string }).name = 'b';
    }).toThrow(TypeError);
    expect(() => got.list.push({ name: 'c' })).toThrow(TypeError);
  });

  it('follows granted and removed permissions, and is never held where the browser cannot say it listens', async () => {
    const listeners: Array<() => void> = [];
    const event = () => ({
      addListener: (l: () => void) => listeners.push(l),
      hasListener: (l: () => void) => listeners.includes(l),
    });
    Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event() });
    const src = counted(['https://a.example']);
    const value = held(src.read, permissionChanges());
    await value.get();
    await value.get();
    expect(src.read).toHaveBeenCalledTimes(1);
    src.set(['https://a.example', 'https://b.example']);
    for (const l of listeners) l();
    expect(await value.get()).toEqual(['https://a.example', 'https://b.example']);

    // A browser whose events cannot answer hasListener: nothing is held.
    const mute = () => ({
      addListener: () => undefined,
      hasListener: () => {
        throw new Error('not implemented');
      },
    });
    Object.assign(fakeBrowser.permissions, { onAdded: mute(), onRemoved: mute() });
    const unsure = counted(['x']);
    const never = held(unsure.read, permissionChanges());
    await never.get();
    await never.get();
    expect(unsure.read).toHaveBeenCalledTimes(2);
  });
});

describe('get-state answers from memory', () => {
  const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => 1_000, newId: () => 'x' };
  const popup: HandlerContext = { deps, sender: { id: 'ext', url: 'chrome-extension://ext/popup.html' }, senderKind: 'extension-page', host: '' };
  const getState = () => setupHandlers['get-state'].handle({ type: 'get-state' }, popup);

  it('reads the setups from storage once, then from memory, and still sees every change; the secret is read each time, never held', async () => {
    fakeBrowser.permissions.getAll = async () => ({ origins: [], permissions: [] });
    await saveSetups({ setups: [newSetup('a', 1, 'A')], activeSetupId: 'a' });
    await putSecret('a', 'abc8Q~first-value-of-forty-characters-xx', { source: 'manual', detail: 'typed', capturedAt: 1 }, 1_000);
    await getState();
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const session = vi.spyOn(fakeBrowser.storage.session, 'get');
    const again = await getState();
    expect(again.ok && again.value.setups.map((s) => s.name)).toEqual(['A']);
    expect(again.ok && again.value.secret?.value).toBe('abc8Q~first-value-of-forty-characters-xx');
    expect(local).not.toHaveBeenCalled();
    // The secret comes from storage.session at every answer: no worker variable keeps it.
    expect(session).toHaveBeenCalled();

    // Written elsewhere (another context, or the browser): the next answer has it.
    await setupsItem.setValue([newSetup('a', 1, 'Renamed'), newSetup('b', 1, 'B')]);
    await activeSetupIdItem.setValue('b');
    await secretsItem.setValue({});
    const changed = await getState();
    expect(changed.ok && changed.value.setups.map((s) => s.name)).toEqual(['Renamed', 'B']);
    expect(changed.ok && changed.value.activeSetupId).toBe('b');
    expect(changed.ok && changed.value.secret?.present).toBe(false);
    expect((await loadSetups()).activeSetupId).toBe('b');
  });
});
