/**
 * Live check 3: the app's configuration as Microsoft Graph reports it, item by item, each failed
 * item naming the guidance step that fixes it. Pure over an injected Graph getter, so the same
 * code runs against Graph, the replica and unit-test fixtures.
 */
import type { GraphObservation, SetupPath } from '../schemas';
import { PROTOCOL_NAMES, type MailProtocol } from '../oauth-urls';
import { DELEGATED_BY_PROTOCOL } from '../guidance/imap';
import { APPLICATION_BY_PROTOCOL } from '../guidance/mapi';
import { checkExpiry, type Level } from '../validation';
import { permissionsStepFor, portalLinkForStep, stepTitle, type FixStepId } from './guidance-links';
import { describePermission, EXCHANGE_APP_ID, GRAPH_APP_ID, requiredPermissions, type RequiredPermission } from './required-permissions';

export type AuditItemId = 'app' | 'public-client' | 'permissions' | 'consent' | 'secret' | 'service-principal';

export interface AuditItem {
  id: AuditItemId;
  level: Level;
  title: string;
  detail: string;
  step?: FixStepId;
  /** The guidance step's title, for the link text. */
  stepTitle?: string;
  link?: string;
}

export interface AuditResult {
  items: AuditItem[];
  appName?: string;
  appObjectId?: string;
  spObjectId?: string;
  /** The same facts as data, for the checklist and the secret's expiry (utils/guidance/graph-steps.ts). */
  observed?: GraphObservation;
}

export interface GraphResponse {
  status: number;
  body: unknown;
}
export type GraphGet = (path: string) => Promise<GraphResponse>;

export interface AuditInput {
  clientId: string;
  path: SetupPath;
  /** The protocols the setup is used for (the forms it filled); default: the one the path implies. */
  protocols?: readonly MailProtocol[];
  /** First three characters of the captured secret value, if any. */
  secretHint?: string;
  /** The Enterprise application Object ID the admin entered for New-ServicePrincipal, if any. */
  enteredSpObjectId?: string;
  now: number;
}

interface GraphApp {
  id?: string;
  displayName?: string;
  isFallbackPublicClient?: boolean | null;
  web?: { redirectUris?: string[] | null } | null;
  requiredResourceAccess?: { resourceAppId?: string; resourceAccess?: { id?: string; type?: string }[] }[];
  passwordCredentials?: { keyId?: string; hint?: string | null; displayName?: string | null; endDateTime?: string }[];
}

interface Grant {
  resourceId?: string;
  consentType?: string;
  scope?: string;
}
interface Assignment {
  resourceId?: string;
  appRoleId?: string;
}

const asObject = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const listOf = <T>(v: unknown): T[] => {
  const value = asObject(v).value;
  return Array.isArray(value) ? (value as T[]) : [];
};

export class GraphAccessError extends Error {}

function graphMessage(response: GraphResponse): string {
  const error = asObject(asObject(response.body).error);
  return typeof error.message === 'string' ? error.message : `HTTP ${response.status}`;
}

function item(id: AuditItemId, level: Level, title: string, detail: string, step?: FixStepId, clientId?: string): AuditItem {
  const linked = step && level !== 'ok';
  return {
    id,
    level,
    title,
    detail,
    step: linked ? step : undefined,
    stepTitle: linked ? stepTitle(step) : undefined,
    link: linked ? portalLinkForStep(step, clientId) : undefined,
  };
}

const key = (resourceAppId: string, type: string, id: string) => `${resourceAppId.toLowerCase()}|${type}|${id.toLowerCase()}`;

