/**
 * The scripts injected into portal frames must stay small (README, "Performance"): the sensor in
 * every portal frame at most 8 KB gzipped, and the checklist's frame script, which joins it only in
 * the frames of a tab being guided, at most 5 KB. Run after `npm run build`; fails when a built
 * script is over its budget. The lint rules keep zod and the contract's runtime out of
 * utils/sensor/; this catches the rest.
 *
 * Usage: tsx scripts/size-check.ts   (WXT_OUT_DIR chooses the build folder, like the build itself)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, process.env.WXT_OUT_DIR ?? '.output');
const BUDGETS: Record<string, number> = { 'portal.js': 8 * 1024, 'portal-guidance.js': 5 * 1024 };
const FILES = ['chrome-mv3', 'firefox-mv3'].flatMap((b) => Object.keys(BUDGETS).map((f) => `${b}/content-scripts/${f}`));

const problems: string[] = [];
for (const rel of FILES) {
  const file = path.join(OUT, rel);
  if (!existsSync(file)) {
    problems.push(`${rel}: not built at ${file} (run npm run build first)`);
    continue;
  }
  const budget = BUDGETS[path.basename(rel)] ?? 0;
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  const line = `${rel}: ${(gzipped / 1024).toFixed(2)} KB gzipped (budget ${budget / 1024} KB)`;
  if (gzipped > budget) problems.push(line);
  else console.log(`ok   ${line}`);
}

if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
