/** JSON shapes of Microsoft Graph v1.0 entities, built from the shared Directory. */
import {
  EXCHANGE_APP_ID,
  GRAPH_APP_ID,
  RESOURCES,
  type AppRoleAssignment,
  type Application,
  type Directory,
  type OAuth2PermissionGrant,
  type PasswordCredential,
  type ServicePrincipal,
  type Tenant,
} from '../directory';
import { MICROSOFT_TENANT_ID, resourcePermissions, type IdentityUser } from '../identity-tokens';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function passwordCredentialJson(c: PasswordCredential, withSecret = false): JsonObject {
  return {
    customKeyIdentifier: null,
    displayName: c.displayName,
    endDateTime: c.endDateTime,
    hint: c.hint,
    keyId: c.keyId,
    secretText: withSecret ? c.secretText : null,
    startDateTime: c.startDateTime,
  };
}

export function applicationJson(app: Application, directory: Directory): JsonObject {
  const tenant = directory.findTenant(app.tenantId);
  return {
    id: app.id,
    deletedDateTime: null,
    appId: app.appId,
    applicationTemplateId: null,
    disabledByMicrosoftStatus: null,
    createdDateTime: app.createdDateTime,
    displayName: app.displayName,
    description: null,
    groupMembershipClaims: null,
    identifierUris: [],
    isDeviceOnlyAuthSupported: null,
    isFallbackPublicClient: app.isFallbackPublicClient,
    nativeAuthenticationApisEnabled: null,
    notes: app.notes,
    publisherDomain: tenant?.domain ?? null,
    serviceManagementReference: null,
    signInAudience: app.signInAudience,
    tags: [...app.tags],
    tokenEncryptionKeyId: null,
    samlMetadataUrl: null,
    defaultRedirectUri: null,
    certification: null,
    requestSignatureVerification: null,
    addIns: [],
    api: { acceptMappedClaims: null, knownClientApplications: [], requestedAccessTokenVersion: 2, oauth2PermissionScopes: [], preAuthorizedApplications: [] },
    appRoles: [],
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: [],
    optionalClaims: null,
    parentalControlSettings: { countriesBlockedForMinors: [], legalAgeGroupRule: 'Allow' },
    passwordCredentials: app.passwordCredentials.map((c) => passwordCredentialJson(c)),
    publicClient: { redirectUris: [] },
    requiredResourceAccess: app.requiredResourceAccess.map((r) => ({
      resourceAppId: r.resourceAppId,
      resourceAccess: r.resourceAccess.map((a) => ({ id: a.id, type: a.type })),
    })),
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
    web: {
      homePageUrl: null,
      logoutUrl: null,
      redirectUris: [...app.web.redirectUris],
      implicitGrantSettings: { enableAccessTokenIssuance: false, enableIdTokenIssuance: false },
      redirectUriSettings: app.web.redirectUris.map((uri) => ({ uri, index: null })),
    },
    spa: { redirectUris: [...app.spa.redirectUris] },
  };
}

const SERVICE_PRINCIPAL_NAMES: Record<string, string[]> = {
  [GRAPH_APP_ID]: [
    GRAPH_APP_ID,
    'https://graph.microsoft.com',
    'https://graph.microsoft.com/',
    'https://canary.graph.microsoft.com',
    'https://ags.windows.net',
  ],
  [EXCHANGE_APP_ID]: [
    EXCHANGE_APP_ID,
    'https://outlook.office365.com/',
    'https://outlook.office365.com',
    'https://outlook.office.com/',
    'https://outlook.office.com',
    'https://ps.outlook.com',
  ],
};

