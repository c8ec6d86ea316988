/**
 * Values the worker keeps in memory between requests. The popup's first question (get-state) and
 * every checklist sync read the setups, the settings and the granted origins; each read is a round
 * trip to the browser process, which queues behind the page that is loading (the popup waited 2–8 ms
 * for an answer that memory gives in well under one). The client secret is never held here: it is
 * read from storage.session each time, so no variable of the worker keeps it after the work is done
 * (SECURITY.md).
 *
 * A held value is read once, replaced by the worker's own writes (`put`), and dropped whenever its
 * source reports a change, whoever made it, so the next read goes back to the source. It is
 * trusted only while its change listener is registered: without one (a browser whose event cannot
 * say, a test that reset the browser) every read goes to the source. Held values are frozen:
 * every reader shares them, so a change must make a new value, never edit the held one.
 */
import { browser } from 'wxt/browser';

/** Where a value comes from, as far as its changes go. */
export interface ChangeSource {
  /** Whether the listener registered by `watch` is still registered. */
  watching(): boolean;
  watch(forget: () => void): void;
}

export interface Held<T> {
  get(): Promise<T>;
  /** The worker wrote `value` to the source: hold it (the change event that follows drops it again, harmlessly). */
  put(value: T): void;
}

function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) freeze(child);
  }
  return value;
}

export function held<T>(read: () => Promise<T>, source: ChangeSource): Held<T> {
  let value: Promise<T> | undefined;
  const forget = () => {
    value = undefined;
  };
  /** Registers the listener when it is missing; whatever was held without one is not trusted. */
  const listen = () => {
    if (source.watching()) return;
    value = undefined;
    source.watch(forget);
  };
  return {
    get() {
      listen();
      if (value) return value;
      const reading = read().then(freeze);
      value = reading;
      // A failed read is not held: the next caller tries again.
      reading.catch(() => {
        if (value === reading) value = undefined;
      });
      return reading;
    },
    put(next) {
      listen();
      value = Promise.resolve(freeze(next));
    },
  };
}

interface BrowserEvent<L> {
  addListener(listener: L): void;
  hasListener(listener: L): boolean;
}

/** A listener on `events`; `watching` is false when any of them lost it, or cannot say. */
function eventSource<L>(events: () => BrowserEvent<L>[], listenerFor: (forget: () => void) => L): ChangeSource {
  let listener: L | undefined;
  return {
    watching() {
      if (!listener) return false;
      const registered = listener;
      try {
        return events().every((e) => e.hasListener(registered));
      } catch {
        return false;
      }
    },
    watch(forget) {
      const fresh = listenerFor(forget);
      try {
        for (const e of events()) e.addListener(fresh);
        listener = fresh;
      } catch {
        listener = undefined;
      }
    },
  };
}

/** Storage items by their WXT keys (`local:setups`): a change to any of them, from any context, drops the value. */
export function storageChanges(...keys: string[]): ChangeSource {
  const watched = keys.map((key) => {
    const [area = '', ...name] = key.split(':');
    return { area, name: name.join(':') };
  });
  return eventSource(
    () => [browser.storage.onChanged],
    (forget) => (changes: Record<string, unknown>, area: string) => {
      if (watched.some((w) => w.area === area && w.name in changes)) forget();
    },
  );
}

/** Host permissions granted or removed (the options page's "Add", the browser's extension settings). */
export function permissionChanges(): ChangeSource {
  return eventSource(
    () => [browser.permissions.onAdded, browser.permissions.onRemoved],
    (forget) => () => forget(),
  );
}
