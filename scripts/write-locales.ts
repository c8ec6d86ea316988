/**
 * Writes `public/_locales/<lang>/messages.json` from the TypeScript catalogs (utils/i18n/catalogs).
 * Called by `wxt.config.ts` whenever WXT resolves its config (prepare, build, dev, vitest), so the
 * generated files always match the catalogs; they are not committed. Written to a temporary file and
 * renamed: parallel builds in one tree never read half a file.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CATALOGS } from '../utils/i18n/catalogs';
import { LANGUAGES, toMessagesJson } from '../utils/i18n/messages-json';

export async function writeLocales(publicDir: string): Promise<void> {
  for (const lang of LANGUAGES) {
    const dir = path.join(publicDir, '_locales', lang);
    const file = path.join(dir, 'messages.json');
    const text = `${JSON.stringify(toMessagesJson(CATALOGS, lang), null, 2)}\n`;
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current === text) continue;
    await mkdir(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, text);
    await rename(tmp, file);
  }
}
