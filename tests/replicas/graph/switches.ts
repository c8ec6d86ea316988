/**
 * The Graph replica's switches, per tenant of a Directory, for the failures Microsoft Graph
 * really produces while an app registration is being created:
 *
 *  - throttle: the next N requests (or writes only) answer 429 with `Retry-After`;
 *  - visibilityDelayMs: a new application, service principal, grant or app role assignment is
 *    not found (404, or "does not reference a valid application object") for this long after
 *    it was created: Entra's directory is eventually consistent;
 *  - passwordMaxLifetime / passwordAdditionBlocked: the tenant's default app management policy
 *    (`passwordLifetime` maxLifetime, `passwordAddition`), also readable at
 *    GET /v1.0/policies/defaultAppManagementPolicy;
 *  - dropAfterWrites: "network gone": writes 1..N are applied, the answer to the Nth is lost
 *    and every later request gets no answer (the connection is reset) until the switch is cleared;
 *  - usersCanRegisterApps: the tenant's "Users can register applications" (default yes).
 *
 * Tests set them in-process with setGraphSwitches(); anything else (the demo, a browser) uses
 * the control endpoint on the Graph host, in the style of the portal replica's `/__replica/` paths:
 *   GET    https://graph.microsoft.com/__replica/switches/{tenant id or domain}   → { switches, writes }
 *   PUT    the same, JSON body merged into the switches (null removes one)       → { switches, writes }
 *   DELETE the same                                                               → 204, all cleared
 * The replica also keeps a log of the Graph requests it answered (graphRequestLog) so tests can
 * count what a run really did.
 */
import type { Directory } from '../directory';
import { sendJson } from '../http-util';
import type { ReplicaRequest } from '../types';

export interface GraphSwitches {
  throttle?: { requests: number; retryAfterSeconds: number; writesOnly?: boolean };
  visibilityDelayMs?: number;
  /** ISO 8601 duration, e.g. `P90D`. */
  passwordMaxLifetime?: string;
  passwordAdditionBlocked?: boolean;
  dropAfterWrites?: number;
  usersCanRegisterApps?: boolean;
}

export interface GraphRequestLogEntry {
  tenantId: string;
  method: string;
  /** Path and query as sent, e.g. `/v1.0/applications`. */
  path: string;
  /** The status answered; 0 when the answer was dropped. */
  status: number;
}

interface TenantRuntime {
  switches: GraphSwitches;
  /** Writes (POST, PATCH, PUT, DELETE) answered or dropped since dropAfterWrites was last set. */
  writes: number;
}

interface GraphReplicaState {
  tenants: Map<string, TenantRuntime>;
  /** When each object created through Graph becomes visible. */
  visibleAt: WeakMap<object, number>;
  log: GraphRequestLogEntry[];
}

const states = new WeakMap<Directory, GraphReplicaState>();

function state(directory: Directory): GraphReplicaState {
  let s = states.get(directory);
  if (!s) {
    s = { tenants: new Map(), visibleAt: new WeakMap(), log: [] };
    states.set(directory, s);
  }
  return s;
}

export function tenantRuntime(directory: Directory, tenantId: string): TenantRuntime {
  const s = state(directory);
  let rt = s.tenants.get(tenantId);
  if (!rt) {
    rt = { switches: {}, writes: 0 };
    s.tenants.set(tenantId, rt);
  }
  return rt;
}

/** Merges `patch` into the tenant's switches (undefined or null removes one); setting dropAfterWrites restarts its count. */
export function setGraphSwitches(directory: Directory, tenantId: string, patch: { [K in keyof GraphSwitches]?: GraphSwitches[K] | null }): GraphSwitches {
  const rt = tenantRuntime(directory, tenantId);
  const next: Record<string, unknown> = { ...rt.switches };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null) delete next[key];
    else next[key] = value;
  }
  rt.switches = next;
  if ('dropAfterWrites' in patch) rt.writes = 0;
  return rt.switches;
}

export function resetGraphSwitches(directory: Directory, tenantId?: string): void {
  const s = state(directory);
  if (tenantId) s.tenants.delete(tenantId);
  else s.tenants.clear();
}

export function graphSwitches(directory: Directory, tenantId: string): Readonly<GraphSwitches> {
  return tenantRuntime(directory, tenantId).switches;
}

export function graphRequestLog(directory: Directory): readonly GraphRequestLogEntry[] {
  return state(directory).log;
}

