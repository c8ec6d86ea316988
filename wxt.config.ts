import { defineConfig } from 'wxt';
import { writeLocales } from './scripts/write-locales';

/** Microsoft hosts the extension needs on every install: the portal (content scripts) and the live checks. */
const MICROSOFT_ORIGINS = ['https://login.microsoftonline.com', 'https://graph.microsoft.com'];
const MICROSOFT_HOSTS = MICROSOFT_ORIGINS.map((origin) => `${origin}/*`);

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  // Parallel local builds (several people testing at once) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  // scripts/build-e2e.ts: a production build whose only difference is the pre-granted test origin.
  outDirTemplate: process.env.SERVICEOPS_E2E_BUILD === '1' ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  hooks: {
    // UI strings: the per-area catalogs become public/_locales/<lang>/messages.json (utils/i18n/define.ts).
    'config:resolved': (wxt) => writeLocales(wxt.config.publicDir),
    'vite:build:extendConfig': (entrypoints, config) => {
      // The extension's pages (popup, side panel, options, sign-in…) are built together, and automatic code
      // splitting gave each a dozen small shared chunks. Every file an extension page loads is a round trip
      // through the browser process: the popup waited about 20 ms for its 13 files before React could start.
      // Small common chunks are therefore copied into the chunks that use them (rolldown keeps one module
      // state across the copies); React's DOM renderer and the dynamic imports stay files of their own. A style
      // module copied along is still emitted as one stylesheet (same content, same file), linked by each page.
      if (entrypoints.some((e) => e.name === 'popup')) {
        config.build ??= {};
        config.build.rolldownOptions = {
          ...config.build.rolldownOptions,
          preserveEntrySignatures: false,
          output: { ...config.build.rolldownOptions?.output, codeSplitting: { experimentalInlineCommonChunks: { maxSize: 100_000 } } },
        };
      }
      // The sensor injected into every portal frame must stay tiny (8 KB budget), and so must the checklist's
      // frame script that joins it in guided tabs: they use the browser's own
      // promise-based API (chrome.* in MV3, browser.* in Firefox) instead of the ~3 KB polyfill.
      if (!entrypoints.some((e) => e.name === 'portal' || e.name === 'portal-guidance')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const a of alias) if (a.find === 'wxt/browser') a.replacement = '@wxt-dev/browser';
      } else if (alias && typeof alias === 'object') (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
    },
  },
  manifest: ({ browser, command }) => ({
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'alarms', 'declarativeNetRequestWithHostAccess', 'identity', 'notifications'],
    // The E2E build pre-grants the fixed test origin: a headless browser cannot click Chrome's permission prompt.
    host_permissions: process.env.SERVICEOPS_E2E_BUILD === '1' ? [...MICROSOFT_HOSTS, 'https://serviceops.test/*'] : MICROSOFT_HOSTS,
    // ServiceOps is self-hosted anywhere: each origin is requested when the admin adds it.
    optional_host_permissions: ['https://*/*'],
    // The toolbar shows the manifest's icon (public/icon/, which WXT lists as the manifest's icons).
    action: { default_title: '__MSG_ext_name__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // An organization can preset the ServiceOps URLs by policy (Chrome's managed storage).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    content_security_policy: {
      // Pages and the background talk to Microsoft's sign-in and Graph only (`wxt dev` adds its reload server).
      extension_pages: `script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; connect-src 'self' ${MICROSOFT_ORIGINS.join(' ')}${command === 'serve' ? ' http://localhost:* ws://localhost:*' : ''}`,
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'serviceops-azure-oauth-helper@motadata-tools.example',
              strict_min_version: '140.0',
              // Firefox's install-time consent: the client secret goes to Microsoft's token endpoint and into the admin's ServiceOps page.
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
          },
        }
      : {}),
  }),
});