export async function auditApp(input: AuditInput, get: GraphGet): Promise<AuditResult> {
  const appId = encodeURIComponent(input.clientId);
  const appResponse = await get(
    `/v1.0/applications(appId='${appId}')?$select=id,appId,displayName,signInAudience,isFallbackPublicClient,web,requiredResourceAccess,passwordCredentials`,
  );
  if (appResponse.status === 401 || appResponse.status === 403)
    throw new GraphAccessError(
      `Microsoft Graph refused to read app registrations: ${graphMessage(appResponse)} Sign in with an account that may read applications (Application.Read.All).`,
    );
  if (appResponse.status === 404) {
    return {
      items: [
        item(
          'app',
          'error',
          'App registration',
          `The app is not in this tenant: no app registration with client ID ${input.clientId} exists in the tenant you signed in to. Check the client ID, or sign in to the tenant that owns the app.`,
          'register-app',
          input.clientId,
        ),
      ],
    };
  }
  if (appResponse.status !== 200) throw new GraphAccessError(`Microsoft Graph answered ${graphMessage(appResponse)}.`);
  const app = asObject(appResponse.body) as GraphApp;
  const items: AuditItem[] = [item('app', 'ok', 'App registration', `"${app.displayName ?? input.clientId}" exists (Object ID ${app.id ?? 'unknown'}).`)];

  const needsPublicClient = input.path === 'imap';
  if (app.isFallbackPublicClient === true) items.push(item('public-client', 'ok', 'Allow public client flows', 'Yes.'));
  else if (needsPublicClient)
    items.push(
      item(
        'public-client',
        'error',
        'Allow public client flows',
        'No: ServiceOps\' mailbox sign-in over IMAP needs it. Set "Allow public client flows" to Yes in Authentication and save.',
        'public-client',
        input.clientId,
      ),
    );
  else items.push(item('public-client', 'ok', 'Allow public client flows', 'No (not needed for MAPI/EWS).'));

  const required = await resolveIds(get, requiredPermissions(input.path, input.protocols));
  const requested = new Set(
    (app.requiredResourceAccess ?? []).flatMap((r) => (r.resourceAccess ?? []).map((a) => key(r.resourceAppId ?? '', a.type ?? '', a.id ?? ''))),
  );
  const missing = required.filter((p) => !p.permission.id || !requested.has(key(p.permission.resourceAppId, p.permission.type, p.permission.id)));
  items.push(
    missing.length
      ? item(
          'permissions',
          'error',
          'API permissions requested',
          `Missing: ${missing.map((p) => `${describePermission(p.permission)}${neededFor(p.permission, input.protocols)}`).join('; ')}.`,
          // The step that adds them: Graph delegated ones first (the IMAP path's step), else the Exchange Online application ones.
          permissionsStepFor(missing.some((p) => p.permission.type === 'Scope') ? 'imap' : 'mapi'),
          input.clientId,
        )
      : item('permissions', 'ok', 'API permissions requested', `All ${required.length} present.`),
  );

  const spResponse = await get(`/v1.0/servicePrincipals(appId='${appId}')?$select=id,appId,displayName`);
  const sp = spResponse.status === 200 ? asObject(spResponse.body) : undefined;
  const spId = typeof sp?.id === 'string' ? sp.id : undefined;
  let granted: Resolved[] = [];
  if (!spId) {
    items.push(
      item(
        'consent',
        'error',
        'Admin consent',
        'Cannot be granted yet: the app has no Enterprise application in this tenant.',
        'admin-consent',
        input.clientId,
      ),
    );
  } else {
    const consent = await consentItem(get, spId, required, input.clientId);
    items.push(consent.item);
    granted = consent.granted;
  }

  items.push(secretItem(app, input));
  const observed = observation(input, app, required, missing, granted, spId);

  const entered = input.enteredSpObjectId?.trim().toLowerCase();
  if (spId && entered && entered !== spId.toLowerCase()) {
    const which = entered === app.id?.toLowerCase() ? "the App registration's Object ID" : "not the Object ID of this app's Enterprise application";
    items.push(
      item(
        'service-principal',
        'error',
        'Enterprise application (service principal)',
        `The Object ID entered (${entered}) is ${which}; New-ServicePrincipal needs ${spId}.`,
        'enterprise-app-id',
        input.clientId,
      ),
    );
    return { items, appName: app.displayName, appObjectId: app.id, spObjectId: spId, observed };
  }
  items.push(
    spId
      ? item(
          'service-principal',
          'ok',
          'Enterprise application (service principal)',
          `Object ID ${spId}${input.path === 'mapi' ? " — use this one (not the app registration's Object ID) in New-ServicePrincipal -ObjectId." : '.'}`,
        )
      : item(
          'service-principal',
          'error',
          'Enterprise application (service principal)',
          'Not found in this tenant. Open the app\'s Overview and follow "Managed application in local directory", or grant admin consent, to create it.',
          'admin-consent',
          input.clientId,
        ),
  );
  return { items, appName: app.displayName, appObjectId: app.id, spObjectId: spId, observed };
}

