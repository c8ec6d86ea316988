/** The IMAP path: delegated Microsoft Graph permissions, public client flows, admin consent, Exchange registration. */
import { t } from '../i18n/t';
import { protocolsOf, type MailProtocol } from '../oauth-urls';
import {
  choosePath,
  consentStep,
  copyIds,
  createSecret,
  enterpriseAppId,
  exchangeServicePrincipal,
  hasPermission,
  permissionStep,
  publicClient,
  redirectUri,
  registerApp,
  type CompletionInput,
  type GuidancePath,
  type RequiredPermission,
} from './vocabulary';

/**
 * Each protocol's token needs its own delegated permission (IMAP does not authorize POP3 or SMTP).
 * MAPI is app-only even on this path: its permissions come from the MAPI/EWS path.
 */
export const DELEGATED_BY_PROTOCOL: Record<Exclude<MailProtocol, 'mapi'>, string[]> = {
  imap: ['IMAP.AccessAsUser.All', 'Mail.Read'],
  pop3: ['POP.AccessAsUser.All', 'Mail.Read'],
  smtp: ['SMTP.Send'],
};

const delegated = (name: string): RequiredPermission => ({ name, type: 'delegated', resource: 'graph' });

export const IMAP_REQUIRED: RequiredPermission[] = DELEGATED_BY_PROTOCOL.imap.map(delegated);

/** The delegated permissions for these protocols, without repeats. */
export function delegatedRequired(protocols: readonly MailProtocol[]): RequiredPermission[] {
  const names = new Set(protocols.flatMap((p) => (p === 'mapi' ? [] : DELEGATED_BY_PROTOCOL[p])));
  return [...names].map(delegated);
}

const detectAll =
  (granted: boolean) =>
  ({ setup, facts }: CompletionInput) =>
    delegatedRequired(protocolsOf(setup)).every((p) => hasPermission(facts, p, granted));

export const IMAP_PATH: GuidancePath = {
  id: 'imap',
  get label() {
    return t('guide_pathImap');
  },
  steps: [
    choosePath,
    registerApp,
    copyIds,
    createSecret,
    publicClient,
    redirectUri,
    // Done when the permissions of every protocol the setup is used for are there (IMAP until it is filled somewhere).
    permissionStep({
      id: 'graph-delegated',
      text: (w) => ({
        title: t('guide_graphTitle'),
        instructions: [
          t('guide_graph1', {
            apiPermissions: w.apiPermissions,
            addPermission: w.addPermission,
            microsoftGraph: w.microsoftGraph,
            delegatedPermissions: w.delegatedPermissions,
          }),
          t('guide_graph2', { addPermissions: w.addPermissions }),
          t('guide_graph3'),
        ],
      }),
      resource: 'graph',
      type: 'delegated',
      names: DELEGATED_BY_PROTOCOL.imap,
      detect: detectAll(false),
    }),
    consentStep(IMAP_REQUIRED, detectAll(true)),
    enterpriseAppId,
    exchangeServicePrincipal,
  ],
};
