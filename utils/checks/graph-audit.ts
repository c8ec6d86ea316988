/**
 * Live check 3: the app's configuration as Microsoft Graph reports it, item by item, each failed
 * item naming the guidance step that fixes it. Pure over an injected Graph getter, so the same
 * code runs against Graph, the replica and unit-test fixtures.
 */
import { z } from 'zod';
import type { GraphObservation, SetupPath } from '../schemas';
import { PROTOCOL_NAMES, type MailProtocol } from '../oauth-urls';
import { DELEGATED_BY_PROTOCOL } from '../guidance/imap';
import { APPLICATION_BY_PROTOCOL } from '../guidance/mapi';
import { t } from '../i18n/t';
import { checkExpiry, type Level } from '../validation';
import { permissionsStepFor, portalLinkForStep, stepTitle, type FixStepId } from './guidance-links';
import { EXCHANGE_APP_ID, GRAPH_APP_ID, requiredPermissions, type RequiredPermission } from './required-permissions';

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

/*
 * What the audit reads of Graph's answers. The bounds sit above what Graph itself allows (256
 * redirect URIs, a few hundred permissions per app, pages of at most 999 entries), so a real answer
 * always fits and a runaway one is refused rather than walked.
 */
const idSchema = z.string().min(1).max(64);
const LIST_MAX = 1000;

const credentialSchema = z.object({
  keyId: idSchema,
  hint: z.string().max(16).nullish(),
  displayName: z.string().max(1000).nullish(),
  endDateTime: z.string().max(40).nullish(),
});

const appSchema = z.object({
  id: idSchema,
  displayName: z.string().max(256).nullish(),
  isFallbackPublicClient: z.boolean().nullish(),
  web: z.object({ redirectUris: z.array(z.string().max(2048)).max(256).nullish() }).nullish(),
  requiredResourceAccess: z
    .array(
      z.object({
        resourceAppId: z.string().max(64),
        resourceAccess: z
          .array(z.object({ id: z.string().max(64), type: z.string().max(32) }))
          .max(500)
          .nullish(),
      }),
    )
    .max(100)
    .nullish(),
  passwordCredentials: z.array(credentialSchema).max(200).nullish(),
});
type GraphApp = z.infer<typeof appSchema>;

const spSchema = z.object({ id: idSchema });

/** The permissions a resource (Microsoft Graph, Exchange Online) offers: some hundreds each. */
const permissionListSchema = z
  .array(z.object({ id: idSchema, value: z.string().max(200).nullish() }))
  .max(5000)
  .nullish();
const resourceSpSchema = z.object({ id: idSchema, appRoles: permissionListSchema, oauth2PermissionScopes: permissionListSchema });
type ResourceSp = z.infer<typeof resourceSpSchema>;

const grantsSchema = z.object({
  value: z
    .array(z.object({ resourceId: z.string().max(64), consentType: z.string().max(32).nullish(), scope: z.string().max(20_000).nullish() }))
    .max(LIST_MAX),
});
const assignmentsSchema = z.object({ value: z.array(z.object({ resourceId: z.string().max(64), appRoleId: z.string().max(64) })).max(LIST_MAX) });

const errorSchema = z.object({ error: z.object({ message: z.string().min(1).max(1000) }) });

/** What an answer's body says, or undefined when it is not what the schema reads: never cast. */
function read<S extends z.ZodType>(schema: S, response: GraphResponse): z.infer<S> | undefined {
  const parsed = schema.safeParse(response.body);
  return parsed.success ? parsed.data : undefined;
}

export class GraphAccessError extends Error {}

