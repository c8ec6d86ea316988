/**
 * Which Chromium the tests, the demo and the benchmark drive. Playwright never downloads a
 * browser here: Debian's package is used, or whatever CHROMIUM_PATH names.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error("No Chromium found. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).");
  return found;
}
