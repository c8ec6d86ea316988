/** The MAPI/EWS path: Office 365 Exchange Online application permissions, admin consent, Exchange registration and restriction. */
import { t } from '../i18n/t';
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

export const MAPI_PATH: GuidancePath = {
  id: 'mapi',
  get label() {
    return t('guide_pathMapi');
  },
  steps: [
    choosePath,
    registerApp,
    copyIds,
    createSecret,
    redirectUri,
    permissionStep({
      id: 'exchange-app-permissions',
      text: (w) => ({
        title: t('guide_exchangeTitle'),
        instructions: [
          t('guide_exchange1', { apiPermissions: w.apiPermissions, addPermission: w.addPermission, orgApis: w.orgApis, exchangeOnline: w.exchangeOnline }),
          t('guide_exchange2', { applicationPermissions: w.applicationPermissions, addPermissions: w.addPermissions }),
          t('guide_exchange3'),
        ],
      }),
      resource: 'exchange',
      type: 'application',
      names: APPLICATION_BY_PROTOCOL.mapi,
      detect: detectAll(false),
    }),
    consentStep(MAPI_REQUIRED, detectAll(true)),
    enterpriseAppId,
    exchangeServicePrincipal,
    exchangeRestrict,
  ],
};
