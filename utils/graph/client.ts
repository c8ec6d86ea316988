/**
 * A small Microsoft Graph client for the background: bearer token, JSON answers parsed with zod
 * where they cross into the extension, throttling (429 / 503 with Retry-After) honoured, and an
 * optional backoff for objects that are not visible yet right after they were created (Graph's
 * directory is eventually consistent: a new application can answer 404 for a few seconds).
 *
 * The token stays in this closure: it is never part of an error, a log line or a return value,
 * and it is only ever sent to the Graph origin (a paging link elsewhere is refused).
 * fetch, sleep and now are injected so that unit tests run against a fake Graph and a fake clock.
 */
import { z } from 'zod';

export const GRAPH_ORIGIN = 'https://graph.microsoft.com';

/** Graph's error body: `{ error: { code, message } }`. */
const graphErrorBodySchema = z.object({
  error: z.object({ code: z.string().max(200).optional(), message: z.string().max(2000).optional() }).loose(),
});

export type GraphErrorKind = 'http' | 'network' | 'invalid-response' | 'aborted';

/** A Graph call that did not succeed: the HTTP status (0 without an answer), Graph's error code and message. */
export class GraphError extends Error {
  constructor(
    readonly kind: GraphErrorKind,
    readonly status: number,
    readonly code: string,
    message: string,
    readonly method: string,
    /** The request path (never the token, never a body). */
    readonly path: string,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

export interface GraphClientDeps {
  /** The signed-in admin's access token, or how to get the current one. */
  token: string | (() => string | Promise<string>);
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** Graph's base URL (the tests and the replica use their own); default https://graph.microsoft.com/v1.0 */
  baseUrl?: string;
  signal?: AbortSignal;
  /** How many throttled answers (429 / 503) one call waits out before it gives up. */
  maxThrottleRetries?: number;
  /** The longest wait a Retry-After may impose; longer ones are reported as an error instead. */
  maxRetryAfterMs?: number;
}

export interface RequestOptions {
  /**
   * The object was just created (by this run or an interrupted one): a 404 means "not visible
   * yet", so wait and ask again (1, 2, 4, 8, 16 s) before believing it.
   */
  retryNotFound?: boolean;
  /** Extra headers, e.g. ConsistencyLevel for $count queries. */
  headers?: Record<string, string>;
}

/**
 * POST /servicePrincipals for an app that is not visible yet answers 400 with this message, not
 * 404: it means "not yet" as much as a 404 does.
 */
const NOT_YET_VISIBLE = /does not reference a valid application object/i;

/** Waits after a 404 on an object that was just created: about 30 s in all. */
const NOT_FOUND_BACKOFF_MS = [1000, 2000, 4000, 8000, 16000];
const DEFAULT_THROTTLE_RETRIES = 5;
const DEFAULT_MAX_RETRY_AFTER_MS = 120_000;
/** Without a Retry-After, throttling waits grow from here. */
const THROTTLE_FALLBACK_MS = 2000;
const MAX_PAGES = 20;

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After is either seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const pageSchema = <T extends z.ZodType>(item: T) => z.object({ value: z.array(item), '@odata.nextLink': z.string().optional() });

export type GraphClient = ReturnType<typeof createGraphClient>;

export function createGraphClient(deps: GraphClientDeps) {
  const fetchImpl = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? (() => Date.now());
  const baseUrl = (deps.baseUrl ?? `${GRAPH_ORIGIN}/v1.0`).replace(/\/+$/, '');
  const baseOrigin = new URL(baseUrl).origin;
  const maxThrottleRetries = deps.maxThrottleRetries ?? DEFAULT_THROTTLE_RETRIES;
  const maxRetryAfterMs = deps.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;

  const token = async () => (typeof deps.token === 'string' ? deps.token : await deps.token());

  function urlOf(path: string): string {
    if (/^https?:\/\//i.test(path)) {
      // Paging links are absolute: the token goes to Graph only.
      if (new URL(path).origin !== baseOrigin)
        throw new GraphError('invalid-response', 0, 'foreignLink', 'Graph pointed to another site; the request was not sent.', 'GET', '');
      return path;
    }
    return `${baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
  }

  async function errorFrom(response: Response, method: string, path: string): Promise<GraphError> {
    let code = '';
    let message = `Microsoft Graph answered HTTP ${response.status}.`;
    try {
      const parsed = graphErrorBodySchema.safeParse(await response.json());
      if (parsed.success) {
        code = parsed.data.error.code ?? '';
        if (parsed.data.error.message) message = parsed.data.error.message;
      }
    } catch {
      // No JSON body: the status says enough.
    }
    return new GraphError('http', response.status, code, message, method, path);
  }

  async function send(method: string, path: string, body: unknown, options: RequestOptions): Promise<Response> {
    const url = urlOf(path);
    let throttled = 0;
    let notFound = 0;
    for (;;) {
      if (deps.signal?.aborted) throw new GraphError('aborted', 0, 'aborted', 'Cancelled.', method, path);
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers: {
            authorization: `Bearer ${await token()}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...options.headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: deps.signal,
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        if (deps.signal?.aborted) throw new GraphError('aborted', 0, 'aborted', 'Cancelled.', method, path);
        // A POST whose answer was lost may have happened: never resent here; the caller finds before it creates again.
        const detail = error instanceof Error ? error.message : String(error);
        throw new GraphError('network', 0, 'network', `Microsoft Graph could not be reached (${detail.slice(0, 200)}).`, method, path);
      }
      if ((response.status === 429 || response.status === 503 || response.status === 504) && throttled < maxThrottleRetries) {
        const wait = retryAfterMs(response.headers.get('retry-after'), now()) ?? THROTTLE_FALLBACK_MS * 2 ** throttled;
        if (wait > maxRetryAfterMs) throw await errorFrom(response, method, path);
        throttled += 1;
        await pause(wait, method, path);
        continue;
      }
      if (options.retryNotFound && notFound < NOT_FOUND_BACKOFF_MS.length && (await notYetVisible(response))) {
        await pause(NOT_FOUND_BACKOFF_MS[notFound] ?? 0, method, path);
        notFound += 1;
        continue;
      }
      if (!response.ok) throw await errorFrom(response, method, path);
      return response;
    }
  }

