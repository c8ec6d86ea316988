/**
 * How background request handlers are declared: one table entry per request type of the
 * contract (utils/messages.ts), each saying which senders may use it. TypeScript makes the
 * table complete, so a new request type cannot be forgotten.
 */
import type { Request, RequestType, ResponseMap, Result } from '../../messages';
import type { SenderKind, SenderLike } from '../sender';

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  now: () => number;
  newId: () => string;
}

export interface HandlerContext {
  deps: RouterDeps;
  sender: SenderLike;
  senderKind: SenderKind;
  /** Host of the sending frame ('' for extension pages without a URL). */
  host: string;
}

export interface HandlerDef<K extends RequestType> {
  from: readonly SenderKind[];
  handle(request: Extract<Request, { type: K }>, ctx: HandlerContext): Promise<ResponseMap[K]>;
}

export type HandlerTable = { [K in RequestType]: HandlerDef<K> };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });
