/**
 * SECURITY.md, "Extension hygiene": what the shipped source never does, and the manifest's
 * permissions and CSP as promised. (The built manifests, web-ext lint and npm audit are checked
 * after the build by scripts/security-check.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint, Linter } from 'eslint';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import config from '../../wxt.config';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHIPPED = ['entrypoints', 'utils', 'components'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|html)$/.test(name) ? [p] : [];
  });
}

const shipped = SHIPPED.flatMap((d) => files(path.join(ROOT, d))).map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));
const scripts = shipped.filter((s) => /\.tsx?$/.test(s.file));

/** The rules eslint.config.js gives shipped code for SECURITY.md's "never" list. */
const SECURITY_RULES = [
  'no-console',
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
  'no-eval',
  'no-implied-eval',
  'no-new-func',
] as const;

const eslint = new ESLint({ cwd: ROOT });
const severity = (entry: unknown) => (Array.isArray(entry) ? entry[0] : entry) as number | string | undefined;

/** Lints code with the security rules exactly as eslint.config.js configures them for `file` (no type information needed). */
async function securityLinter(file: string): Promise<(code: string, name?: string) => Linter.LintMessage[]> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, Linter.RuleEntry> };
  const rules = Object.fromEntries(SECURITY_RULES.map((r) => [r, config.rules[r] ?? 'off']));
  const linter = new Linter({ configType: 'flat' });
  const languageOptions = { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } }, globals: { ...globals.browser } };
  return (code, name = 'shipped.tsx') => linter.verify(code, [{ files: ['**/*.ts', '**/*.tsx'], languageOptions, rules }], name);
}

describe('shipped source (lint rules, not text scans)', () => {
  it('is found (the checks below read something)', () => {
    expect(scripts.length).toBeGreaterThan(20);
    expect(scripts.some((s) => s.file === path.join('utils', 'background', 'secrets.ts'))).toBe(true);
  });

  // `npm run lint` (in npm test) runs them over the repository; these tests keep them in force and able to fail.
  it('gets every security rule as an error from eslint.config.js, in every shipped file', async () => {
    const missing: string[] = [];
    for (const { file } of scripts) {
      const config = (await eslint.calculateConfigForFile(path.join(ROOT, file))) as { rules: Record<string, unknown> };
      for (const rule of SECURITY_RULES) if (![2, 'error'].includes(severity(config.rules[rule]) ?? 0)) missing.push(`${file}: ${rule}`);
    }
    expect(missing).toEqual([]);
  });

  it('the rules catch each form: logging under any name, HTML from strings, code from strings, remote code, opening storage.session', async () => {
    const lint = await securityLinter(path.join(ROOT, 'utils', 'background', 'secrets.ts'));
    const forms = [
      'console.log(s);',
      "console['log'](s);",
      'const c = console; c.info(s);',
      'const { log } = console; log(s);',
      'globalThis.console.warn(s);',
      "window['console'].error(s);",
      'self.console.debug(s);',
      'el.innerHTML = s;',
      'el.outerHTML += s;',
      "el['innerHTML'] = s;",
      "el.insertAdjacentHTML('beforeend', s);",
      'document.write(s);',
      'new DOMParser().parseFromString(s, "text/html");',
      'range.createContextualFragment(s);',
      'const x = <div dangerouslySetInnerHTML={{ __html: s }} />;',
      'eval(s);',
      'new Function(s);',
      "Function('return this')();",
      "setTimeout('run()', 10);",
      "await import('https://cdn.example.com/x.js');",
      "importScripts('x.js');",
      "await chrome.storage.session.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' });",
    ];
    const uncaught = forms.filter((code) => lint(`declare const s: string, el: Element, range: Range;\n${code}`).length === 0);
    expect(uncaught).toEqual([]);
    // Negative control: what shipped code does instead is not flagged.
    expect(lint('declare const s: string, el: Element;\nel.textContent = s; const kept = el.innerHTML.length; setTimeout(() => kept, 10);')).toEqual([]);
  });

  it('the pages load no remote code (no script src from a URL in the HTML)', () => {
    expect(shipped.filter((s) => s.file.endsWith('.html') && /<script[^>]+src=["']?(https?:)?\/\//.test(s.text)).map((s) => s.file)).toEqual([]);
  });
});

type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: 'build' }) => Record<string, unknown>;

describe('manifest (wxt.config.ts)', () => {
  const manifestFor = (browser: string) => (config.manifest as unknown as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

  for (const browser of ['chrome', 'firefox']) {
    it(`${browser}: least privilege, as SECURITY.md lists it`, () => {
      const m = manifestFor(browser);
      expect([...(m.permissions as string[])].sort()).toEqual([
        'alarms',
        'declarativeNetRequestWithHostAccess',
        'identity',
        'notifications',
        'scripting',
        'storage',
      ]);
      expect(m.host_permissions).toEqual(['https://login.microsoftonline.com/*', 'https://graph.microsoft.com/*']);
      expect(m.optional_host_permissions).toEqual(['https://*/*']);
      for (const key of ['web_accessible_resources', 'externally_connectable', 'content_scripts', 'sandbox', 'oauth2', 'key'])
        expect(m, key).not.toHaveProperty(key);
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>|http:\/\/|\*:\/\//);
    });

    it(`${browser}: a strict extension-page CSP (own scripts only, no eval, no remote code, no plugins, no framing, connections to Microsoft only)`, () => {
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
      // Pages and the background reach Microsoft's sign-in and Graph, nothing else (ServiceOps is
      // reached through its tab's content script, which this policy does not govern).
      expect(directives['connect-src']).toEqual(["'self'", 'https://login.microsoftonline.com', 'https://graph.microsoft.com']);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|http:|ws:|\*/);
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
