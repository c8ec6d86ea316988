/**
 * Typed senders for the contract in messages.ts. Type-only imports keep zod out of the
 * bundles that use this (the portal sensor), so the reply is checked by hand: it must be a
 * Result, whatever answered (an old worker, another listener, nothing at all).
 */
import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseMap, Result } from './messages';

/** A reply that is not a Result (e.g. no listener answered) becomes a failure, never a cast. */
export function asResult(reply: unknown): Result<unknown> {
  if (reply && typeof reply === 'object' && 'ok' in reply) {
    if (reply.ok === true && 'value' in reply) return { ok: true, value: reply.value };
    if (reply.ok === false && 'error' in reply && typeof reply.error === 'string') return { ok: false, error: reply.error };
  }
  return { ok: false, error: 'The extension did not answer. Reload the page and try again.' };
}

export async function request<T extends RequestType>(message: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  let result: Result<unknown>;
  try {
    result = asResult(await browser.runtime.sendMessage(message));
  } catch (error) {
    // The worker may be restarting, or the extension was updated under an old content script.
    result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  // The value's shape is the background's, which answers with the contract's types (router.ts).
  // Without the assertion TypeScript gives up on the contract's union (TS2590), and the lint rule
  // then reads the assertion as needless.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: see above
  return result as ResponseMap[T];
}
