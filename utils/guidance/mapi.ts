/** The MAPI/EWS path: Office 365 Exchange Online application permissions, admin consent, Exchange registration and restriction. */
import { protocolsOf, type MailProtocol } from '../oauth-urls';
import {
  choosePath,
  consentStep,
  copyIds,
  createSecret,
  enterpriseAppId,
  exchangeRestrict,
  exchangeServicePrincipal,
  hasPermission,
  permissionStep,
  redirectUri,
  registerApp,
  type CompletionInput,
  type GuidancePath,
  type RequiredPermission,
} from './vocabulary';

/** Exchange Online application permissions per protocol, when ServiceOps uses the app on its own (app-only). */
export const APPLICATION_BY_PROTOCOL: Record<MailProtocol, string[]> = {
  mapi: ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'],
  imap: ['IMAP.AccessAsApp'],
  pop3: ['POP.AccessAsApp'],
  smtp: ['SMTP.SendAsApp'],
};

const application = (name: string): RequiredPermission => ({ name, type: 'application', resource: 'exchange' });

export const MAPI_REQUIRED: RequiredPermission[] = APPLICATION_BY_PROTOCOL.mapi.map(application);

/** The application permissions for these protocols, without repeats. */
export function applicationRequired(protocols: readonly MailProtocol[]): RequiredPermission[] {
  return [...new Set(protocols.flatMap((p) => APPLICATION_BY_PROTOCOL[p]))].map(application);
}

const detectAll =
  (granted: boolean) =>
  ({ setup, facts }: CompletionInput) =>
    applicationRequired(protocolsOf(setup)).every((p) => hasPermission(facts, p, granted));

const permissions = permissionStep({
  id: 'exchange-app-permissions',
  title: 'Add the Exchange Online application permissions',
  resource: 'exchange',
  type: 'application',
  names: APPLICATION_BY_PROTOCOL.mapi,
  instructions: [
    'On "API permissions", choose "Add a permission", then the tab "APIs my organization uses" and "Office 365 Exchange Online".',
    'Choose "Application permissions", tick full_access_as_app, Exchange.ManageAsApp, Mail.Read and Mail.ReadWrite, then "Add permissions".',
    'If ServiceOps also uses this app for another protocol, add its permission too: IMAP.AccessAsApp (IMAP), POP.AccessAsApp (POP3), SMTP.SendAsApp (SMTP outgoing).',
  ],
});

export const MAPI_PATH: GuidancePath = {
  id: 'mapi',
  label: 'MAPI/EWS (Exchange Online application permissions)',
  steps: [
    choosePath,
    registerApp,
    copyIds,
    createSecret,
    redirectUri,
    { ...permissions, detect: detectAll(false) },
    { ...consentStep(MAPI_REQUIRED), detect: detectAll(true) },
    enterpriseAppId,
    exchangeServicePrincipal,
    exchangeRestrict,
  ],
};