export function logGraphRequest(directory: Directory, entry: GraphRequestLogEntry): void {
  state(directory).log.push(entry);
}

/** Records that `obj` was created now: with a visibility delay it stays unseen for that long. */
export function markCreated(directory: Directory, tenantId: string, obj: object, now = Date.now()): void {
  const delay = tenantRuntime(directory, tenantId).switches.visibilityDelayMs ?? 0;
  if (delay > 0) state(directory).visibleAt.set(obj, now + delay);
}

export function isVisible(directory: Directory, obj: object, now = Date.now()): boolean {
  const at = state(directory).visibleAt.get(obj);
  return at === undefined || at <= now;
}

const DURATION_RE = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An ISO 8601 duration in ms (a year counted as 365 days, a month as 30), or undefined when it is not one. */
export function durationMs(iso: string): number | undefined {
  const m = DURATION_RE.exec(iso);
  if (!m || iso === 'P' || iso.endsWith('T')) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  const days = n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4);
  return ((days * 24 + n(5)) * 60 + n(6)) * 60_000 + n(7) * 1000;
}

// ---- control endpoint ------------------------------------------------------------------------

export const CONTROL_PREFIX = '/__replica/switches/';

function parseSwitchPatch(body: string): { [K in keyof GraphSwitches]?: GraphSwitches[K] | null } | string {
  let raw: unknown;
  try {
    raw = JSON.parse(body || '{}');
  } catch {
    return 'The body is not JSON.';
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'The body must be a JSON object.';
  const out: { [K in keyof GraphSwitches]?: GraphSwitches[K] | null } = {};
  const nonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) {
      if (!['throttle', 'visibilityDelayMs', 'passwordMaxLifetime', 'passwordAdditionBlocked', 'dropAfterWrites', 'usersCanRegisterApps'].includes(key))
        return `Unknown switch '${key}'.`;
      (out as Record<string, null>)[key] = null;
      continue;
    }
    switch (key) {
      case 'throttle': {
        const t = value as Record<string, unknown>;
        if (typeof value !== 'object' || !nonNegative(t.requests) || !nonNegative(t.retryAfterSeconds))
          return 'throttle needs { requests, retryAfterSeconds }.';
        out.throttle = { requests: Number(t.requests), retryAfterSeconds: Number(t.retryAfterSeconds), writesOnly: t.writesOnly === true };
        break;
      }
      case 'visibilityDelayMs':
      case 'dropAfterWrites':
        if (!nonNegative(value)) return `${key} must be a number >= 0.`;
        out[key] = Number(value);
        break;
      case 'passwordMaxLifetime':
        if (typeof value !== 'string' || durationMs(value) === undefined) return 'passwordMaxLifetime must be an ISO 8601 duration such as P90D.';
        out.passwordMaxLifetime = value;
        break;
      case 'passwordAdditionBlocked':
      case 'usersCanRegisterApps':
        if (typeof value !== 'boolean') return `${key} must be true or false.`;
        out[key] = value;
        break;
      default:
        return `Unknown switch '${key}'.`;
    }
  }
  return out;
}

/** Answers `/__replica/switches/{tenant}`; false for other paths. */
export function handleControl(r: ReplicaRequest): boolean {
  if (!r.url.pathname.startsWith(CONTROL_PREFIX)) return false;
  const cors = { 'access-control-allow-origin': '*' };
  const tenant = r.directory.findTenant(decodeURIComponent(r.url.pathname.slice(CONTROL_PREFIX.length)));
  if (!tenant) return sendJson(r.res, 404, { error: 'No such tenant.' }, cors);
  const method = r.req.method ?? 'GET';
  if (method === 'DELETE') {
    resetGraphSwitches(r.directory, tenant.id);
    r.res.writeHead(204, cors);
    r.res.end();
    return true;
  }
  if (method === 'PUT' || method === 'POST') {
    const patch = parseSwitchPatch(r.body);
    if (typeof patch === 'string') return sendJson(r.res, 400, { error: patch }, cors);
    setGraphSwitches(r.directory, tenant.id, patch);
  } else if (method !== 'GET') return sendJson(r.res, 405, { error: 'GET, PUT or DELETE.' }, cors);
  const rt = tenantRuntime(r.directory, tenant.id);
  return sendJson(r.res, 200, { tenantId: tenant.id, switches: rt.switches, writes: rt.writes }, cors);
}
