/** The ServiceOps server-form fields the extension knows, by label, across versions 7.9, 8.0 and 8.1+. */
import type { MailProtocol } from '../oauth-urls';
import type { SetupPath } from '../schemas';

export const FIELD_LABELS = {
  clientId: [/^client id$/, /^application \(client\) id$/, /^application id$/, /^client ?id$/],
  clientSecret: [/^client secret( value)?$/, /^secret( value)?$/],
  tenantId: [/^tenant( id)?$/, /^directory \(tenant\) id$/, /^tenant ?id$/],
  authorizationUrl: [/^auth(orization|orize)? (url|uri|endpoint)$/],
  tokenUrl: [/^(access )?token (url|uri|endpoint)$/],
  scope: [/^scopes?$/],
  redirectUrl: [/^redirect (url|uri)$/, /^callback (url|uri)$/],
  authType: [/^authentication( type| method)?$/, /^auth type$/, /^(use |enable )?oauth( 2(\.0)?)?( authentication)?$/],
  protocol: [/^protocol$/],
  provider: [/^(e-?mail )?(service )?provider$/],
  host: [/^host( ?name)?$/, /^(mail |imap |smtp |incoming |outgoing )?server( name| address| host)?$/],
} as const satisfies Record<string, readonly RegExp[]>;

export type FieldKey = keyof typeof FIELD_LABELS;

/** Fields the extension writes, in the order a person would fill them. */
export const FILL_ORDER = ['clientId', 'clientSecret', 'tenantId', 'authorizationUrl', 'tokenUrl', 'scope'] as const;
export type FillKey = (typeof FILL_ORDER)[number];

export const FIELD_NAMES: Record<FillKey, string> = {
  clientId: 'Client ID',
  clientSecret: 'Client Secret',
  tenantId: 'Tenant ID',
  authorizationUrl: 'Authorization URL',
  tokenUrl: 'Token URL',
  scope: 'Scope',
};

/** Microsoft 365's mail hosts, filled into an empty Host field (docs/portal-facts.md, "ServiceOps": IMAP 993 SSL/TLS on outlook.office365.com). */
export function microsoft365Host(protocolText: string | undefined): string {
  return protocolText && /\bsmtp\b/i.test(protocolText) ? 'smtp.office365.com' : 'outlook.office365.com';
}

/** The protocol a Protocol control shows, by its text (ServiceOps calls EWS "MAPI"). */
export function protocolFromText(text: string | undefined): MailProtocol | undefined {
  if (!text) return undefined;
  if (/\b(mapi|ews|exchange web services)\b/i.test(text)) return 'mapi';
  if (/\bpop3?\b/i.test(text)) return 'pop3';
  if (/\bsmtp\b/i.test(text)) return 'smtp';
  if (/\bimap4?\b/i.test(text)) return 'imap';
  return undefined;
}

/**
 * The protocol a form is for: what its Protocol control shows; without one, an app-only setup is
 * MAPI/EWS, an outgoing form SMTP and an incoming one IMAP.
 */
export function formProtocol(protocolText: string | undefined, direction: 'incoming' | 'outgoing', path: SetupPath): MailProtocol {
  return protocolFromText(protocolText) ?? (path === 'mapi' ? 'mapi' : direction === 'outgoing' ? 'smtp' : 'imap');
}

export const MICROSOFT_PROVIDER = /microsoft|office ?365|outlook|exchange|azure/i;
export const GOOGLE_PROVIDER = /google|gmail|g ?suite|workspace/i;
