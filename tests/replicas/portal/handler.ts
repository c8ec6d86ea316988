/**
 * Replica of the Azure portal / Entra admin center App registrations blades.
 *
 * - `portal.azure.com/` and `entra.microsoft.com/`: the portal shell (hash-routed SPA).
 * - `<x>.reactblade.portal.azure.net/reactview/index.html#<route>`: a blade rendered inside the
 *   cross-origin frame (iframe mode, `?replicaMode=iframe`).
 * - `/__replica/static/portal.js`: the client bundle (app/main.ts, built with esbuild on first use).
 * - `<x>.reactblade.portal.azure.net/React/Index?…`: the Fluent v8/v9 frame (`?replicaRendering=fluent8|fluent9`,
 *   see fluent/), whose URL carries no route.
 * - `/__replica/api/...`: the JSON API over the shared Directory (api.ts).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { HostHandler } from '../types';
import { send } from '../http-util';
import { handleApi } from './api';
import { handleFluent } from './fluent/serve';
import { FLUENT_RENDERINGS } from './fluent/frame-url';
import { PORTAL_CSS } from './styles';

const BUNDLE_PATH = '/__replica/static/portal.js';
const MODES = ['top', 'iframe'] as const;
const LANGS = ['en', 'de'] as const;
const VARIANTS = ['default', 'bare'] as const;
const AUTH_EXPERIENCES = ['classic', 'new'] as const;
const RENDERINGS = ['default', ...FLUENT_RENDERINGS] as const;
/** `/`, or a tenant in the path as the portal accepts it: `/contoso.onmicrosoft.com/`, `/<tenant GUID>/`. */
const SHELL_PATH = /^\/(?:(?:[a-z0-9-]+\.)+[a-z0-9-]+\/?|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?|index\.html)?$/i;

let bundle: Promise<string> | undefined;

/** The client bundle, built once per process. */
export function portalBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./app/main.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  bundle.catch(() => {
    bundle = undefined;
  });
  return bundle;
}

function cookies(header: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) map.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return map;
}

function pick<T extends string>(allowed: readonly T[], ...candidates: (string | null | undefined)[]): T | undefined {
  for (const c of candidates) {
    const hit = allowed.find((a) => a === c);
    if (hit) return hit;
  }
  return undefined;
}

function shell(opts: { title: string; lang: string; bootstrap: Record<string, string>; frame: boolean }): string {
  const json = JSON.stringify(opts.bootstrap).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${opts.lang}" dir="ltr" class="fxs-theme-azure${opts.frame ? ' fxs-reactview-frame' : ''}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<link rel="icon" href="data:,">
<style>${PORTAL_CSS}</style>
<script type="application/json" id="replica-bootstrap">${json}</script>
</head>
<body class="fxs-portal${opts.frame ? ' fxs-frame-body' : ''}">
<div id="${opts.frame ? 'reactview-root' : 'web-container'}" class="${opts.frame ? 'msportalfx-reactview-root' : 'fxs-web-container'}">
<div class="fxs-startup-splash" role="status"><div class="fxs-progress-dots" aria-hidden="true"><span></span><span></span><span></span></div><span class="msportalfx-visually-hidden">Loading</span></div>
</div>
<script src="${BUNDLE_PATH}"></script>
</body>
</html>`;
}

export const portalHandler: HostHandler = async (r) => {
  const { url, req, res } = r;
  if (handleApi(r)) return true;
  if (await handleFluent(r)) return true;
  const host = url.hostname;
  const isFrameHost = host.endsWith('.reactblade.portal.azure.net');
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return false;

  if (url.pathname === BUNDLE_PATH) {
    try {
      return send(res, 200, await portalBundle(), 'text/javascript; charset=utf-8');
    } catch (error) {
      return send(res, 500, `/* portal bundle failed: ${String(error).replace(/\*\//g, '* /')} */`, 'text/javascript; charset=utf-8');
    }
  }
  if (url.pathname === '/favicon.ico') return send(res, 204, '', 'image/x-icon');

  if (isFrameHost) {
    if (url.pathname !== '/reactview/index.html' && url.pathname !== '/reactview/') return false;
    const lang = pick(LANGS, url.searchParams.get('replicaLang')) ?? 'en';
    return send(
      res,
      200,
      shell({
        title: 'ReactView',
        lang,
        frame: true,
        bootstrap: {
          lang,
          variant: pick(VARIANTS, url.searchParams.get('replicaVariant')) ?? 'default',
          authExperience: pick(AUTH_EXPERIENCES, url.searchParams.get('replicaAuthExperience')) ?? 'classic',
          delay: url.searchParams.get('replicaDelay') ?? '',
          parentOrigin: url.searchParams.get('parentOrigin') ?? '',
        },
      }),
    );
  }

  if (!SHELL_PATH.test(url.pathname)) return false;
  // Query switches win, then the session cookie set by an earlier query switch.
  const jar = cookies(req.headers.cookie);
  const setCookies: string[] = [];
  const resolve = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const q = url.searchParams.get(name);
    const fromQuery = pick(allowed, q);
    if (fromQuery) setCookies.push(`${name}=${fromQuery}; Path=/; Secure; SameSite=Lax`);
    return fromQuery ?? pick(allowed, jar.get(name));
  };
  const mode = resolve('replicaMode', MODES) ?? '';
  const lang = resolve('replicaLang', LANGS) ?? '';
  const variant = resolve('replicaVariant', VARIANTS) ?? '';
  const authExperience = resolve('replicaAuthExperience', AUTH_EXPERIENCES) ?? '';
  const rendering = resolve('replicaRendering', RENDERINGS) ?? '';
  const delayQ = url.searchParams.get('replicaDelay');
  const delay = delayQ !== null && /^\d+$/.test(delayQ) ? delayQ : (jar.get('replicaDelay') ?? '');
  if (delayQ !== null && /^\d+$/.test(delayQ)) setCookies.push(`replicaDelay=${delayQ}; Path=/; Secure; SameSite=Lax`);
  if (setCookies.length) res.setHeader('set-cookie', setCookies);
  return send(
    res,
    200,
    shell({
      title: 'Microsoft Azure',
      lang: lang || 'en',
      frame: false,
      bootstrap: { mode, lang, variant, authExperience, rendering, delay, parentOrigin: '' },
    }),
  );
};
