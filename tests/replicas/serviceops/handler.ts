/**
 * Motadata ServiceOps replica: a React single-page app (./app, bundled once with esbuild and
 * kept in memory) for the email server admin pages. Served on serviceops.test and
 * other-serviceops.test over HTTPS and on insecure-serviceops.test over plain HTTP.
 * Routes and switches are documented in ./README.md.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { HostHandler } from '../types';
import { escapeHtml, send } from '../http-util';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), 'app');

export const SERVICEOPS_ROUTES = {
  incoming: '/admin/support-channel/emails/incoming-email-servers',
  outgoing: '/admin/support-channel/emails/outgoing-email-servers',
  embed: '/embed/incoming-email-server',
  script: '/assets/serviceops-app.js',
  /** `?ui=antd`: the same app with its drawer and form built from antd itself. */
  antdScript: '/assets/serviceops-antd.js',
} as const;

interface Bundle {
  js: string;
  css: string;
}

type Entry = 'main' | 'main-antd';
const bundles = new Map<Entry, Promise<Bundle>>();

async function buildBundle(entry: Entry): Promise<Bundle> {
  const [result, css] = await Promise.all([
    build({
      entryPoints: [join(APP_DIR, `${entry}.tsx`)],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      minify: true,
      write: false,
      logLevel: 'silent',
      legalComments: 'none',
      // Independent of whatever tsconfig the project grows.
      tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    }),
    readFile(join(APP_DIR, 'styles.css'), 'utf8'),
  ]);
  const out = result.outputFiles[0];
  if (!out) throw new Error('esbuild produced no output');
  return { js: out.text, css };
}

/** Builds an entry on first use and caches it; a failed build is retried on the next request. */
export function getServiceOpsBundle(entry: Entry = 'main'): Promise<Bundle> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = buildBundle(entry);
    bundles.set(entry, bundle);
    bundle.catch(() => bundles.delete(entry));
  }
  return bundle;
}

/** antd brings its own styles: the replica's imitation of antd's classes would fight them, only the page layout stays. */
function withoutAntRules(css: string): string {
  return css.replace(/[^{}]*\.ant-[^{}]*\{[^{}]*\}/g, '');
}

function page(title: string, css: string, script: string = SERVICEOPS_ROUTES.script): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<div id="root"></div>
<script src="${script}"></script>
</body>
</html>`;
}

function callbackPage(id: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OAuth callback - ServiceOps</title></head>
<body style="font-family:sans-serif;padding:24px"><h1>ServiceOps OAuth callback</h1>
<p>Callback <code>${escapeHtml(id)}</code> received. You can close this window.</p></body></html>`;
}

export const serviceOpsHandler: HostHandler = async ({ req, res, url }) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const path = url.pathname.replace(/\/+$/, '') || '/';

  if (path === '/') {
    return send(res, 302, '', 'text/plain', { location: SERVICEOPS_ROUTES.incoming + url.search });
  }
  if (path === '/favicon.ico') return send(res, 204, '', 'image/x-icon');

  if (path === SERVICEOPS_ROUTES.script || path === SERVICEOPS_ROUTES.antdScript) {
    const { js } = await getServiceOpsBundle(path === SERVICEOPS_ROUTES.antdScript ? 'main-antd' : 'main');
    return send(res, 200, js, 'text/javascript; charset=utf-8');
  }

  const titles: Record<string, string> = {
    [SERVICEOPS_ROUTES.incoming]: 'Incoming Email Servers - ServiceOps',
    [SERVICEOPS_ROUTES.outgoing]: 'Outgoing Email Servers - ServiceOps',
    [SERVICEOPS_ROUTES.embed]: 'Add Incoming Email Server - ServiceOps',
  };
  const title = titles[path];
  if (title) {
    if (url.searchParams.get('ui') === 'antd') {
      const { css } = await getServiceOpsBundle('main-antd');
      return send(res, 200, page(title, withoutAntRules(css), SERVICEOPS_ROUTES.antdScript));
    }
    const { css } = await getServiceOpsBundle();
    return send(res, 200, page(title, css));
  }

  const callback = /^\/api\/oauth\/callback\/([A-Za-z0-9_-]+)$/.exec(path);
  if (callback?.[1]) return send(res, 200, callbackPage(callback[1]));

  return false;
};
