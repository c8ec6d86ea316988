/**
 * Shapes of the portal replica's JSON API (`/__replica/api/...`). Types only: imported by the
 * server (api.ts) and by the browser bundle (app/*.ts).
 */

export type SignInAudience = 'AzureADMyOrg' | 'AzureADMultipleOrgs' | 'AzureADandPersonalMicrosoftAccount' | 'PersonalMicrosoftAccount';
export type PermissionType = 'Scope' | 'Role';
export type RedirectPlatform = 'web' | 'spa';
export type ExpiryPreset = '90d' | '180d' | '365d' | '545d' | '730d' | 'custom';

export interface SessionInfo {
  tenant: { id: string; domain: string; displayName: string };
  user: { name: string; upn: string };
}

export interface AppSummary {
  id: string;
  appId: string;
  displayName: string;
  signInAudience: SignInAudience;
  createdDateTime: string;
  secretCount: number;
}

export interface SecretInfo {
  keyId: string;
  hint: string;
  displayName: string;
  startDateTime: string;
  endDateTime: string;
}

export interface NewSecret extends SecretInfo {
  /** Returned once, by the POST that creates the secret. */
  secretText: string;
}

export interface AppDetail extends AppSummary {
  tenantId: string;
  isFallbackPublicClient: boolean;
  webRedirectUris: string[];
  spaRedirectUris: string[];
  secrets: SecretInfo[];
  /** The Enterprise application's Object ID (service principal id). */
  servicePrincipalId: string | null;
}

export interface CatalogPermission {
  id: string;
  value: string;
  type: PermissionType;
  description: string;
  adminConsentRequired: boolean;
}

export interface CatalogResource {
  appId: string;
  displayName: string;
  /** Listed under "Microsoft APIs" > "Commonly used Microsoft APIs". */
  commonlyUsed: boolean;
  tileDescription: string;
  permissions: CatalogPermission[];
}

export interface PermissionStatus {
  resourceAppId: string;
  resourceDisplayName: string;
  id: string;
  type: PermissionType;
  value: string;
  description: string;
  adminConsentRequired: boolean;
  granted: boolean;
}

export interface ServicePrincipalInfo {
  id: string;
  appId: string;
  displayName: string;
  tenantId: string;
  /** The App registration's Object ID, when the app lives in the signed-in tenant. */
  applicationObjectId: string | null;
}

export interface ApiError {
  error: { code: string; message: string };
}
