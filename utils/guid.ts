/**
 * GUID helpers small enough for the per-frame sensor (no zod here).
 * Client, tenant, object and secret IDs are all GUIDs.
 */
export const GUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const EXACT = new RegExp(`^${GUID_PATTERN.source}$`, 'i');

export function isGuid(value: string): boolean {
  return EXACT.test(value);
}

/** The first GUID in a piece of text, lower-cased, or undefined. */
export function findGuid(text: string | null | undefined): string | undefined {
  return text ? GUID_PATTERN.exec(text)?.[0].toLowerCase() : undefined;
}
