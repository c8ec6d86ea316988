import type { ServerResponse } from 'node:http';

export function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
  return true;
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): true {
  return send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', headers);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
