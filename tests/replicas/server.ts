/**
 * One local HTTPS server for every replica, routed by Host. Chromium reaches it under the
 * real host names through --host-resolver-rules, so the extension's real match patterns,
 * origins and CORS rules are exercised.
 */
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { Directory } from './directory';
import type { HostHandler } from './types';
import { send } from './http-util';
import { portalHandler } from './portal/handler';
import { loginHandler } from './login/handler';
import { graphHandler } from './graph/handler';
import { serviceOpsHandler } from './serviceops/handler';

/** Hosts served over HTTPS. `*.reactblade.portal.azure.net` is matched by suffix. */
export const REPLICA_HOSTS = [
  'portal.azure.com',
  'entra.microsoft.com',
  '*.reactblade.portal.azure.net',
  'login.microsoftonline.com',
  'graph.microsoft.com',
  'serviceops.test',
  'other-serviceops.test',
  'unrelated.test',
] as const;

/** Served over plain HTTP (on a second port), to prove the extension refuses http origins. */
export const HTTP_HOSTS = ['insecure-serviceops.test'] as const;

export interface Replicas {
  port: number;
  httpPort: number;
  directory: Directory;
  /** The value for Chromium's --host-resolver-rules. */
  hostResolverRules: string;
  close(): Promise<void>;
}

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
}

function pickHandler(host: string): HostHandler | undefined {
  if (host === 'portal.azure.com' || host === 'entra.microsoft.com' || host.endsWith('.reactblade.portal.azure.net')) return portalHandler;
  if (host === 'login.microsoftonline.com') return loginHandler;
  if (host === 'graph.microsoft.com') return graphHandler;
  if (host === 'serviceops.test' || host === 'other-serviceops.test' || host === 'insecure-serviceops.test') return serviceOpsHandler;
  if (host === 'unrelated.test') {
    return ({ res }) => send(res, 200, '<!doctype html><title>Unrelated</title><h1>An unrelated site</h1>');
  }
  return undefined;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startReplicas(
  options: { port?: number; httpPort?: number; directory?: Directory; log?: (line: string) => void } = {},
): Promise<Replicas> {
  const directory = options.directory ?? new Directory();
  const altNames = [...REPLICA_HOSTS, ...HTTP_HOSTS].map((value) => ({ type: 2 as const, value }));
  const pems = await generate([{ name: 'commonName', value: 'replicas.test' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames }],
  });

  const listener = async (req: IncomingMessage, res: ServerResponse) => {
    const host = hostOf(req);
    const url = new URL(req.url ?? '/', `${'encrypted' in req.socket ? 'https' : 'http'}://${host}`);
    try {
      const body = await readBody(req);
      const handler = pickHandler(host);
      const handled = handler ? await handler({ req, res, url, body, directory }) : false;
      if (!handled && !res.headersSent) send(res, 404, `No replica route for ${host}${url.pathname}`, 'text/plain');
      options.log?.(`${req.method} ${host}${url.pathname} ${res.statusCode}`);
    } catch (error) {
      options.log?.(`ERROR ${req.method} ${host}${url.pathname}: ${String(error)}`);
      if (!res.headersSent) send(res, 500, 'Replica error', 'text/plain');
      else res.end();
    }
  };

  const https = createHttpsServer({ key: pems.private, cert: pems.cert }, (req, res) => void listener(req, res));
  const http = createHttpServer((req, res) => void listener(req, res));
  const listen = (server: Server | typeof https, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(https, options.port ?? 0);
  const httpPort = await listen(http, options.httpPort ?? 0);

  const rules = [
    ...REPLICA_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`),
    ...HTTP_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${httpPort}`),
    // Anything else must never leave the machine.
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ];

  return {
    port,
    httpPort,
    directory,
    hostResolverRules: rules.join(', '),
    close: () =>
      new Promise<void>((resolve) => {
        https.closeAllConnections();
        http.closeAllConnections();
        let pending = 2;
        const done = () => --pending === 0 && resolve();
        https.close(done);
        http.close(done);
      }),
  };
}
