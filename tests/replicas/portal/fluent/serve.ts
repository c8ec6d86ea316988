/**
 * Serves the Fluent ReactView frame on `*.reactblade.portal.azure.net`: the frame page at
 * `/React/Index`, its two client bundles (Fluent UI v8 and v9, each with its own single React 18)
 * and the Fluent v8 icon font files, which the real frames load from a CDN.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { send } from '../../http-util';
import type { ReplicaRequest } from '../../types';
import { FLUENT_FRAME_PATH, isFluentRendering, type FluentRendering } from './frame-url';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const ICONS_PREFIX = '/__replica/static/fluent-icons/';
const BUNDLE_PATH: Record<FluentRendering, string> = { fluent8: '/__replica/static/fluent8.js', fluent9: '/__replica/static/fluent9.js' };
const ENTRY: Record<FluentRendering, string> = { fluent8: './v8/main.tsx', fluent9: './v9/main.tsx' };
const PORTAL_ORIGINS = ['https://portal.azure.com', 'https://entra.microsoft.com'];

const bundles = new Map<FluentRendering, Promise<string>>();

/** One React for both bundles: React 18 through the `react18` / `react-dom18` npm aliases (Fluent 8 declares React < 19). */
export const REACT_ALIAS = { react: 'react18', 'react-dom': 'react-dom18' };

/** A Fluent frame bundle, built once per process. */
export function fluentBundle(rendering: FluentRendering): Promise<string> {
  let bundle = bundles.get(rendering);
  if (!bundle) {
    bundle = build({
      entryPoints: [fileURLToPath(new URL(ENTRY[rendering], import.meta.url))],
      absWorkingDir: ROOT,
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      jsx: 'automatic',
      alias: REACT_ALIAS,
      define: { 'process.env.NODE_ENV': '"production"' },
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    }).then((result) => {
      // Two Reacts in one page break hooks in ways that look like replica bugs: refuse such a bundle.
      const reacts = new Set(Object.keys(result.metafile.inputs).flatMap((input) => /node_modules\/(react|react18)\//.exec(input)?.[1] ?? []));
      if (reacts.size !== 1) throw new Error(`${rendering} bundle holds ${reacts.size} copies of React`);
      return result.outputFiles[0]?.text ?? '';
    });
    bundle.catch(() => bundles.delete(rendering));
    bundles.set(rendering, bundle);
  }
  return bundle;
}

function iconsDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry points: its fonts sit next to lib-commonjs/.
  return path.join(path.dirname(require.resolve('@fluentui/font-icons-mdl2')), '..', 'fonts');
}

function page(rendering: FluentRendering, bootstrap: Record<string, string>): string {
  const json = JSON.stringify(bootstrap).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${bootstrap.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ReactView</title>
<link rel="icon" href="data:,">
<style>html,body{margin:0;height:100%;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;font-size:14px;background:#fff}#root{min-height:100%}</style>
<script type="application/json" id="reactview-bootstrap">${json}</script>
</head>
<body>
<div id="root"></div>
<script src="${BUNDLE_PATH[rendering]}"></script>
</body>
</html>`;
}

/** Answers the frame page, the bundles and the icon fonts; false for anything else. */
export async function handleFluent(r: ReplicaRequest): Promise<boolean> {
  const { url, res } = r;
  for (const rendering of Object.keys(BUNDLE_PATH) as FluentRendering[]) {
    if (url.pathname !== BUNDLE_PATH[rendering]) continue;
    try {
      return send(res, 200, await fluentBundle(rendering), 'text/javascript; charset=utf-8');
    } catch (error) {
      return send(res, 500, `/* ${rendering} bundle failed: ${String(error).replace(/\*\//g, '* /')} */`, 'text/javascript; charset=utf-8');
    }
  }
  if (url.pathname.startsWith(ICONS_PREFIX)) {
    const name = url.pathname.slice(ICONS_PREFIX.length);
    if (!/^fabric-icons[\w-]*\.woff$/.test(name)) return false;
    try {
      const data = await readFile(path.join(iconsDir(), name));
      res.writeHead(200, { 'content-type': 'font/woff', 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' });
      res.end(data);
      return true;
    } catch {
      return false;
    }
  }
  if (!url.hostname.endsWith('.reactblade.portal.azure.net') || url.pathname !== FLUENT_FRAME_PATH) return false;
  const q = url.searchParams;
  const requested = q.get('replicaRendering') ?? '';
  const rendering: FluentRendering = isFluentRendering(requested) ? requested : 'fluent8';
  const authority = q.get('trustedAuthority') ?? '';
  const delay = q.get('replicaDelay') ?? '';
  return send(
    res,
    200,
    page(rendering, {
      rendering,
      lang: (q.get('l') ?? '').startsWith('de') ? 'de' : 'en',
      parentOrigin: PORTAL_ORIGINS.includes(authority) ? authority : 'https://portal.azure.com',
      delay: /^\d+$/.test(delay) ? delay : '350',
      authExperience: q.get('replicaAuthExperience') === 'new' ? 'new' : 'classic',
      iconsBase: ICONS_PREFIX,
    }),
  );
}
