/** The URLs and scopes ServiceOps wants, derived from the tenant and the path (FACTS.md). */
import type { SetupPath } from './schemas';

export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export const SCOPES: Record<SetupPath, string> = {
  imap: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
  mapi: 'https://outlook.office365.com/.default',
};

export function authorizationUrl(tenant: string): string {
  return `${LOGIN_ORIGIN}/${encodeURIComponent(tenant)}/oauth2/v2.0/authorize`;
}

export function tokenUrl(tenant: string): string {
  return `${LOGIN_ORIGIN}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
}
