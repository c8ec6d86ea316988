/**
 * What the background says to a page (its refusals, and where a value came from) goes through the
 * UI string catalogs: no sentence is written into the background's sources, and a German browser
 * gets German answers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '../../utils/background/router';
import { applyFact, applyPatch, newSetup } from '../../utils/background/setups';
import { generatePowerShell } from '../../utils/guidance/powershell';
import { httpsOriginSchema } from '../../utils/schemas';
import { setUiLanguage } from './i18n-setup';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BACKGROUND = 'utils/background';

/** Texts that are data, not UI: a new setup's stored default name, compared as such elsewhere. */
const NOT_UI = new Set(['New setup']);

function files(rel: string): string[] {
  const abs = path.join(ROOT, rel);
  if (!statSync(abs).isDirectory()) return rel.endsWith('.ts') ? [rel] : [];
  return readdirSync(abs).flatMap((f) => files(path.join(rel, f)));
}

/** A literal's text, each `${…}` of a template read as a word (`${blade} on ${host}` is a sentence). */
function literalText(node: ts.Node, hole: string): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(hole);
  return undefined;
}

/** Two words: letters, then a space, then letters again (`Certificates & secrets` too; not `secret-expiry-check`). */
const WORDS = /\p{L}\s+\P{L}*\p{L}/u;

/**
 * Words written into the code outside `t()`: every string with two words or more (a sentence, or
 * the start of one), and any text at all given to `fail()`.
 */
export function untranslated(source: string, name = 'x.ts'): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node, inFail: boolean): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 't') return;
      if (node.expression.text === 'fail') {
        node.arguments.forEach((a) => visit(a, true));
        return;
      }
    }
    const text = literalText(node, 'x');
    if (text !== undefined && !NOT_UI.has(text) && (WORDS.test(text) || (inFail && /\p{L}/u.test(text)))) found.push(literalText(node, '…') ?? text);
    ts.forEachChild(node, (child) => visit(child, inFail));
  };
  visit(file, false);
  return found;
}

describe('no English written into the background', () => {
  it('finds sentences and any text given to fail(), not t() keys, names or addresses', () => {
    expect(untranslated("return fail('No tab.');")).toEqual(['No tab.']);
    expect(untranslated('return fail(`Refused (${why})`);')).toEqual(['Refused (…)']);
    expect(untranslated("return fail(ok ? t('bg_noTab') : 'invalid');")).toEqual(['invalid']);
    expect(untranslated("const GONE = 'That setup no longer exists.'; return fail(GONE);")).toEqual(['That setup no longer exists.']);
    expect(untranslated('const p = { detail: `Shown by ServiceOps at ${origin}` };')).toEqual(['Shown by ServiceOps at …']);
    expect(untranslated("const B = { x: 'Certificates & secrets' }; const d = `${B.x} on ${host}`;")).toEqual(['Certificates & secrets', '… on …']);
    expect(untranslated("import { t } from '../i18n/t'; return fail(t('bg_requestRefused', { reason: e ?? 'invalid' }));")).toEqual([]);
    expect(untranslated("const A = 'secret-expiry-check'; browser.runtime.getURL(`/fill-confirm.html#${id}`); newSetup(id, now, 'New setup');")).toEqual([]);
    expect(untranslated('const badge = `${left}d`; const key = `${step}-${hash}`;')).toEqual([]);
  });

  it.each(files(BACKGROUND))('%s', (rel) => {
    expect(untranslated(readFileSync(path.join(ROOT, rel), 'utf8'), rel)).toEqual([]);
  });
});

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const route = createRouter({ extensionId: ID, extensionOrigin: ORIGIN, now: () => 1_000, newId: () => 'id-1' });

describe('the background in a German browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses in German, and in English by default', async () => {
    expect(await route({ type: 'select-setup', setupId: 'nope' }, popup)).toEqual({ ok: false, error: 'That setup no longer exists.' });
    setUiLanguage('de');
    expect(await route({ type: 'select-setup', setupId: 'nope' }, popup)).toEqual({ ok: false, error: 'Diese Einrichtung gibt es nicht mehr.' });
    const secret = { setupId: 'a', value: 'v', keyId: 'k', hint: 'v', expires: '2027-01-01T00:00:00Z', description: 'd' };
    expect(await route({ type: 'rotation-secret', ...secret }, popup)).toEqual({
      ok: false,
      error: 'Nur die Seite zum Erneuern des Schlüssels kann einen neuen Schlüssel übergeben.',
    });
    const refused = await route({ type: 'select-setup' }, popup);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Die Erweiterung hat diese Anfrage abgelehnt \(.+\)\.$/) });
  });

  it('writes where a value came from in German, quoting the portal in German', () => {
    setUiLanguage('de');
    const typed = applyPatch(newSetup('a', 1), { clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' }, 2);
    expect(typed.clientId?.provenance.detail).toBe('Im Popup eingegeben oder eingefügt');
    const ctx = { now: 3, host: 'portal.azure.com', newId: () => 'b' };
    const app = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const read = applyFact(
      { setups: [], activeSetupId: null },
      { kind: 'app-essentials', clientId: app, tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
      ctx,
    );
    expect(read.setups[0]?.tenantId?.provenance.detail).toBe('der Übersicht der App auf portal.azure.com');
    const secret = applyFact({ setups: [], activeSetupId: null }, { kind: 'secret-masked', appId: app, secretIds: [] }, ctx);
    expect(secret.setups[0]?.clientId?.provenance.detail).toBe('„Zertifikate & Geheimnisse“ auf portal.azure.com (Seitenadresse)');
  });

  it('explains a refused ServiceOps address and the PowerShell in German, the cmdlets untouched', () => {
    setUiLanguage('de');
    expect(httpsOriginSchema.safeParse('http://sd.example.com').error?.issues[0]?.message).toBe(
      'ServiceOps muss über https erreicht werden; http würde den geheimen Clientschlüssel im Netzwerk offenlegen.',
    );
    const { text } = generatePowerShell('service-principal', {});
    expect(text.split('\n')[0]).toBe('# Einmal pro Rechner: Install-Module ExchangeOnlineManagement');
    expect(text).toContain('New-ServicePrincipal -AppId <Application (client) ID>');
  });
});
