/**
 * The script injected into every portal frame must stay small (README, "Performance": at most
 * 8 KB gzipped): run after `npm run build`, fails when the built per-frame script is over budget.
 * The lint rules keep zod and the contract's runtime out of utils/sensor/; this catches the rest.
 *
 * Usage: tsx scripts/size-check.ts   (WXT_OUT_DIR chooses the build folder, like the build itself)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, process.env.WXT_OUT_DIR ?? '.output');
const BUDGET_BYTES = 8 * 1024;
const FILES = ['chrome-mv3/content-scripts/portal.js', 'firefox-mv3/content-scripts/portal.js'];

const problems: string[] = [];
for (const rel of FILES) {
  const file = path.join(OUT, rel);
  if (!existsSync(file)) {
    problems.push(`${rel}: not built at ${file} (run npm run build first)`);
    continue;
  }
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  const line = `${rel}: ${(gzipped / 1024).toFixed(2)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`;
  if (gzipped > BUDGET_BYTES) problems.push(line);
  else console.log(`ok   ${line}`);
}

if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
