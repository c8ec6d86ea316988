/**
 * SECURITY.md, "Extension hygiene": what the shipped source never does, and the manifest's
 * permissions and CSP as promised. (The built manifests, web-ext lint and npm audit are checked
 * after the build by scripts/security-check.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHIPPED = ['entrypoints', 'utils', 'components'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(name) ? [p] : [];
  });
}

const sources = SHIPPED.flatMap((d) => files(path.join(ROOT, d))).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));

/** Source without comments, so a comment that names a forbidden API is not a finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function findings(pattern: RegExp): string[] {
  return sources.flatMap(({ file, text }) => (pattern.test(code(text)) ? [file] : []));
}

describe('shipped source', () => {
  it('is found (the scans below read something)', () => {
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.some((s) => s.file === path.join('utils', 'background', 'secrets.ts'))).toBe(true);
  });

  it('never builds HTML from strings (no innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML)', () => {
    expect(findings(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|DOMParser/)).toEqual(
      [],
    );
  });

  it('never evaluates strings as code (no eval, Function constructor, string timers)', () => {
    expect(findings(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('loads no remote code (no import/importScripts/script src from a URL)', () => {
    expect(findings(/import\s*\(\s*['"`]https?:|importScripts\s*\(|<script[^>]+src=["']?(https?:)?\/\//)).toEqual([]);
  });

  it('does not open its storage to content scripts (storage.session stays TRUSTED_CONTEXTS)', () => {
    expect(findings(/UNTRUSTED_CONTEXTS|TRUSTED_AND_UNTRUSTED_CONTEXTS/)).toEqual([]);
  });
});

type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: 'build' }) => Record<string, unknown>;

describe('manifest (wxt.config.ts)', () => {
  const manifestFor = (browser: string) => (config.manifest as unknown as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: least privilege, as SECURITY.md lists it`, () => {
      const m = manifestFor(browser);
      expect([...(m.permissions as string[])].sort()).toEqual(['alarms', 'declarativeNetRequestWithHostAccess', 'identity', 'scripting', 'storage']);
      expect(m.host_permissions).toEqual(['https://login.microsoftonline.com/*', 'https://graph.microsoft.com/*']);
      expect(m.optional_host_permissions).toEqual(['https://*/*']);
      for (const key of ['web_accessible_resources', 'externally_connectable', 'content_scripts', 'sandbox', 'oauth2', 'key'])
        expect(m, key).not.toHaveProperty(key);
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|http:\/\/|\*:\/\//);
    });

    it(`${browser}: a strict extension-page CSP (own scripts only, no eval, no remote code, no plugins, no framing)`, () => {
      const csp = (manifestFor(browser).content_security_policy as { extension_pages: string }).extension_pages;
      const directives = Object.fromEntries(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([k, ...v]) => [k, v]),
      );
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'none'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    });
  }

  it('only the E2E build pre-grants the test ServiceOps origin', () => {
    // scripts/build-e2e.ts makes a production build with this switch set.
    process.env.SERVICEOPS_E2E_BUILD = '1';
    try {
      expect(manifestFor('chrome').host_permissions).toContain('https://serviceops.test/*');
    } finally {
      delete process.env.SERVICEOPS_E2E_BUILD;
    }
    expect(JSON.stringify(manifestFor('chrome'))).not.toContain('serviceops.test');
    expect(JSON.stringify(manifestFor('firefox'))).not.toContain('serviceops.test');
  });

  it('firefox: a fixed add-on id (storage survives updates) and declared data transmission', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['authenticationInfo'] });
  });
});