  async function notYetVisible(response: Response): Promise<boolean> {
    if (response.status === 404) return true;
    return response.status === 400 && NOT_YET_VISIBLE.test(await response.clone().text());
  }

  async function pause(ms: number, method: string, path: string): Promise<void> {
    try {
      await sleep(ms, deps.signal);
    } catch {
      throw new GraphError('aborted', 0, 'aborted', 'Cancelled.', method, path);
    }
  }

  async function parsed<T extends z.ZodType>(response: Response, schema: T, method: string, path: string): Promise<z.infer<T>> {
    let json: unknown;
    try {
      json = response.status === 204 ? undefined : await response.json();
    } catch {
      throw new GraphError('invalid-response', response.status, 'invalidJson', 'Microsoft Graph answered something that is not JSON.', method, path);
    }
    const result = schema.safeParse(json);
    if (!result.success)
      throw new GraphError(
        'invalid-response',
        response.status,
        'unexpectedShape',
        `Microsoft Graph answered in an unexpected shape (${result.error.issues[0]?.path.join('.') || 'body'}).`,
        method,
        path,
      );
    return result.data;
  }

  async function call<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown, options: RequestOptions = {}): Promise<z.infer<T>> {
    const response = await send(method, path, body, options);
    return parsed(response, schema, method, path);
  }

  return {
    get: <T extends z.ZodType>(path: string, schema: T, options?: RequestOptions) => call('GET', path, schema, undefined, options),
    post: <T extends z.ZodType>(path: string, body: unknown, schema: T, options?: RequestOptions) => call('POST', path, schema, body, options),
    /** PATCH answers 204 No Content. */
    patch: async (path: string, body: unknown, options?: RequestOptions): Promise<void> => {
      await send('PATCH', path, body, options ?? {});
    },
    /** DELETE answers 204 No Content. */
    delete: async (path: string, options?: RequestOptions): Promise<void> => {
      await send('DELETE', path, undefined, options ?? {});
    },
    /** Every item of a collection, following @odata.nextLink (within Graph only, at most 20 pages). */
    list: async <T extends z.ZodType>(path: string, item: T, options?: RequestOptions): Promise<z.infer<T>[]> => {
      const items: z.infer<T>[] = [];
      let next: string | undefined = path;
      for (let page = 0; next && page < MAX_PAGES; page += 1) {
        const body: { value: z.infer<T>[]; '@odata.nextLink'?: string } = await call('GET', next, pageSchema(item), undefined, options);
        items.push(...body.value);
        next = body['@odata.nextLink'];
      }
      return items;
    },
  };
}
