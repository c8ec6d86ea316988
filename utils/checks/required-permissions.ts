/**
 * The API permissions a setup needs, per path and per protocol it is used for: the names come
 * from the guidance data (one source of truth with the checklist), the ids from Microsoft's
 * published permission ids as a fallback when Graph cannot tell them.
 */
import { delegatedRequired } from '../guidance/imap';
import { applicationRequired } from '../guidance/mapi';
import type { RequiredPermission as GuidancePermission } from '../guidance/vocabulary';
import type { MailProtocol } from '../oauth-urls';
import type { SetupPath } from '../schemas';
import { t } from '../i18n/t';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

export interface RequiredPermission {
  resourceAppId: string;
  resourceName: string;
  /** Known id (docs/portal-facts.md, "Permissions and scopes"); the audit prefers the id the resource's service principal lists. */
  id?: string;
  value: string;
  /** Graph's words: Scope = delegated, Role = application. */
  type: 'Scope' | 'Role';
}

const KNOWN_IDS: Record<string, string> = {
  'graph|Scope|imap.accessasuser.all': '652390e4-393a-48de-9484-05f9b1212954',
  'graph|Scope|mail.read': '570282fd-fa5c-430d-a7fd-fc8dc98a9dca',
  'graph|Scope|offline_access': '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
  'graph|Scope|user.read': 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  'graph|Scope|pop.accessasuser.all': 'd7b7f2d9-0f45-4ea1-9d42-e50810c06991',
  'graph|Scope|smtp.send': '258f6531-6087-4cc4-bb90-092c5fb3ed3f',
  'graph|Role|mail.read': '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  'graph|Role|mail.readwrite': 'e2a3a72e-5f79-4c64-b1b1-878b674786c9',
  'exchange|Role|full_access_as_app': 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
  'exchange|Role|exchange.manageasapp': 'dc50a0fb-09a3-484d-be87-e023b12c6440',
  // The replica lists these under Exchange Online with Graph's ids; a real tenant's ids are resolved from its service principal.
  'exchange|Role|mail.read': '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  'exchange|Role|mail.readwrite': 'e2a3a72e-5f79-4c64-b1b1-878b674786c9',
  'exchange|Role|imap.accessasapp': '5e5addcd-3e8d-4e90-baf5-964efab2b20a',
  'exchange|Role|pop.accessasapp': 'cb842b43-da6e-4506-86fe-bb12199c656d',
};

function fromGuidance(p: GuidancePermission): RequiredPermission {
  const type = p.type === 'delegated' ? 'Scope' : 'Role';
  return {
    resourceAppId: p.resource === 'graph' ? GRAPH_APP_ID : EXCHANGE_APP_ID,
    resourceName: p.resource === 'graph' ? 'Microsoft Graph' : 'Office 365 Exchange Online',
    id: KNOWN_IDS[`${p.resource}|${type}|${p.name.toLowerCase()}`],
    value: p.name,
    type,
  };
}

/**
 * What the app must list for these protocols (default: the one the path implies). On the IMAP
 * path each protocol has its delegated permission, and MAPI/EWS is app-only whatever the path;
 * on the MAPI/EWS path every protocol is app-only.
 */
export function requiredPermissions(path: SetupPath, protocols?: readonly MailProtocol[]): RequiredPermission[] {
  const used: readonly MailProtocol[] = protocols?.length ? protocols : [path === 'mapi' ? 'mapi' : 'imap'];
  const list = path === 'mapi' ? applicationRequired(used) : [...delegatedRequired(used), ...(used.includes('mapi') ? applicationRequired(['mapi']) : [])];
  return list.map(fromGuidance);
}

/** The Exchange Online application roles an app-only token of this path should carry. */
export function expectedExchangeRoles(path: SetupPath, protocols?: readonly MailProtocol[]): string[] {
  return requiredPermissions(path, protocols)
    .filter((p) => p.type === 'Role' && p.resourceAppId === EXCHANGE_APP_ID)
    .map((p) => p.value);
}

export function describePermission(p: RequiredPermission): string {
  return `${p.resourceName} ${p.value} (${p.type === 'Scope' ? t('checks_auditDelegated') : t('checks_auditApplication')})`;
}
