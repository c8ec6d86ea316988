/**
 * The replicas' shared model of Microsoft Entra: tenants, app registrations, secrets,
 * service principals and consent. The portal replica edits it, the login replica checks
 * client credentials against it and the Graph replica reads it, so one walk through the
 * portal produces values that the other replicas accept exactly like Microsoft would.
 */
import { randomBytes, randomUUID } from 'node:crypto';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

export interface PermissionDef {
  id: string;
  value: string;
  type: 'Scope' | 'Role';
  description: string;
}

export interface ResourceDef {
  appId: string;
  displayName: string;
  permissions: PermissionDef[];
}

/** The two resources the product needs, with the permission ids from docs/portal-facts.md ("Permissions and scopes"). */
export const RESOURCES: ResourceDef[] = [
  {
    appId: GRAPH_APP_ID,
    displayName: 'Microsoft Graph',
    permissions: [
      {
        id: '652390e4-393a-48de-9484-05f9b1212954',
        value: 'IMAP.AccessAsUser.All',
        type: 'Scope',
        description: 'Read and write access to mailboxes via IMAP.',
      },
      { id: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', value: 'Mail.Read', type: 'Scope', description: 'Read user mail' },
      {
        id: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
        value: 'offline_access',
        type: 'Scope',
        description: 'Maintain access to data you have given it access to',
      },
      { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', value: 'User.Read', type: 'Scope', description: 'Sign in and read user profile' },
      { id: '810c84a8-4a9e-49e6-bf7d-12d183f40d01', value: 'Mail.Read', type: 'Role', description: 'Read mail in all mailboxes' },
      { id: 'e2a3a72e-5f79-4c64-b1b1-878b674786c9', value: 'Mail.ReadWrite', type: 'Role', description: 'Read and write mail in all mailboxes' },
    ],
  },
  {
    appId: EXCHANGE_APP_ID,
    displayName: 'Office 365 Exchange Online',
    permissions: [
      {
        id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
        value: 'full_access_as_app',
        type: 'Role',
        description: 'Use Exchange Web Services with full access to all mailboxes',
      },
      { id: 'dc50a0fb-09a3-484d-be87-e023b12c6440', value: 'Exchange.ManageAsApp', type: 'Role', description: 'Manage Exchange As Application' },
      { id: '810c84a8-4a9e-49e6-bf7d-12d183f40d01', value: 'Mail.Read', type: 'Role', description: 'Read mail in all mailboxes' },
      { id: 'e2a3a72e-5f79-4c64-b1b1-878b674786c9', value: 'Mail.ReadWrite', type: 'Role', description: 'Read and write mail in all mailboxes' },
      { id: '5e5addcd-3e8d-4e90-baf5-964efab2b20a', value: 'IMAP.AccessAsApp', type: 'Role', description: 'IMAP.AccessAsApp' },
      { id: 'cb842b43-da6e-4506-86fe-bb12199c656d', value: 'POP.AccessAsApp', type: 'Role', description: 'POP.AccessAsApp' },
    ],
  },
];

export interface Tenant {
  id: string;
  domain: string;
  displayName: string;
}

export interface PasswordCredential {
  keyId: string;
  /** The secret's value; the real Graph never returns it after creation. */
  secretText: string;
  hint: string;
  displayName: string;
  startDateTime: string;
  endDateTime: string;
}

export interface RequiredResourceAccess {
  resourceAppId: string;
  resourceAccess: { id: string; type: 'Scope' | 'Role' }[];
}

export interface Application {
  /** The App registration's Object ID. */
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
  signInAudience: 'AzureADMyOrg' | 'AzureADMultipleOrgs' | 'AzureADandPersonalMicrosoftAccount' | 'PersonalMicrosoftAccount';
  isFallbackPublicClient: boolean;
  requiredResourceAccess: RequiredResourceAccess[];
  passwordCredentials: PasswordCredential[];
  web: { redirectUris: string[] };
  spa: { redirectUris: string[] };
  createdDateTime: string;
  /** Object ids of the users who own it (Graph makes its creator an owner). */
  ownerIds: string[];
  /** Free-form strings and text an admin or a tool may set (Graph's `tags`, `notes`). */
  tags: string[];
  notes: string | null;
}

export interface ServicePrincipal {
  /** The Enterprise application's Object ID. */
  id: string;
  appId: string;
  tenantId: string;
  displayName: string;
}

export interface OAuth2PermissionGrant {
  id: string;
  clientId: string;
  consentType: 'AllPrincipals' | 'Principal';
  resourceId: string;
  scope: string;
}

export interface AppRoleAssignment {
  id: string;
  principalId: string;
  resourceId: string;
  appRoleId: string;
}

export const CONTOSO: Tenant = {
  id: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  domain: 'contoso.onmicrosoft.com',
  displayName: 'Contoso',
};
export const FABRIKAM: Tenant = {
  id: 'b1d2c3e4-5f60-4718-92a3-b4c5d6e7f809',
  domain: 'fabrikam.onmicrosoft.com',
  displayName: 'Fabrikam',
};

const SECRET_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_~.-';

/** A value shaped like a current Entra secret: 3 characters, a digit, `Q~`, 34 more. */
export function newSecretText(): string {
  const pick = (n: number, alphabet = SECRET_ALPHABET) => Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('');
  return `${pick(3, SECRET_ALPHABET.slice(0, 62))}${pick(1, '0123456789')}Q~${pick(34)}`;
}

export class Directory {
  tenants: Tenant[] = [CONTOSO, FABRIKAM];
  applications: Application[] = [];
  servicePrincipals: ServicePrincipal[] = [];
  grants: OAuth2PermissionGrant[] = [];
  appRoleAssignments: AppRoleAssignment[] = [];
  /** The tenant the portal replica is signed in to. */
  homeTenant: Tenant = CONTOSO;

  constructor() {
    for (const tenant of this.tenants) {
      for (const resource of RESOURCES) {
        this.servicePrincipals.push({ id: randomUUID(), appId: resource.appId, tenantId: tenant.id, displayName: resource.displayName });
      }
    }
  }

  /** By GUID or verified domain, case-insensitively. */
  findTenant(idOrDomain: string): Tenant | undefined {
    const key = idOrDomain.toLowerCase();
    return this.tenants.find((t) => t.id === key || t.domain === key);
  }

  findApp(appId: string, tenantId?: string): Application | undefined {
    const key = appId.toLowerCase();
    return this.applications.find((a) => a.appId === key && (!tenantId || a.tenantId === tenantId));
  }

  findAppByObjectId(id: string): Application | undefined {
    return this.applications.find((a) => a.id === id.toLowerCase());
  }

  findServicePrincipal(appId: string, tenantId: string): ServicePrincipal | undefined {
    return this.servicePrincipals.find((sp) => sp.appId === appId.toLowerCase() && sp.tenantId === tenantId);
  }

  /** Registering in the portal also creates the Enterprise application, as the real portal does. */
  createApplication(input: { displayName: string; signInAudience?: Application['signInAudience']; tenantId?: string }): Application {
    const tenantId = input.tenantId ?? this.homeTenant.id;
    const app: Application = {
      id: randomUUID(),
      appId: randomUUID(),
      tenantId,
      displayName: input.displayName,
      signInAudience: input.signInAudience ?? 'AzureADMyOrg',
      isFallbackPublicClient: false,
      requiredResourceAccess: [{ resourceAppId: GRAPH_APP_ID, resourceAccess: [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }] }],
      passwordCredentials: [],
      web: { redirectUris: [] },
      spa: { redirectUris: [] },
      createdDateTime: new Date().toISOString(),
      ownerIds: [],
      tags: [],
      notes: null,
    };
    this.applications.push(app);
    this.servicePrincipals.push({ id: randomUUID(), appId: app.appId, tenantId, displayName: app.displayName });
    return app;
  }

  addPassword(app: Application, input: { displayName: string; endDateTime: string; startDateTime?: string }): PasswordCredential {
    const secretText = newSecretText();
    const credential: PasswordCredential = {
      keyId: randomUUID(),
      secretText,
      hint: secretText.slice(0, 3),
      displayName: input.displayName,
      startDateTime: input.startDateTime ?? new Date().toISOString(),
      endDateTime: input.endDateTime,
    };
    app.passwordCredentials.push(credential);
    return credential;
  }

  addPermission(app: Application, resourceAppId: string, permissionId: string, type: 'Scope' | 'Role'): void {
    let entry = app.requiredResourceAccess.find((r) => r.resourceAppId === resourceAppId);
    if (!entry) {
      entry = { resourceAppId, resourceAccess: [] };
      app.requiredResourceAccess.push(entry);
    }
    if (!entry.resourceAccess.some((a) => a.id === permissionId && a.type === type)) {
      entry.resourceAccess.push({ id: permissionId, type });
    }
  }

  removePermission(app: Application, resourceAppId: string, permissionId: string, type: 'Scope' | 'Role'): void {
    const entry = app.requiredResourceAccess.find((r) => r.resourceAppId === resourceAppId);
    if (entry) entry.resourceAccess = entry.resourceAccess.filter((a) => !(a.id === permissionId && a.type === type));
  }

  /** "Grant admin consent for <tenant>": tenant-wide delegated grants and app role assignments. */
  grantAdminConsent(app: Application): void {
    const client = this.findServicePrincipal(app.appId, app.tenantId);
    if (!client) throw new Error('service principal missing');
    for (const rra of app.requiredResourceAccess) {
      const resourceSp = this.findServicePrincipal(rra.resourceAppId, app.tenantId);
      const resource = RESOURCES.find((r) => r.appId === rra.resourceAppId);
      if (!resourceSp || !resource) continue;
      const scopes = rra.resourceAccess
        .filter((a) => a.type === 'Scope')
        .map((a) => resource.permissions.find((p) => p.id === a.id && p.type === 'Scope')?.value)
        .filter((v): v is string => Boolean(v));
      this.grants = this.grants.filter((g) => !(g.clientId === client.id && g.resourceId === resourceSp.id));
      if (scopes.length) {
        this.grants.push({ id: randomUUID(), clientId: client.id, consentType: 'AllPrincipals', resourceId: resourceSp.id, scope: scopes.join(' ') });
      }
      for (const a of rra.resourceAccess.filter((x) => x.type === 'Role')) {
        if (!this.appRoleAssignments.some((r) => r.principalId === client.id && r.resourceId === resourceSp.id && r.appRoleId === a.id)) {
          this.appRoleAssignments.push({ id: randomUUID(), principalId: client.id, resourceId: resourceSp.id, appRoleId: a.id });
        }
      }
    }
  }

  /** Per requested permission: granted tenant-wide or not. */
  consentStatus(app: Application): { resourceAppId: string; id: string; type: 'Scope' | 'Role'; value: string; granted: boolean }[] {
    const client = this.findServicePrincipal(app.appId, app.tenantId);
    return app.requiredResourceAccess.flatMap((rra) => {
      const resourceSp = this.findServicePrincipal(rra.resourceAppId, app.tenantId);
      const resource = RESOURCES.find((r) => r.appId === rra.resourceAppId);
      return rra.resourceAccess.map((a) => {
        const def = resource?.permissions.find((p) => p.id === a.id && p.type === a.type);
        const value = def?.value ?? a.id;
        const granted =
          !!client &&
          !!resourceSp &&
          (a.type === 'Scope'
            ? this.grants.some(
                (g) => g.clientId === client.id && g.resourceId === resourceSp.id && g.consentType === 'AllPrincipals' && g.scope.split(' ').includes(value),
              )
            : this.appRoleAssignments.some((r) => r.principalId === client.id && r.resourceId === resourceSp.id && r.appRoleId === a.id));
        return { resourceAppId: rra.resourceAppId, id: a.id, type: a.type, value, granted };
      });
    });
  }
}
