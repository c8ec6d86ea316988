/**
 * Values pasted from the portal, mail or chat often carry invisible characters, quotes or
 * braces. Cleaning is separate from validation so the UI can say what it removed.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g;
const QUOTE_PAIRS: [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['`', '`'],
  ['<', '>'],
];

export interface Cleaned {
  value: string;
  /** Human-readable notes on what was removed, e.g. "surrounding quotes". */
  removed: string[];
}

export function cleanPasted(raw: string): Cleaned {
  const removed: string[] = [];
  let value = raw;
  const withoutInvisible = value.replace(INVISIBLE, '');
  if (withoutInvisible !== value) removed.push('invisible characters');
  value = withoutInvisible;
  const trimmed = value.trim();
  if (trimmed !== value) removed.push('spaces or line breaks at the ends');
  value = trimmed;
  for (const [open, close] of QUOTE_PAIRS) {
    if (value.length >= 2 && value.startsWith(open) && value.endsWith(close)) {
      value = value.slice(1, -1).trim();
      removed.push('surrounding quotes');
      break;
    }
  }
  return { value, removed };
}

/** GUIDs are also written `{…}` (registry, PowerShell) and in upper case. */
export function cleanGuid(raw: string): Cleaned {
  const cleaned = cleanPasted(raw);
  let { value } = cleaned;
  if (/^\{.*\}$/.test(value)) {
    value = value.slice(1, -1).trim();
    cleaned.removed.push('braces');
  }
  if (value !== value.toLowerCase()) value = value.toLowerCase();
  return { value, removed: cleaned.removed };
}
