/** The MAPI/EWS path: Office 365 Exchange Online application permissions, admin consent, Exchange registration and restriction. */
import {
  choosePath,
  consentStep,
  copyIds,
  createSecret,
  enterpriseAppId,
  exchangeRestrict,
  exchangeServicePrincipal,
  permissionStep,
  redirectUri,
  registerApp,
  type GuidancePath,
  type RequiredPermission,
} from './vocabulary';

const PERMISSIONS = ['full_access_as_app', 'Exchange.ManageAsApp', 'Mail.Read', 'Mail.ReadWrite'];

export const MAPI_REQUIRED: RequiredPermission[] = PERMISSIONS.map((name) => ({ name, type: 'application', resource: 'exchange' }));

export const MAPI_PATH: GuidancePath = {
  id: 'mapi',
  label: 'MAPI/EWS (Exchange Online application permissions)',
  steps: [
    choosePath,
    registerApp,
    copyIds,
    createSecret,
    redirectUri,
    permissionStep({
      id: 'exchange-app-permissions',
      title: 'Add the Exchange Online application permissions',
      resource: 'exchange',
      type: 'application',
      names: PERMISSIONS,
      instructions: [
        'On "API permissions", choose "Add a permission", then the tab "APIs my organization uses" and "Office 365 Exchange Online".',
        'Choose "Application permissions", tick full_access_as_app, Exchange.ManageAsApp, Mail.Read and Mail.ReadWrite, then "Add permissions".',
      ],
    }),
    consentStep(MAPI_REQUIRED),
    enterpriseAppId,
    exchangeServicePrincipal,
    exchangeRestrict,
  ],
};
