import { defineConfig } from 'wxt';

/** Microsoft hosts the extension needs on every install: the portal (content scripts) and the live checks. */
const MICROSOFT_HOSTS = [
  'https://login.microsoftonline.com/*',
  'https://graph.microsoft.com/*',
];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  // Parallel local builds (several people testing at once) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  webExt: { disabled: true },
  manifest: ({ mode, browser }) => ({
    name: 'ServiceOps Azure OAuth Helper',
    description:
      'Guides you through registering a Microsoft Entra app for ServiceOps mail over OAuth, captures the IDs and secret, checks them, and fills the ServiceOps form.',
    permissions: ['storage', 'scripting', 'alarms', 'declarativeNetRequestWithHostAccess', 'identity'],
    // The E2E build pre-grants the fixed test origin: a headless browser cannot click Chrome's permission prompt.
    host_permissions: mode === 'e2e' ? [...MICROSOFT_HOSTS, 'https://serviceops.test/*'] : MICROSOFT_HOSTS,
    // ServiceOps is self-hosted anywhere: each origin is requested when the admin adds it.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: 'ServiceOps Azure OAuth Helper' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'serviceops-azure-oauth-helper@motadata-tools.example', strict_min_version: '128.0' } } }
      : {}),
  }),
});
