/**
 * Typed senders for the contract in messages.ts. Type-only imports keep zod out of the
 * bundles that use this (the portal sensor).
 */
import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseMap } from './messages';

export async function request<T extends RequestType>(message: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  try {
    return (await browser.runtime.sendMessage(message)) as ResponseMap[T];
  } catch (error) {
    // The worker may be restarting, or the extension was updated under an old content script.
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as ResponseMap[T];
  }
}
