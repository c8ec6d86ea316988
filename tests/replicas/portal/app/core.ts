/** Configuration, routes, the JSON API client and the blade context shared by all blades. */
import type { SessionInfo } from '../api-types';
import { labelsFor, type Labels, type Lang } from './i18n';
import { isFluentRendering, type FluentRendering } from '../fluent/frame-url';

export type Mode = 'top' | 'iframe';
export type Variant = 'default' | 'bare';
/** Which Authentication blade the admin gets: the classic one or "Authentication (Preview)". */
export type AuthExperience = 'classic' | 'new';

export interface Config {
  mode: Mode;
  lang: Lang;
  variant: Variant;
  authExperience: AuthExperience;
  /** `replicaRendering=fluent8|fluent9`: every blade in a Fluent ReactView frame (implies iframe mode). */
  rendering: FluentRendering | 'default';
  /** Base delay (ms) before async content shows, like the real portal's loads. */
  delay: number;
  /** This document is the ReactView frame. */
  frame: boolean;
  /** The portal origin hosting this frame (frame only). */
  parentOrigin: string;
}

export const FRAME_ORIGIN = 'https://sandbox-1.reactblade.portal.azure.net';
export const PORTAL_ORIGINS = ['https://portal.azure.com', 'https://entra.microsoft.com'];

interface Bootstrap {
  mode?: string;
  lang?: string;
  variant?: string;
  authExperience?: string;
  rendering?: string;
  delay?: string;
  parentOrigin?: string;
}