function graphMessage(response: GraphResponse): string {
  return read(errorSchema, response)?.error.message ?? `HTTP ${response.status}`;
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

const TITLES: Record<AuditItemId, () => string> = {
  app: () => t('checks_auditAppTitle'),
  'public-client': () => t('checks_auditPublicClientTitle'),
  permissions: () => t('checks_auditPermissionsTitle'),
  consent: () => t('checks_auditConsentTitle'),
  secret: () => t('checks_auditSecretTitle'),
  'service-principal': () => t('checks_auditSpTitle'),
};

const key = (resourceAppId: string, type: string, id: string) => `${resourceAppId.toLowerCase()}|${type}|${id.toLowerCase()}`;

/** "Office 365 Exchange Online full_access_as_app (application)", in the admin's language. */
function permissionText(p: RequiredPermission): string {
  return t('checks_auditPermission', {
    resource: p.resourceName,
    name: p.value,
    kind: p.type === 'Scope' ? t('checks_auditDelegated') : t('checks_auditApplication'),
  });
}

/** The app's Enterprise application: found, not in the tenant (404), or an answer that says neither. */
type SpLookup = { found: true; id: string } | { found: false; unreadable?: string };

function servicePrincipal(response: GraphResponse): SpLookup {
  if (response.status === 404) return { found: false };
  if (response.status !== 200) return { found: false, unreadable: graphMessage(response) };
  const sp = read(spSchema, response);
  return sp ? { found: true, id: sp.id } : { found: false, unreadable: t('checks_auditUnreadable') };
}

export async function auditApp(input: AuditInput, get: GraphGet): Promise<AuditResult> {
  const appId = encodeURIComponent(input.clientId);
  const appResponse = await get(
    `/v1.0/applications(appId='${appId}')?$select=id,appId,displayName,signInAudience,isFallbackPublicClient,web,requiredResourceAccess,passwordCredentials`,
  );
  if (appResponse.status === 401 || appResponse.status === 403) throw new GraphAccessError(t('checks_auditRefused', { reason: graphMessage(appResponse) }));
  if (appResponse.status === 404)
    return { items: [item('app', 'error', TITLES.app(), t('checks_auditAppMissing', { clientId: input.clientId }), 'register-app', input.clientId)] };
  if (appResponse.status !== 200) throw new GraphAccessError(t('checks_auditGraphAnswered', { reason: graphMessage(appResponse) }));
  const app = read(appSchema, appResponse);
  // An app in a shape the schema refuses is not audited at all: a field misread could come out "ok".
  if (!app) return { items: [item('app', 'error', TITLES.app(), t('checks_auditAppUnreadable'))] };
  const items: AuditItem[] = [item('app', 'ok', TITLES.app(), t('checks_auditAppFound', { name: app.displayName ?? input.clientId, id: app.id }))];

  const needsPublicClient = input.path === 'imap';
  if (app.isFallbackPublicClient === true) items.push(item('public-client', 'ok', TITLES['public-client'](), t('checks_auditPublicClientOn')));
  else if (needsPublicClient)
    items.push(item('public-client', 'error', TITLES['public-client'](), t('checks_auditPublicClientNeeded'), 'public-client', input.clientId));
  else items.push(item('public-client', 'ok', TITLES['public-client'](), t('checks_auditPublicClientNotNeeded')));

  const resolved = await resolveIds(get, requiredPermissions(input.path, input.protocols));
  const required = resolved.permissions;
  const requested = new Set((app.requiredResourceAccess ?? []).flatMap((r) => (r.resourceAccess ?? []).map((a) => key(r.resourceAppId, a.type, a.id))));
  const missing = required.filter((p) => !p.permission.id || !requested.has(key(p.permission.resourceAppId, p.permission.type, p.permission.id)));
  items.push(
    missing.length
      ? item(
          'permissions',
          'error',
          TITLES.permissions(),
          t('checks_auditPermissionsMissing', {
            permissions: missing.map((p) => `${permissionText(p.permission)}${neededFor(p.permission, input.protocols)}`).join('; '),
          }),
          // The step that adds them: Graph delegated ones first (the IMAP path's step), else the Exchange Online application ones.
          permissionsStepFor(missing.some((p) => p.permission.type === 'Scope') ? 'imap' : 'mapi'),
          input.clientId,
        )
      : item('permissions', 'ok', TITLES.permissions(), t('checks_auditPermissionsPresent', { count: required.length })),
  );

  const sp = servicePrincipal(await get(`/v1.0/servicePrincipals(appId='${appId}')?$select=id,appId,displayName`));
  const spId = sp.found ? sp.id : undefined;
  let granted: Resolved[] = [];
  if (sp.found) {
    const consent = resolved.unreadable
      ? { item: item('consent', 'warning', TITLES.consent(), t('checks_auditNotRead', { reason: resolved.unreadable })), granted: [] }
      : await consentItem(get, sp.id, required, input.clientId);
    items.push(consent.item);
    granted = consent.granted;
  } else if (sp.unreadable) items.push(item('consent', 'warning', TITLES.consent(), t('checks_auditNotRead', { reason: sp.unreadable })));
  else items.push(item('consent', 'error', TITLES.consent(), t('checks_auditNoSp'), 'admin-consent', input.clientId));

  items.push(secretItem(app, input));
  const observed = observation(input, app, required, missing, granted, spId);
  const result = { appName: app.displayName ?? undefined, appObjectId: app.id, spObjectId: spId, observed };

  const entered = input.enteredSpObjectId?.trim().toLowerCase();
  if (spId && entered && entered !== spId.toLowerCase()) {
    const text = entered === app.id.toLowerCase() ? t('checks_auditSpIsAppId', { entered, sp: spId }) : t('checks_auditSpOther', { entered, sp: spId });
    items.push(item('service-principal', 'error', TITLES['service-principal'](), text, 'enterprise-app-id', input.clientId));
    return { items, ...result };
  }
  if (sp.found)
    items.push(
      item(
        'service-principal',
        'ok',
        TITLES['service-principal'](),
        input.path === 'mapi' ? t('checks_auditSpFoundMapi', { id: sp.id }) : t('checks_auditSpFound', { id: sp.id }),
      ),
    );
  else if (sp.unreadable) items.push(item('service-principal', 'warning', TITLES['service-principal'](), t('checks_auditNotRead', { reason: sp.unreadable })));
  else items.push(item('service-principal', 'error', TITLES['service-principal'](), t('checks_auditSpMissing'), 'admin-consent', input.clientId));
  return { items, ...result };
}

const short = (v: string | null | undefined, max: number): string | undefined => (v && v.length <= max ? v : undefined);

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
    appObjectId: app.id,
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
    spObjectId: spId,
    secrets: (app.passwordCredentials ?? [])
      .slice(0, 40)
      .map((c) => ({ keyId: c.keyId, hint: short(c.hint, 3), displayName: short(c.displayName, 200), endDateTime: short(c.endDateTime, 40) })),
  };
}

