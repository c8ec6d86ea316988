/** Hosts whose frames may report portal facts. Kept in sync with the portal content script's matches. */
export const PORTAL_MATCHES = ['https://portal.azure.com/*', 'https://entra.microsoft.com/*', 'https://*.reactblade.portal.azure.net/*'];

export function isPortalHost(host: string): boolean {
  return host === 'portal.azure.com' || host === 'entra.microsoft.com' || host.endsWith('.reactblade.portal.azure.net');
}

/** Hosts the extension talks to itself; never treated as a ServiceOps origin. */
export const MICROSOFT_ORIGINS = ['https://login.microsoftonline.com', 'https://graph.microsoft.com'];
