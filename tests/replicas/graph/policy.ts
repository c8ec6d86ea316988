/**
 * The tenant's default app management policy (GET /v1.0/policies/defaultAppManagementPolicy)
 * and how addPassword obeys it: a secret longer-lived than `passwordLifetime` maxLifetime is
 * refused with CredentialInvalidLifetimeAsPerAppPolicy, any new secret with
 * CredentialTypeNotAllowedAsPerAppPolicy while `passwordAddition` is restricted.
 */
import type { JsonObject } from './serialize';
import { durationMs, type GraphSwitches } from './switches';

/** The default policy's fixed id. */
export const DEFAULT_POLICY_ID = '00000000-0000-0000-0000-000000000000';
/** Restrictions apply to apps created after this date: every app in the replica. */
const RESTRICT_AFTER = '2019-01-01T00:00:00Z';

export function defaultAppManagementPolicyJson(switches: Readonly<GraphSwitches>, version: string): JsonObject {
  const passwordCredentials: JsonObject[] = [];
  if (switches.passwordAdditionBlocked) {
    passwordCredentials.push({ restrictionType: 'passwordAddition', state: 'enabled', maxLifetime: null, restrictForAppsCreatedAfterDateTime: RESTRICT_AFTER });
  }
  if (switches.passwordMaxLifetime) {
    passwordCredentials.push({
      restrictionType: 'passwordLifetime',
      state: 'enabled',
      maxLifetime: switches.passwordMaxLifetime,
      restrictForAppsCreatedAfterDateTime: RESTRICT_AFTER,
    });
  }
  return {
    '@odata.context': `https://graph.microsoft.com/${version}/$metadata#policies/defaultAppManagementPolicy/$entity`,
    id: DEFAULT_POLICY_ID,
    description:
      'Default tenant policy that enforces app management restrictions on applications and service principals. To apply policy to targeted resources, create a new policy under appManagementPolicies collection.',
    displayName: 'Default app management tenant policy',
    isEnabled: passwordCredentials.length > 0,
    applicationRestrictions: { passwordCredentials, keyCredentials: [] },
    servicePrincipalRestrictions: { passwordCredentials: [], keyCredentials: [] },
  };
}

export function passwordPolicyError(switches: Readonly<GraphSwitches>, startMs: number, endMs: number): { code: string; message: string } | undefined {
  if (switches.passwordAdditionBlocked) {
    return { code: 'CredentialTypeNotAllowedAsPerAppPolicy', message: `Password credentials are not allowed as per assigned policy ${DEFAULT_POLICY_ID}.` };
  }
  const max = switches.passwordMaxLifetime ? durationMs(switches.passwordMaxLifetime) : undefined;
  if (max !== undefined && endMs - startMs > max) {
    return {
      code: 'CredentialInvalidLifetimeAsPerAppPolicy',
      message: `Credential lifetime exceeds the max value allowed as per assigned policy ${DEFAULT_POLICY_ID}.`,
    };
  }
  return undefined;
}