/** ", for POP3 and SMTP": which of the setup's protocols need this permission. */
function neededFor(p: RequiredPermission, protocols: readonly MailProtocol[] | undefined): string {
  if (!protocols?.length) return '';
  const lists: Record<MailProtocol, string[]> = p.type === 'Scope' ? { ...DELEGATED_BY_PROTOCOL, mapi: [] } : APPLICATION_BY_PROTOCOL;
  const names = protocols.filter((proto) => lists[proto].some((v) => v.toLowerCase() === p.value.toLowerCase())).map((proto) => PROTOCOL_NAMES[proto]);
  return names.length ? t('checks_auditNeededFor', { protocols: names.join(` ${t('checks_auditAnd')} `) }) : '';
}

interface Resolved {
  permission: RequiredPermission;
  /** The resource's service principal Object ID in this tenant. */
  resourceSpId?: string;
}

/**
 * Permission ids as the tenant's resource service principals list them (FACTS: resolve at run time).
 * A resource Graph does not answer for keeps the known ids; one it answers unreadably makes the
 * consent unreadable (`unreadable`), since its grants cannot be told apart.
 */
async function resolveIds(get: GraphGet, required: RequiredPermission[]): Promise<{ permissions: Resolved[]; unreadable?: string }> {
  const sps = new Map<string, ResourceSp>();
  let unreadable: string | undefined;
  for (const resourceAppId of new Set(required.map((p) => p.resourceAppId))) {
    const r = await get(`/v1.0/servicePrincipals(appId='${resourceAppId}')?$select=id,appId,appRoles,oauth2PermissionScopes`);
    if (r.status !== 200) continue;
    const sp = read(resourceSpSchema, r);
    if (sp) sps.set(resourceAppId, sp);
    else unreadable = t('checks_auditUnreadable');
  }
  const permissions = required.map((permission) => {
    const sp = sps.get(permission.resourceAppId);
    const listed = (permission.type === 'Role' ? sp?.appRoles : sp?.oauth2PermissionScopes)?.find(
      (x) => x.value?.toLowerCase() === permission.value.toLowerCase(),
    );
    return { permission: { ...permission, id: listed?.id.toLowerCase() ?? permission.id }, resourceSpId: sp?.id };
  });
  return { permissions, unreadable };
}