const short = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v && v.length <= max ? v : undefined);

/** The audit as data: what Graph reported, bounded like the stored setup it ends up in. */
function observation(
  input: AuditInput,
  app: GraphApp,
  required: Resolved[],
  missing: Resolved[],
  granted: Resolved[],
  spId: string | undefined,
): GraphObservation {
  return {
    clientId: input.clientId.toLowerCase(),
    at: input.now,
    appObjectId: short(app.id, 64),
    publicClient: app.isFallbackPublicClient === true,
    webRedirectUris: (app.web?.redirectUris ?? [])
      .map((u) => short(u, 500))
      .filter((u): u is string => !!u)
      .slice(0, 40),
    permissions: required.slice(0, 40).map((r) => ({
      name: r.permission.value,
      type: r.permission.type === 'Scope' ? 'delegated' : 'application',
      resource: r.permission.resourceAppId === GRAPH_APP_ID ? 'graph' : 'exchange',
      requested: !missing.includes(r),
      granted: granted.includes(r),
    })),
    spObjectId: short(spId, 64),
    secrets: (app.passwordCredentials ?? []).slice(0, 40).flatMap((c) => {
      const keyId = short(c.keyId, 64);
      return keyId ? [{ keyId, hint: short(c.hint, 3), displayName: short(c.displayName, 200), endDateTime: short(c.endDateTime, 40) }] : [];
    }),
  };
}

/** ", for POP3 and SMTP": which of the setup's protocols need this permission. */
function neededFor(p: RequiredPermission, protocols: readonly MailProtocol[] | undefined): string {
  if (!protocols?.length) return '';
  const lists: Record<MailProtocol, string[]> = p.type === 'Scope' ? { ...DELEGATED_BY_PROTOCOL, mapi: [] } : APPLICATION_BY_PROTOCOL;
  const names = protocols.filter((proto) => lists[proto].some((v) => v.toLowerCase() === p.value.toLowerCase())).map((proto) => PROTOCOL_NAMES[proto]);
  return names.length ? `, for ${names.join(' and ')}` : '';
}

interface Resolved {
  permission: RequiredPermission;
  /** The resource's service principal Object ID in this tenant. */
  resourceSpId?: string;
}

interface ResourceSp {
  id?: string;
  appRoles?: { id?: string; value?: string }[];
  oauth2PermissionScopes?: { id?: string; value?: string }[];
}

/** Permission ids as the tenant's resource service principals list them (FACTS: resolve at run time). */
async function resolveIds(get: GraphGet, required: RequiredPermission[]): Promise<Resolved[]> {
  const sps = new Map<string, ResourceSp>();
  for (const resourceAppId of new Set(required.map((p) => p.resourceAppId))) {
    const r = await get(`/v1.0/servicePrincipals(appId='${resourceAppId}')?$select=id,appId,appRoles,oauth2PermissionScopes`);
    if (r.status === 200) sps.set(resourceAppId, asObject(r.body));
  }
  return required.map((permission) => {
    const sp = sps.get(permission.resourceAppId);
    const listed = (permission.type === 'Role' ? sp?.appRoles : sp?.oauth2PermissionScopes)?.find(
      (x) => x.value?.toLowerCase() === permission.value.toLowerCase(),
    );
    return { permission: { ...permission, id: listed?.id?.toLowerCase() ?? permission.id }, resourceSpId: sp?.id };
  });
}

