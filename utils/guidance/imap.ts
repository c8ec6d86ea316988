/** The IMAP path: delegated Microsoft Graph permissions, public client flows, admin consent, Exchange registration. */
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

const permissions = permissionStep({
  id: 'graph-delegated',
  title: 'Add the Microsoft Graph delegated permissions',
  resource: 'graph',
  type: 'delegated',
  names: DELEGATED_BY_PROTOCOL.imap,
  instructions: [
    'On "API permissions", choose "Add a permission", then "Microsoft Graph" and "Delegated permissions".',
    'Tick the permissions of each protocol ServiceOps uses with this app (type in the search box to find them), then "Add permissions": IMAP: IMAP.AccessAsUser.All and Mail.Read. POP3: POP.AccessAsUser.All and Mail.Read. SMTP (outgoing): SMTP.Send.',
    'A permission for one protocol does not cover another: a POP3 or SMTP server filled with this app needs its own.',
  ],
});

export const IMAP_PATH: GuidancePath = {
  id: 'imap',
  label: 'IMAP, POP3 or SMTP (delegated Microsoft Graph permissions)',
  steps: [
    choosePath,
    registerApp,
    copyIds,
    createSecret,
    publicClient,
    redirectUri,
    // Done when the permissions of every protocol the setup is used for are there (IMAP until it is filled somewhere).
    { ...permissions, detect: detectAll(false) },
    { ...consentStep(IMAP_REQUIRED), detect: detectAll(true) },
    enterpriseAppId,
    exchangeServicePrincipal,
  ],
};