/** The consent item, and which of the required permissions are granted (none when consent could not be read). */
async function consentItem(get: GraphGet, spId: string, required: Resolved[], clientId: string): Promise<{ item: AuditItem; granted: Resolved[] }> {
  const grantsResponse = await get(`/v1.0/oauth2PermissionGrants?$filter=${encodeURIComponent(`clientId eq '${spId}'`)}`);
  const assignmentsResponse = await get(`/v1.0/servicePrincipals/${encodeURIComponent(spId)}/appRoleAssignments`);
  const notRead = (reason: string) => ({ item: item('consent', 'warning', TITLES.consent(), t('checks_auditNotRead', { reason })), granted: [] });
  if (grantsResponse.status !== 200 || assignmentsResponse.status !== 200)
    return notRead(graphMessage(grantsResponse.status !== 200 ? grantsResponse : assignmentsResponse));
  const grantList = read(grantsSchema, grantsResponse);
  const assignmentList = read(assignmentsSchema, assignmentsResponse);
  if (!grantList || !assignmentList) return notRead(t('checks_auditUnreadable'));
  const grants = grantList.value.filter((g) => g.consentType === 'AllPrincipals');
  const assignments = assignmentList.value;
  const notGranted = required.filter(({ permission: p, resourceSpId }) => {
    if (!resourceSpId) return true;
    if (p.type === 'Scope')
      return !grants.some((g) => g.resourceId === resourceSpId && (g.scope ?? '').split(' ').some((s) => s.toLowerCase() === p.value.toLowerCase()));
    return !assignments.some((a) => a.resourceId === resourceSpId && !!p.id && a.appRoleId.toLowerCase() === p.id);
  });
  const granted = required.filter((r) => !notGranted.includes(r));
  if (!notGranted.length) return { item: item('consent', 'ok', TITLES.consent(), t('checks_auditConsentGranted')), granted };
  return {
    item: item(
      'consent',
      'error',
      TITLES.consent(),
      t('checks_auditConsentMissing', { permissions: notGranted.map((r) => permissionText(r.permission)).join('; ') }),
      'admin-consent',
      clientId,
    ),
    granted,
  };
}

function secretItem(app: GraphApp, input: AuditInput): AuditItem {
  const secrets = app.passwordCredentials ?? [];
  if (!secrets.length) return item('secret', 'error', TITLES.secret(), t('checks_auditNoSecret'), 'create-secret', input.clientId);
  if (!input.secretHint) {
    const latest = Math.max(...secrets.map((s) => Date.parse(s.endDateTime ?? '') || 0));
    return item(
      'secret',
      'warning',
      TITLES.secret(),
      t('checks_auditSecretWhich', { count: secrets.length, date: new Date(latest).toISOString().slice(0, 10) }),
    );
  }
  const hint = input.secretHint;
  const matching = secrets.filter((s) => s.hint === hint).sort((a, b) => (Date.parse(b.endDateTime ?? '') || 0) - (Date.parse(a.endDateTime ?? '') || 0));
  const match = matching[0];
  if (!match) return item('secret', 'error', TITLES.secret(), t('checks_auditSecretNoMatch', { count: secrets.length, hint }), 'create-secret', input.clientId);
  const expiry = checkExpiry(match.endDateTime ?? undefined, input.now);
  const detail = match.displayName
    ? t('checks_auditSecretFoundNamed', { name: match.displayName, hint, expiry: expiry.message })
    : t('checks_auditSecretFound', { hint, expiry: expiry.message });
  return item('secret', expiry.level, TITLES.secret(), detail, expiry.level === 'ok' ? undefined : 'create-secret', input.clientId);
}

export { EXCHANGE_APP_ID, GRAPH_APP_ID };
