/**
 * Small DOM helpers shared by the capture readers (essentials, secrets grid, enterprise app)
 * and the copy watcher. Dependency-free: they run in every portal frame.
 */
import { parsePortalHash, type PortalRoute } from '../portal-route';

/**
 * The frame's route as it is now. A framed blade may be re-pointed with history.replaceState,
 * which fires no hashchange, so the route parsed when the sensor last woke up can be stale.
 */
export function liveRoute(doc: Document): PortalRoute | undefined {
  return parsePortalHash(doc.location?.hash ?? '');
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What the portal shows instead of a secret after the blade was left: the hint and a run of mask characters. */
export function isMaskedText(text: string): boolean {
  return /[*\u2022\u25cf]{6,}/.test(text);
}

/** The shape of a client secret Value: 16–64 characters of the secret alphabet, no spaces. */
export function looksLikeSecretValue(text: string): boolean {
  return /^[A-Za-z0-9_~.\-+=/]{16,64}$/.test(text) && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}

/**
 * A date as the portal shows it (locale dependent) → yyyy-mm-dd, or undefined when it is not
 * a date. Slash dates are month-first only in US English, as the portal formats them.
 */
export function toIsoDate(text: string, lang: string): string | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (match) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(t))) {
    const monthFirst = match[2] === '/' && /^en(-us)?$/i.test(lang || 'en-US');
    [y, m, d] = [+match[4]!, monthFirst ? +match[1]! : +match[3]!, monthFirst ? +match[3]! : +match[1]!];
  } else return undefined;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lower-case label fragments per language; one signal among several, never the only one. */
export function labelIs(label: string, fragments: readonly string[]): boolean {
  const l = label.toLowerCase();
  return fragments.some((f) => l.includes(f));
}