/** The consent item, and which of the required permissions are granted (none when consent could not be read). */
async function consentItem(get: GraphGet, spId: string, required: Resolved[], clientId: string): Promise<{ item: AuditItem; granted: Resolved[] }> {
  const grantsResponse = await get(`/v1.0/oauth2PermissionGrants?$filter=${encodeURIComponent(`clientId eq '${spId}'`)}`);
  const assignmentsResponse = await get(`/v1.0/servicePrincipals/${encodeURIComponent(spId)}/appRoleAssignments`);
  if (grantsResponse.status !== 200 || assignmentsResponse.status !== 200) {
    const failed = grantsResponse.status !== 200 ? grantsResponse : assignmentsResponse;
    return { item: item('consent', 'warning', 'Admin consent', `Could not be read: ${graphMessage(failed)}`), granted: [] };
  }
  const grants = listOf<Grant>(grantsResponse.body).filter((g) => g.consentType === 'AllPrincipals');
  const assignments = listOf<Assignment>(assignmentsResponse.body);
  const notGranted = required.filter(({ permission: p, resourceSpId }) => {
    if (!resourceSpId) return true;
    if (p.type === 'Scope')
      return !grants.some((g) => g.resourceId === resourceSpId && (g.scope ?? '').split(' ').some((s) => s.toLowerCase() === p.value.toLowerCase()));
    return !assignments.some((a) => a.resourceId === resourceSpId && !!p.id && a.appRoleId?.toLowerCase() === p.id);
  });
  const granted = required.filter((r) => !notGranted.includes(r));
  if (!notGranted.length) return { item: item('consent', 'ok', 'Admin consent', 'Granted for every required permission.'), granted };
  return {
    item: item(
      'consent',
      'error',
      'Admin consent',
      `Not granted for: ${notGranted.map((r) => describePermission(r.permission)).join('; ')}. Click "Grant admin consent" in API permissions.`,
      'admin-consent',
      clientId,
    ),
    granted,
  };
}

function secretItem(app: GraphApp, input: AuditInput): AuditItem {
  const secrets = app.passwordCredentials ?? [];
  if (!secrets.length)
    return item('secret', 'error', 'Client secret', 'The app has no client secret. Add one in "Certificates & secrets".', 'create-secret', input.clientId);
  if (!input.secretHint) {
    const latest = Math.max(...secrets.map((s) => Date.parse(s.endDateTime ?? '') || 0));
    return item(
      'secret',
      'warning',
      'Client secret',
      `The app has ${secrets.length} secret(s), the latest valid until ${new Date(latest).toISOString().slice(0, 10)}; enter the secret Value to tell which one you use.`,
    );
  }
  const matching = secrets
    .filter((s) => s.hint === input.secretHint)
    .sort((a, b) => (Date.parse(b.endDateTime ?? '') || 0) - (Date.parse(a.endDateTime ?? '') || 0));
  const match = matching[0];
  if (!match) {
    return item(
      'secret',
      'error',
      'Client secret',
      `None of the app's ${secrets.length} secret(s) starts with "${input.secretHint}": the value belongs to another app, was deleted, or is the Secret ID. Copy the Value of a current secret.`,
      'create-secret',
      input.clientId,
    );
  }
  const expiry = checkExpiry(match.endDateTime, input.now);
  const name = match.displayName ? `"${match.displayName}" ` : '';
  return item(
    'secret',
    expiry.level,
    'Client secret',
    `Secret ${name}(starts with "${input.secretHint}") exists. ${expiry.message}`,
    expiry.level === 'ok' ? undefined : 'create-secret',
    input.clientId,
  );
}

export { EXCHANGE_APP_ID, GRAPH_APP_ID };
