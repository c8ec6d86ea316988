/**
 * What a signed-in user may do in the directory, by the roles in the token's `wids` (delegated
 * calls get the intersection of the app's scopes and the user's rights, as at Microsoft):
 *
 *  - register an application or create a service principal: any member while "Users can register
 *    applications" is on (the default user role's createAsOwner), otherwise Application Developer,
 *    Cloud Application Administrator, Application Administrator or Global Administrator;
 *  - change an application (PATCH, addPassword, removePassword, delete): its owners, Cloud
 *    Application Administrator, Application Administrator, Global Administrator;
 *  - grant delegated permissions tenant-wide (oauth2PermissionGrants): Cloud Application
 *    Administrator, Application Administrator, Privileged Role Administrator, Global Administrator;
 *  - assign an application role (appRoleAssignedTo): for Microsoft Graph's roles only Privileged
 *    Role Administrator or Global Administrator; for other APIs (Exchange Online) also Cloud
 *    Application Administrator and Application Administrator.
 * A refusal is Graph's 403 Authorization_RequestDenied, which names no role.
 */
import { GRAPH_APP_ID } from '../directory';
import { ROLE_TEMPLATE } from '../identity-tokens';

export type DirectoryAction =
  | { kind: 'create-app'; usersCanRegisterApps: boolean }
  | { kind: 'create-service-principal'; usersCanRegisterApps: boolean }
  | { kind: 'manage-app'; isOwner: boolean }
  | { kind: 'grant-delegated' }
  | { kind: 'assign-app-role'; resourceAppId: string };

const R = ROLE_TEMPLATE;
const APP_ADMINS = [R.globalAdministrator, R.cloudApplicationAdministrator, R.applicationAdministrator];

export function userMay(wids: ReadonlySet<string>, action: DirectoryAction): boolean {
  const has = (roles: readonly string[]) => roles.some((r) => wids.has(r));
  switch (action.kind) {
    case 'create-app':
    case 'create-service-principal':
      return action.usersCanRegisterApps || has([...APP_ADMINS, R.applicationDeveloper]);
    case 'manage-app':
      return action.isOwner || has(APP_ADMINS);
    case 'grant-delegated':
      return has([...APP_ADMINS, R.privilegedRoleAdministrator]);
    case 'assign-app-role':
      return action.resourceAppId === GRAPH_APP_ID
        ? has([R.globalAdministrator, R.privilegedRoleAdministrator])
        : has([...APP_ADMINS, R.privilegedRoleAdministrator]);
  }
}
