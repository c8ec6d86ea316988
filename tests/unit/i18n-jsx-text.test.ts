/**
 * No UI string escapes translation: in the directories already converted, JSX holds no raw text
 * with letters and no literal text in the attributes a user reads or hears. Files are listed, not
 * globbed by owner: add a directory or file here once its strings go through `t()`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

export const CONVERTED: string[] = [
  'components/popup-app.tsx',
  'components/popup',
  'components/checks',
  'components/panel',
  'components/options-app.tsx',
  'components/options',
  'components/sidepanel',
  'components/field.tsx',
  'components/fill-confirm',
  'entrypoints',
];

/** Example values (a web or mail address) read the same in every language. */
const EXAMPLE = /^(https:\/\/\S*|[\w.+-]+@[\w.-]+)$/;

const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

function files(rel: string): string[] {
  const abs = path.join(ROOT, rel);
  if (!statSync(abs).isDirectory()) return [rel];
  return readdirSync(abs).flatMap((f) => (f.endsWith('.tsx') || statSync(path.join(abs, f)).isDirectory() ? files(path.join(rel, f)) : []));
}

/** Raw text in JSX: `<p>Run checks</p>` and `aria-label="Close"`; expressions (`{t('…')}`) are fine. */
export function rawJsxText(source: string, name = 'x.tsx'): string[] {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && READ_ATTRIBUTES.has(node.name.getText(file))) {
      if (/\p{L}/u.test(node.initializer.text) && !EXAMPLE.test(node.initializer.text)) found.push(`${node.name.getText(file)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no raw UI text in converted JSX', () => {
  it('finds raw text and read attributes, not expressions or class names', () => {
    expect(rawJsxText('const a = <p className="x" aria-label="Close">Run checks {t("k")}</p>;')).toEqual(['aria-label="Close"', 'Run checks']);
    expect(rawJsxText('const a = <p className="x" aria-label={t("k")}>{t("k")} · </p>;')).toEqual([]);
    expect(rawJsxText('const a = <input placeholder="https://sd.example.com" title="Your address" />;')).toEqual(['title="Your address"']);
    expect(rawJsxText('const a = <input placeholder="support@contoso.com" aria-label="Mailbox" />;')).toEqual(['aria-label="Mailbox"']);
  });

  it.each(CONVERTED.flatMap(files))('%s', (rel) => {
    expect(rawJsxText(readFileSync(path.join(ROOT, rel), 'utf8'), rel)).toEqual([]);
  });
});
