/**
 * Starting Debian's Firefox ESR headless with the built extension against the replicas, driven by
 * puppeteer-core over WebDriver BiDi.
 *
 * Firefox has no --host-resolver-rules: it reaches the replicas through a local CONNECT proxy
 * that tunnels only the replica host names to the replica server and refuses everything else, so
 * nothing leaves the machine and no port 443 (or root) is needed.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPLICA_HOSTS, type Replicas } from '../replicas/server';

/**
 * The build that ships (`npm run build`), not an E2E variant: Firefox grants an origin the way its
 * users do, through the options page's permission request (see the preference below).
 */
export const FIREFOX_BUILD = path.resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3');

/** The extension's gecko id (wxt.config.ts) and the moz-extension:// host it gets in the test profile. */
const GECKO_ID = 'serviceops-azure-oauth-helper@motadata-tools.example';
export const EXTENSION_UUID = '5e7a0c4e-6f1b-4c39-9a52-0d1e2f3a4b5c';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((c): c is string => !!c);
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error('No Firefox found: run bash scripts/ensure-firefox.sh (or set FIREFOX_PATH).');
  return found;
}

function isReplicaHost(host: string): boolean {
  return REPLICA_HOSTS.some((pattern) => (pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern));
}

export interface ReplicaProxy {
  port: number;
  /** Hosts Firefox asked for that were refused (its own update and telemetry services, for instance). */
  refused: string[];
  close(): Promise<void>;
}

/** HTTPS only (CONNECT host:443): the replica hosts Firefox needs are all https. */
export async function startReplicaProxy(replicas: Replicas): Promise<ReplicaProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      const match = /^CONNECT ([^\s:]+):443 HTTP\/1\.[01]\r\n/.exec(head.toString('latin1'));
      const host = match?.[1]?.toLowerCase();
      if (!host || !isReplicaHost(host)) {
        if (host) refused.push(host);
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(replicas.port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface LaunchedFirefox {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(proxy: ReplicaProxy, options: { locale?: string } = {}): Promise<LaunchedFirefox> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) throw new Error(`No Firefox E2E build at ${FIREFOX_BUILD}: run npm run build first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Names are resolved by the proxy, never by the machine's DNS.
      'network.proxy.socks_remote_dns': true,
      'network.dns.disablePrefetch': true,
      // permissions.request() still runs (from a click, as in use), but Firefox answers without its
      // doorhanger, which a headless browser cannot click: the admin's "Allow", by preference.
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...(options.locale ? { 'intl.locale.requested': options.locale, 'intl.accept_languages': options.locale } : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return { browser, close: () => browser.close() };
}

/**
 * Opens one of the extension's pages in a tab. WebDriver BiDi reports no load event for
 * moz-extension:// navigations, so the page is awaited by its own readiness instead.
 */
export async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_BASE}/${file}`;
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => ['', ''] as const);
    if (ready[0] === url && ready[1] === 'complete') return page;
    if (Date.now() > deadline) throw new Error(`${file} did not load (at ${ready[0]}, ${ready[1]}).`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
