/**
 * Serves the Fluent ReactView frame on `*.reactblade.portal.azure.net`: the frame page at
 * `/React/Index`, its two client bundles (Fluent UI v8 and v9, each with its own single React 18)
 * and the Fluent v8 icon font files, which the real frames load from a CDN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { send } from '../../http-util';
import type { ReplicaRequest } from '../../types';
import { FLUENT_FRAME_PATH, isFluentRendering, type FluentRendering } from './frame-url';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const ICONS_PREFIX = '/__replica/static/fluent-icons/';
const BUNDLE_PATH: Record<FluentRendering, string> = { fluent8: '/__replica/static/fluent8.js', fluent9: '/__replica/static/fluent9.js' };
const ENTRY: Record<FluentRendering, string> = { fluent8: './v8/main.tsx', fluent9: './v9/main.tsx' };
const PORTAL_ORIGINS = ['https://portal.azure.com', 'https://entra.microsoft.com'];

const bundles = new Map<FluentRendering, Promise<string>>();

/**
 * `@fluentui/react-icons` re-exports its thousands of icons from one index (16 MB of source to
 * parse): each module that imports from it gets a module exporting just the icons it names, from
 * the package's per-icon files (`lib/atoms/svg/<name>.js`). Anything not found there comes from the
 * index as before, so the bundle is the same either way, only built faster.
 */
function fluentIconsAtoms(): Plugin {
  const require = createRequire(import.meta.url);
  const lib = path.join(path.dirname(require.resolve('@fluentui/react-icons')), '..', 'lib');
  const helpers = ['utils/bundleIcon.js', 'utils/wrapIcon.js', 'utils/createFluentIcon.js', 'utils/useIconState.js', 'utils/constants.js', 'contexts/index.js'];
  const fileFor = (name: string): string => {
    const atom = path.join(
      lib,
      'atoms/svg',
      `${name
        .replace(/\d*(Regular|Filled|Color|Light)$/, '')
        .replace(/(?<=[a-z0-9])([A-Z])/g, '-$1')
        .toLowerCase()}.js`,
    );
    if (existsSync(atom) && readFileSync(atom, 'utf8').includes(`export const ${name} `)) return atom;
    const exported = new RegExp(`export\\s+(?:const|function|class)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b`);
    const helper = helpers.map((h) => path.join(lib, h)).find((f) => exported.test(readFileSync(f, 'utf8')));
    return helper ?? path.join(lib, 'index.js');
  };
  return {
    name: 'fluent-icons-atoms',
    setup(b) {
      b.onResolve({ filter: /^@fluentui\/react-icons$/ }, (args) => ({ path: args.importer, namespace: 'fluent-icons' }));
      b.onLoad({ filter: /.*/, namespace: 'fluent-icons' }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const names = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]@fluentui\/react-icons['"]/g)]
          .flatMap((m) => (m[1] ?? '').split(','))
          .map((n) => n.trim().split(/\s+as\s+/)[0] ?? '')
          .filter((n) => /^\w+$/.test(n));
        const contents = names.length
          ? [...new Set(names)].map((n) => `export { ${n} } from ${JSON.stringify(fileFor(n))};`).join('\n')
          : `export * from ${JSON.stringify(path.join(lib, 'index.js'))};`;
        return { contents, loader: 'js', resolveDir: lib };
      });
    },
  };
}

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
      plugins: [fluentIconsAtoms()],
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
