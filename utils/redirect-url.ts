/** Only an https URL (without credentials) is worth keeping as the Redirect URL the portal must register. */
export function acceptedRedirectUrl(raw: string | undefined): string | undefined {
  if (!raw || raw.length > 500) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
