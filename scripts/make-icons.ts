/**
 * Draws the extension's icons (public/icon/<size>.png, WXT's convention: the manifest and the
 * toolbar pick them up) from docs/icon.svg with the Chromium the tests use. Run after changing the
 * SVG: `npx tsx scripts/make-icons.ts`; the PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumPath } from './chromium-path';

/** What the Chrome Web Store (128, and 16/32/48 in the toolbar and extensions page) and Firefox's add-ons site (48, 96) ask for. */
const SIZES = [16, 32, 48, 96, 128];
const ROOT = path.resolve(import.meta.dirname, '..');

const svg = await readFile(path.join(ROOT, 'docs/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: path.join(ROOT, 'public/icon', `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Icons written: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