function readBootstrap(): Bootstrap {
  const el = document.getElementById('replica-bootstrap');
  try {
    const v: unknown = JSON.parse(el?.textContent ?? '{}');
    if (typeof v !== 'object' || v === null) return {};
    // Only string fields count: the server writes them, anything else is ignored.
    return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Query switch > sessionStorage (earlier switch in this tab) > session cookie (server) > default. */
export function readConfig(): Config {
  const boot = readBootstrap();
  const frame = location.hostname.endsWith('.reactblade.portal.azure.net');
  const q = new URLSearchParams(location.search);
  const store = frame ? undefined : storage();
  const get = (name: string, fromBoot: string | undefined): string => {
    const fromQuery = q.get(name);
    if (fromQuery !== null && !frame) {
      try {
        store?.setItem(`replica.${name}`, fromQuery);
      } catch {
        // storage full or disabled
      }
      return fromQuery;
    }
    return (frame ? undefined : store?.getItem(`replica.${name}`)) ?? fromBoot ?? '';
  };
  const mode = get('replicaMode', boot.mode) === 'iframe' ? 'iframe' : 'top';
  const lang = get('replicaLang', boot.lang) === 'de' ? 'de' : 'en';
  const variant = get('replicaVariant', boot.variant) === 'bare' ? 'bare' : 'default';
  const authExperience = get('replicaAuthExperience', boot.authExperience) === 'new' ? 'new' : 'classic';
  const renderingRaw = get('replicaRendering', boot.rendering);
  const rendering = isFluentRendering(renderingRaw) ? renderingRaw : 'default';
  const delayRaw = get('replicaDelay', boot.delay);
  const delay = /^\d+$/.test(delayRaw) ? Number(delayRaw) : 350;
  const parentOrigin = frame && PORTAL_ORIGINS.includes(boot.parentOrigin ?? '') ? (boot.parentOrigin ?? '') : frame ? 'https://portal.azure.com' : '';
  return { mode: frame || rendering !== 'default' ? 'iframe' : mode, lang, variant, authExperience, rendering, delay, frame, parentOrigin };
}

// ---------------------------------------------------------------- routes

export type Route =
  | { kind: 'home' }
  | { kind: 'entra'; section: string }
  | { kind: 'appList' }
  | { kind: 'create' }
  | { kind: 'app'; section: string; appId: string }
  | { kind: 'enterprise'; section: string; objectId: string; appId: string }
  | { kind: 'bench' }
  | { kind: 'notFound'; raw: string };

export const HASH = {
  home: '#home',
  entra: '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Overview',
  appList: '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM',
  create: '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false',
  app: (section: string, appId: string) =>
    `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${appId}${section === 'Overview' ? '/isMSAApp~/false' : ''}`,
  enterprise: (objectId: string, appId: string, section = 'Overview') =>
    `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${section}/objectId/${objectId}/appId/${appId}`,
  bench: '#view/Replica_Bench/HeavyBlade',
};

/** Section names as the blades know them; routes may spell them in any case (`~/CallAnApi`). */
const SECTIONS = ['Overview', 'Authentication', 'Credentials', 'CallAnAPI', 'RegisteredApps', 'Properties'];
const canonicalSection = (s: string): string => SECTIONS.find((c) => c.toLowerCase() === s.toLowerCase()) ?? s;

const PARAM_KEYS = new Set(['appId', 'objectId', 'isMSAApp', 'quickStartType', 'sourceType', 'defaultBlade', 'menuId']);

export function parseRoute(hash: string): Route {
  let raw = hash.replace(/^#/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // keep raw
  }
  raw = raw.replace(/^@[^/]+\/?/, '').replace(/^\/+/, '');
  if (raw === '' || raw === 'home') return { kind: 'home' };
  const segs = raw.split('/').filter((s) => s !== '');
  if (segs[0] !== 'view' && segs[0] !== 'blade') return { kind: 'notFound', raw };
  const ext = segs[1] ?? '';
  const blade = segs[2] ?? '';
  let rest = segs.slice(3);
  let section = '';
  if (rest[0] === '~') {
    section = rest[1] ?? '';
    rest = rest.slice(2);
  } else if (rest[0] && !PARAM_KEYS.has(rest[0].replace(/~$/, ''))) {
    section = rest[0];
    rest = rest.slice(1);
  }
  section = canonicalSection(section);
  const params = new Map<string, string>();
  for (let i = 0; i + 1 < rest.length; i += 2) params.set((rest[i] ?? '').replace(/~$/, ''), rest[i + 1] ?? '');
  const appId = (params.get('appId') ?? '').toLowerCase();
  const objectId = (params.get('objectId') ?? '').toLowerCase();

  if (ext === 'Microsoft_AAD_RegisteredApps') {
    if (blade === 'ApplicationsListBlade') return { kind: 'appList' };
    if (blade === 'CreateApplicationBlade') return { kind: 'create' };
    if (blade === 'ApplicationMenuBlade' && appId) return { kind: 'app', section: section || 'Overview', appId };
  }
  if (ext === 'Microsoft_AAD_IAM') {
    if (blade === 'ManagedAppMenuBlade' && objectId) return { kind: 'enterprise', section: section || 'Overview', objectId, appId };
    if (blade === 'ActiveDirectoryMenuBlade') {
      if (section === 'RegisteredApps') return { kind: 'appList' };
      return { kind: 'entra', section: section || 'Overview' };
    }
  }
  if (ext === 'Replica_Bench' && blade === 'HeavyBlade') return { kind: 'bench' };
  return { kind: 'notFound', raw };
}

/** Two routes with the same key are the same blade (no re-render, no "leave"). */
export function routeKey(route: Route): string {
  return JSON.stringify(route);
}

// ---------------------------------------------------------------- API client

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/__replica/api/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await res.text();
  const json = parseJson(text);
  if (!res.ok) {
    const message =
      typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'object' && json.error !== null && 'message' in json.error
        ? String(json.error.message)
        : `HTTP ${res.status}`;
    throw new ApiFailure(res.status, message);
  }
  return json as T;
}

// ---------------------------------------------------------------- blade context

export type NotifyKind = 'success' | 'error' | 'info' | 'progress';

export interface BladeContext {
  L: Labels;
  cfg: Config;
  session: SessionInfo;
  route: Route;
  /** The blade's content element (inside `.fxs-blade-content-wrapper`). */
  content: HTMLElement;
  /** Where context panes and dialogs are mounted. */
  overlay: HTMLElement;
  setTitle(title: string, subtitle?: string): void;
  navigate(hash: string): void;
  notify(kind: NotifyKind, title: string, text?: string): void;
  /** False once the admin has navigated away from this blade. */
  alive(): boolean;
  onLeave(fn: () => void): void;
  /** Waits the configured load delay times `factor` (only if still alive afterwards). */
  settle(factor?: number): Promise<boolean>;
}

export type Blade = (ctx: BladeContext) => void | Promise<void>;

export function bare(ctx: BladeContext): boolean {
  return ctx.cfg.variant === 'bare';
}

export { labelsFor };
