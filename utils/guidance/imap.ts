/** The IMAP path: delegated Microsoft Graph permissions, public client flows, admin consent, Exchange registration. */
import {
  choosePath,
  consentStep,
  copyIds,
  createSecret,
  enterpriseAppId,
  exchangeServicePrincipal,
  permissionStep,
  publicClient,
  redirectUri,
  registerApp,
  type GuidancePath,
  type RequiredPermission,
} from './vocabulary';

const PERMISSIONS = ['IMAP.AccessAsUser.All', 'Mail.Read'];

export const IMAP_REQUIRED: RequiredPermission[] = PERMISSIONS.map((name) => ({ name, type: 'delegated', resource: 'graph' }));

export const IMAP_PATH: GuidancePath = {
  id: 'imap',
  label: 'IMAP (delegated Microsoft Graph permissions)',
  steps: [
    choosePath,
    registerApp,
    copyIds,
    createSecret,
    publicClient,
    redirectUri,
    permissionStep({
      id: 'graph-delegated',
      title: 'Add the Microsoft Graph delegated permissions',
      resource: 'graph',
      type: 'delegated',
      names: PERMISSIONS,
      instructions: [
        'On "API permissions", choose "Add a permission", then "Microsoft Graph" and "Delegated permissions".',
        'Tick IMAP.AccessAsUser.All and Mail.Read (type in the search box to find them), then "Add permissions".',
      ],
    }),
    consentStep(IMAP_REQUIRED),
    enterpriseAppId,
    exchangeServicePrincipal,
  ],
};
