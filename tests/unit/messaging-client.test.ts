import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asResult, request } from '../../utils/messaging-client';

describe('replies from the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('passes a Result through', () => {
    expect(asResult({ ok: true, value: { a: 1 } })).toEqual({ ok: true, value: { a: 1 } });
    expect(asResult({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(asResult({ ok: false, error: 'No.' })).toEqual({ ok: false, error: 'No.' });
  });

  it('turns anything else into a failure instead of trusting it', () => {
    for (const reply of [undefined, null, 'ok', { ok: 'yes', value: 1 }, { ok: true }, { ok: false }, { ok: false, error: 3 }]) {
      expect(asResult(reply)).toMatchObject({ ok: false, error: expect.stringMatching(/did not answer/) });
    }
  });

  it('reports a failed send as a failure', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    expect(await request({ type: 'get-state' })).toEqual({ ok: false, error: 'Receiving end does not exist.' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce(undefined);
    expect(await request({ type: 'get-state' })).toMatchObject({ ok: false });
  });
});
