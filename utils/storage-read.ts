import { storage, type WxtStorageItem } from 'wxt/utils/storage';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any item, whatever its metadata type; values come out typed.
type AnyItem = WxtStorageItem<any, any>;
type ValueOf<I> = I extends WxtStorageItem<infer V, infer _M> ? V : never;

/**
 * Several storage items in one call per storage area. Each separate read is a round trip to the
 * browser process, which queues behind whatever else the browser is doing while a page loads.
 * Unlike `item.getValue()` this neither waits for an item's migrations nor runs its `init`: use
 * it only for items declared without them (storage-items.ts declares none today).
 */
export async function readItems<const I extends readonly AnyItem[]>(...items: I): Promise<{ [K in keyof I]: ValueOf<I[K]> }> {
  const rows = await storage.getItems([...items]);
  return items.map((item, i) => (rows[i]?.key === item.key ? rows[i].value : item.fallback)) as { [K in keyof I]: ValueOf<I[K]> };
}
