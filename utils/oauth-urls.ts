/** The URLs and scopes ServiceOps wants, derived from the tenant, the path and the form's protocol (docs/microsoft-changes.md). */
import type { MailProtocol, SetupPath } from './schemas';

export const LOGIN_ORIGIN = 'https://login.microsoftonline.com';

export type { MailProtocol };

export const PROTOCOL_NAMES: Record<MailProtocol, string> = { imap: 'IMAP', pop3: 'POP3', smtp: 'SMTP', mapi: 'MAPI (EWS)' };

/**
 * One delegated scope per protocol: a token for one protocol does not authorize another. App-only
 * access (MAPI/EWS, and any protocol on the MAPI/EWS path) uses the resource's `.default`.
 */
export const SCOPES: Record<MailProtocol, string> = {
  imap: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
  pop3: 'https://outlook.office.com/POP.AccessAsUser.All offline_access',
  smtp: 'https://outlook.office.com/SMTP.Send offline_access',
  mapi: 'https://outlook.office365.com/.default',
};

/** The scope a form gets: app-only for MAPI/EWS or an app-only setup, else the protocol's delegated scope. */
export function scopeFor(path: SetupPath, protocol: MailProtocol): string {
  return path === 'mapi' ? SCOPES.mapi : SCOPES[protocol];
}

/** The protocols a setup is used for: those it was filled into, else the one its path implies. */
export function protocolsOf(setup: { path: SetupPath; protocols?: readonly MailProtocol[] }): MailProtocol[] {
  return setup.protocols?.length ? [...setup.protocols] : [setup.path === 'mapi' ? 'mapi' : 'imap'];
}

export function authorizationUrl(tenant: string): string {
  return `${LOGIN_ORIGIN}/${encodeURIComponent(tenant)}/oauth2/v2.0/authorize`;
}

export function tokenUrl(tenant: string): string {
  return `${LOGIN_ORIGIN}/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
}
