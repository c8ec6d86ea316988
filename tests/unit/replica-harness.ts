/**
 * Calls a replica's host handler directly, without a server: a request in, the answer captured
 * (status, headers, body) or noted as dropped when the replica cuts the connection.
 */
import { IncomingMessage, ServerResponse, type OutgoingHttpHeaders } from 'node:http';
import { Socket } from 'node:net';
import type { Directory } from '../replicas/directory';
import { graphHandler } from '../replicas/graph/handler';
import { loginHandler } from '../replicas/login/handler';
import type { HostHandler } from '../replicas/types';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The connection was cut without an answer ("network gone"). */
  dropped: boolean;
  handled: boolean;
}

export interface CallOptions {
  method?: string;
  headers?: Record<string, string>;
  /** JSON-encoded unless it is a string already. */
  body?: unknown;
}

export async function callHandler(handler: HostHandler, directory: Directory, url: string, options: CallOptions = {}): Promise<Answer> {
  const req = new IncomingMessage(new Socket());
  req.method = options.method ?? 'GET';
  req.headers = Object.fromEntries(Object.entries(options.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const res = new ServerResponse(req);
  const answer: Answer = { status: 0, headers: {}, body: '', dropped: false, handled: false };
  res.writeHead = function (this: ServerResponse, status: number, headers?: OutgoingHttpHeaders) {
    answer.status = status;
    this.statusCode = status;
    for (const [k, v] of Object.entries(headers ?? {})) if (v !== undefined) answer.headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
    return this;
  } as ServerResponse['writeHead'];
  res.end = function (this: ServerResponse, chunk?: unknown) {
    if (typeof chunk === 'string') answer.body += chunk;
    return this;
  } as ServerResponse['end'];
  res.destroy = function () {
    answer.dropped = true;
    return this;
  };
  const body = options.body === undefined ? '' : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  answer.handled = await handler({ req, res, url: new URL(url), body, directory });
  return answer;
}

/** The answer's JSON body (throws when it is none). */
export function json(answer: Answer): Record<string, unknown> {
  const value: unknown = JSON.parse(answer.body);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`not a JSON object: ${answer.body}`);
  return value as Record<string, unknown>;
}

/** A Graph caller with a bearer token: `(method, path, body?)`, path from `/v1.0/…`. */
export function graphCaller(directory: Directory, token: string) {
  return (method: string, path: string, body?: unknown) =>
    callHandler(graphHandler, directory, `https://graph.microsoft.com${path}`, {
      method,
      body,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
}

/** The login replica's token endpoint, form-encoded. */
export function tokenRequest(directory: Directory, tenant: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
  return callHandler(loginHandler, directory, `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams(form).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

/** The payload of a JWT (not verified: the replica's own tokens). */
export function jwtPayload(token: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null) throw new Error('not a JWT');
  return value as Record<string, unknown>;
}
