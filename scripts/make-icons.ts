/**
 * Draws the extension's icons (public/icon/<size>.png, WXT's convention: the manifest and the
 * toolbar pick them up) and docs/icon.svg from the one drawing in components/brand-icon.tsx, with
 * the Chromium the tests use. Run after changing the drawing: `npx tsx scripts/make-icons.ts`; the
 * files are committed.
 */
import { chromium } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BrandIcon } from '../components/brand-icon';
import { chromiumPath } from './chromium-path';

/** What the Chrome Web Store (128, and 16/32/48 in the toolbar and extensions page) and Firefox's add-ons site (48, 96) ask for. */
const SIZES = [16, 32, 48, 96, 128];
const ROOT = path.resolve(import.meta.dirname, '..');
const svg = (size: number) => renderToStaticMarkup(createElement(BrandIcon, { size }));

await writeFile(path.join(ROOT, 'docs/icon.svg'), `${svg(128)}\n`);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(size)}`);
    await page.screenshot({ path: path.join(ROOT, 'public/icon', `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Icons written: docs/icon.svg, ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
