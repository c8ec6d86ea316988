/** Pages that refresh when the secrets change watch a counter, never the values (the side panel). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearSecret, putSecret } from '../../utils/background/secrets';
import { secretsChangesItem } from '../../utils/storage-items';

const manual = { source: 'manual' as const, detail: '', capturedAt: 1 };

describe('secretsChangesItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('changes with every change of the held secrets and carries no value', async () => {
    const seen: unknown[] = [];
    const stop = secretsChangesItem.watch((value) => seen.push(value));
    await putSecret('s', 'abc8Q~top-secret', manual, 1);
    const afterPut = await secretsChangesItem.getValue();
    await clearSecret('s');
    const afterClear = await secretsChangesItem.getValue();
    await clearSecret('s');
    stop();
    expect(afterPut).toBeGreaterThan(0);
    expect(afterClear).toBeGreaterThan(afterPut);
    // Nothing changed the last time: no signal.
    expect(await secretsChangesItem.getValue()).toBe(afterClear);
    expect(seen.length).toBeGreaterThan(0);
    expect(JSON.stringify(seen)).not.toContain('top-secret');
  });
});