export function servicePrincipalJson(sp: ServicePrincipal, directory: Directory): JsonObject {
  const resource = RESOURCES.find((r) => r.appId === sp.appId);
  const app = resource ? undefined : directory.findApp(sp.appId);
  const permissions = resource ? resourcePermissions(resource) : [];
  return {
    id: sp.id,
    deletedDateTime: null,
    accountEnabled: true,
    alternativeNames: [],
    appDisplayName: resource?.displayName ?? app?.displayName ?? sp.displayName,
    appDescription: null,
    appId: sp.appId,
    applicationTemplateId: null,
    appOwnerOrganizationId: resource ? MICROSOFT_TENANT_ID : (app?.tenantId ?? sp.tenantId),
    appRoleAssignmentRequired: false,
    description: null,
    disabledByMicrosoftStatus: null,
    displayName: sp.displayName,
    homepage: null,
    loginUrl: null,
    logoutUrl: null,
    notes: null,
    notificationEmailAddresses: [],
    preferredSingleSignOnMode: null,
    preferredTokenSigningKeyThumbprint: null,
    replyUrls: app ? [...app.web.redirectUris, ...app.spa.redirectUris] : [],
    servicePrincipalNames: SERVICE_PRINCIPAL_NAMES[sp.appId] ?? [sp.appId],
    servicePrincipalType: 'Application',
    signInAudience: app?.signInAudience ?? 'AzureADMultipleOrgs',
    tags: app ? ['WindowsAzureActiveDirectoryIntegratedApp'] : [],
    tokenEncryptionKeyId: null,
    samlSingleSignOnSettings: null,
    addIns: [],
    appRoles: permissions
      .filter((p) => p.type === 'Role')
      .map((p) => ({
        allowedMemberTypes: ['Application'],
        description: p.description,
        displayName: p.description,
        id: p.id,
        isEnabled: true,
        origin: 'Application',
        value: p.value,
      })),
    info: { logoUrl: null, marketingUrl: null, privacyStatementUrl: null, supportUrl: null, termsOfServiceUrl: null },
    keyCredentials: [],
    oauth2PermissionScopes: permissions
      .filter((p) => p.type === 'Scope')
      .map((p) => ({
        adminConsentDescription: p.description,
        adminConsentDisplayName: p.description,
        id: p.id,
        isEnabled: true,
        type: /\.All$/.test(p.value) ? 'Admin' : 'User',
        userConsentDescription: p.description,
        userConsentDisplayName: p.description,
        value: p.value,
      })),
    passwordCredentials: [],
    resourceSpecificApplicationPermissions: [],
    verifiedPublisher: { displayName: null, verifiedPublisherId: null, addedDateTime: null },
  };
}

export function grantJson(g: OAuth2PermissionGrant): JsonObject {
  return { clientId: g.clientId, consentType: g.consentType, id: g.id, principalId: null, resourceId: g.resourceId, scope: g.scope };
}

const assignmentCreated = new WeakMap<AppRoleAssignment, string>();

export function appRoleAssignmentJson(a: AppRoleAssignment, directory: Directory): JsonObject {
  const principal = directory.servicePrincipals.find((sp) => sp.id === a.principalId);
  const resource = directory.servicePrincipals.find((sp) => sp.id === a.resourceId);
  let created = assignmentCreated.get(a);
  if (!created) {
    created = new Date().toISOString();
    assignmentCreated.set(a, created);
  }
  return {
    id: a.id,
    deletedDateTime: null,
    appRoleId: a.appRoleId,
    createdDateTime: created,
    principalDisplayName: principal?.displayName ?? null,
    principalId: a.principalId,
    principalType: 'ServicePrincipal',
    resourceDisplayName: resource?.displayName ?? null,
    resourceId: a.resourceId,
  };
}

export function userJson(user: IdentityUser): JsonObject {
  return {
    businessPhones: [],
    displayName: user.name,
    givenName: user.givenName,
    jobTitle: null,
    mail: user.upn,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
    surname: user.surname,
    userPrincipalName: user.upn,
    id: user.oid,
  };
}

export function organizationJson(tenant: Tenant): JsonObject {
  return {
    id: tenant.id,
    deletedDateTime: null,
    displayName: tenant.displayName,
    tenantType: 'AAD',
    countryLetterCode: 'US',
    verifiedDomains: [{ capabilities: 'Email, OfficeCommunicationsOnlineLync', isDefault: true, isInitial: true, name: tenant.domain, type: 'Managed' }],
  };
}
