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
} as const;

interface Bundle {
  js: string;
  css: string;
}

let bundle: Promise<Bundle> | undefined;

async function buildBundle(): Promise<Bundle> {
  const [result, css] = await Promise.all([
    build({
      entryPoints: [join(APP_DIR, 'main.tsx')],
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

/** Builds the app on first use and caches it; a failed build is retried on the next request. */
export function getServiceOpsBundle(): Promise<Bundle> {
  if (!bundle) {
    bundle = buildBundle();
    bundle.catch(() => {
      bundle = undefined;
    });
  }
  return bundle;
}

function page(title: string, css: string): string {
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
<script src="${SERVICEOPS_ROUTES.script}"></script>
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

  if (path === SERVICEOPS_ROUTES.script) {
    const { js } = await getServiceOpsBundle();
    return send(res, 200, js, 'text/javascript; charset=utf-8');
  }

  const titles: Record<string, string> = {
    [SERVICEOPS_ROUTES.incoming]: 'Incoming Email Servers - ServiceOps',
    [SERVICEOPS_ROUTES.outgoing]: 'Outgoing Email Servers - ServiceOps',
    [SERVICEOPS_ROUTES.embed]: 'Add Incoming Email Server - ServiceOps',
  };
  const title = titles[path];
  if (title) {
    const { css } = await getServiceOpsBundle();
    return send(res, 200, page(title, css));
  }

  const callback = /^\/api\/oauth\/callback\/([A-Za-z0-9_-]+)$/.exec(path);
  if (callback?.[1]) return send(res, 200, callbackPage(callback[1]));

  return false;
};
