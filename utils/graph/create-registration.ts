/**
 * "Set it up for me": the app registration for ServiceOps created through Microsoft Graph, step
 * by step, each step finding what exists before it creates anything. The job record is saved
 * right after every Graph call that changed the tenant, so whatever interrupts a run (popup
 * closed, worker stopped, network gone, throttling, a new object not yet visible), the next run
 * finds the app by its recorded id (or by its unique display name carrying this setup's tag) and
 * finishes it: never a second app.
 *
 * Pure over injected dependencies (a Graph client, the job store, the secret store), so unit
 * tests run it against a fake Graph and interrupt it after any call.
 */
import { z } from 'zod';
import { GRAPH_APP_ID, requiredPermissions, type RequiredPermission } from '../checks/required-permissions';
import { isGraphError, type GraphClient, type GraphError } from './client';
import { stepsOf, type CreateJob, type CreateProblem, type CreateStepId, type ResourceAccess } from './create-job';
import { addPassword, removePassword } from './passwords';
import { explainFailure, policyCode } from './roles';

/** The secret's description in the portal: a re-run recognises a secret whose value an interrupted run lost. */
export const CREATED_SECRET_NAME = 'ServiceOps (created by the helper)';

/** Shorter lifetimes offered, in turn, when the tenant's policy refuses the chosen one (and the admin allowed it). */
const SHORTER_LIFETIMES = [365, 180, 90, 60, 30, 14, 7, 1];
/** Searches for an app a lost POST may have created: the directory can take a while to list it. */
const SEARCH_BACKOFF_MS = [2000, 4000, 8000];

const idSchema = z.string().min(1).max(64);

const resourceSpSchema = z.object({
  id: idSchema,
  appId: idSchema,
  displayName: z.string().nullish(),
  appRoles: z.array(z.object({ id: idSchema, value: z.string().nullish() })).nullish(),
  oauth2PermissionScopes: z.array(z.object({ id: idSchema, value: z.string().nullish() })).nullish(),
});
type ResourceSp = z.infer<typeof resourceSpSchema>;

const appSummarySchema = z.object({
  id: idSchema,
  appId: idSchema,
  displayName: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  notes: z.string().nullish(),
  createdDateTime: z.string().nullish(),
});

const appSchema = appSummarySchema.extend({
  isFallbackPublicClient: z.boolean().nullish(),
  web: z.object({ redirectUris: z.array(z.string()).nullish() }).nullish(),
  requiredResourceAccess: z
    .array(z.object({ resourceAppId: z.string(), resourceAccess: z.array(z.object({ id: z.string(), type: z.string() })).nullish() }))
    .nullish(),
  passwordCredentials: z.array(z.object({ keyId: idSchema, displayName: z.string().nullish() })).nullish(),
});
type GraphApp = z.infer<typeof appSchema>;

const spSchema = z.object({ id: idSchema, appId: idSchema });
const grantSchema = z.object({ id: idSchema, clientId: z.string(), consentType: z.string().nullish(), resourceId: z.string(), scope: z.string().nullish() });
const assignmentSchema = z.object({ id: z.string().optional(), appRoleId: z.string(), resourceId: z.string() });
const anything = z.unknown();

const APP_SELECT = 'id,appId,displayName,tags,notes,isFallbackPublicClient,web,requiredResourceAccess,passwordCredentials';

export interface CreatedSecret {
  value: string;
  keyId: string;
  endDateTime: string;
  hint: string;
  description: string;
}

export interface CreateDeps {
  graph: GraphClient;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Saves the job record (storage.local): called right after each change in the tenant. */
  save: (job: CreateJob) => Promise<void>;
  /** Holds the new secret's value (storage.session only); called before the job records its id. */
  keepSecret: (secret: CreatedSecret) => Promise<void>;
  /** Puts the new values into the setup, as a capture would. */
  land: (job: CreateJob) => Promise<void>;
  /** Progress for the page that shows it. */
  onProgress?: (job: CreateJob) => void;
}

/** A string literal for an OData $filter: single quotes doubled. */
function odata(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The permissions this plan needs: exactly those of its path and protocols, plus offline_access
 * beside delegated ones (ServiceOps asks each delegated scope with offline_access, and the
 * tenant-wide consent must cover it).
 */
export function permissionsFor(plan: CreateJob['plan']): RequiredPermission[] {
  const list = requiredPermissions(plan.path, plan.protocols);
  if (list.some((p) => p.type === 'Scope'))
    list.push({
      resourceAppId: GRAPH_APP_ID,
      resourceName: 'Microsoft Graph',
      id: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182',
      value: 'offline_access',
      type: 'Scope',
    });
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = `${p.resourceAppId}|${p.type}|${p.value.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The permission's id as the tenant's resource lists it; the published id when it does not say. */
function resolveId(p: RequiredPermission, sp: ResourceSp): string | undefined {
  const list = p.type === 'Role' ? sp.appRoles : sp.oauth2PermissionScopes;
  return list?.find((entry) => entry.value?.toLowerCase() === p.value.toLowerCase())?.id ?? p.id;
}

/** The app's permissions with the plan's added (nothing removed), or undefined when none is missing. */
export function mergeAccess(
  current: readonly { resourceAppId: string; resourceAccess?: readonly { id: string; type: string }[] | null }[],
  wanted: readonly ResourceAccess[],
): ResourceAccess[] | undefined {
  let changed = false;
  const merged = current.map((r) => ({
    resourceAppId: r.resourceAppId,
    resourceAccess: (r.resourceAccess ?? []).map((a) => ({ id: a.id, type: a.type === 'Role' ? ('Role' as const) : ('Scope' as const) })),
  }));
  for (const w of wanted) {
    let entry = merged.find((m) => m.resourceAppId === w.resourceAppId);
    if (!entry) {
      entry = { resourceAppId: w.resourceAppId, resourceAccess: [] };
      merged.push(entry);
    }
    for (const access of w.resourceAccess) {
      if (entry.resourceAccess.some((a) => a.id === access.id && a.type === access.type)) continue;
      entry.resourceAccess.push(access);
      changed = true;
    }
  }
  return changed ? merged : undefined;
}

class StepFailure extends Error {
  constructor(readonly problem: CreateProblem) {
    super(problem.kind);
  }
}

/** An "already there" answer to a create: Graph says 409, or 400 naming an existing object. */
function alreadyExists(error: GraphError): boolean {
  return error.status === 409 || (error.status === 400 && /already exist/i.test(error.message));
}

export async function runCreateJob(start: CreateJob, deps: CreateDeps): Promise<CreateJob> {
  let job: CreateJob = { ...start, status: 'running', problems: undefined };
  /** Where the last run left each step (this run marks them running as it goes). */
  const before = start.steps;
  const { graph } = deps;

  const commit = async (patch: Partial<CreateJob>) => {
    job = { ...job, ...patch, updatedAt: deps.now() };
    await deps.save(job);
    deps.onProgress?.(job);
  };
  const mark = (step: CreateStepId, state: NonNullable<CreateJob['steps'][CreateStepId]>['state'], detail?: string) =>
    commit({ steps: { ...job.steps, [step]: { state, at: deps.now(), detail } } });

  /**
   * Runs a step; a Graph failure becomes the admin's explanation and ends the run, except a
   * refused consent (`soft`): the next consent is still tried. Anything else (the worker
   * stopping) leaves the record as it was saved, for the next run to finish.
   */
  async function step(id: CreateStepId, body: () => Promise<string | undefined>, soft = false): Promise<void> {
    await mark(id, 'running', job.steps[id]?.detail);
    try {
      const detail = await body();
      await mark(id, 'done', detail);
    } catch (error) {
      const problem = error instanceof StepFailure ? error.problem : isGraphError(error) ? explainFailure(id, error) : undefined;
      if (!problem) throw error;
      await commit({ steps: { ...job.steps, [id]: { state: 'failed', at: deps.now() } }, problems: [...(job.problems ?? []), problem] });
      // Offline, cancelled or signed out: the next consent would fail the same way.
      if (!soft || problem.kind === 'signed-out' || problem.kind === 'offline' || problem.kind === 'cancelled') throw new StepFailure(problem);
    }
  }

  try {
    await step('resources', resolveResources);
    await step('application', ensureApplication);
    await step('secret', ensureSecret);
    await step('service-principal', ensureServicePrincipal);
    const steps = stepsOf(job);
    // Both consents are tried even when one is refused: a partial consent is less for the hand-off to do.
    if (steps.includes('delegated-consent')) await step('delegated-consent', ensureDelegatedGrant, true);
    if (steps.includes('application-consent')) await step('application-consent', ensureAppRoles, true);
  } catch (error) {
    if (!(error instanceof StepFailure)) throw error;
  }
  if (job.app) {
    await deps.land(job);
    await mark('setup', 'done');
  }
  await commit({ status: job.problems?.length ? 'failed' : 'done' });
  return job;

  async function resolveResources(): Promise<string> {
    const needed = permissionsFor(job.plan);
    const resources: NonNullable<CreateJob['resources']> = {};
    const access: ResourceAccess[] = [];
    const delegatedScopes: Record<string, string[]> = {};
    for (const appId of [...new Set(needed.map((p) => p.resourceAppId))]) {
      const found = await graph.list(
        `/servicePrincipals?$filter=appId eq ${odata(appId)}&$select=id,appId,displayName,appRoles,oauth2PermissionScopes`,
        resourceSpSchema,
      );
      const sp = found[0];
      const name = needed.find((p) => p.resourceAppId === appId)?.resourceName ?? appId;
      if (!sp) throw new StepFailure({ step: 'resources', kind: 'resource-missing', status: 404, code: 'resourceNotInTenant', detail: name });
      resources[appId] = { spId: sp.id, displayName: sp.displayName ?? name };
      const entries: ResourceAccess['resourceAccess'] = [];
      for (const p of needed.filter((n) => n.resourceAppId === appId)) {
        const id = resolveId(p, sp);
        if (!id)
          throw new StepFailure({ step: 'resources', kind: 'permission-missing', status: 404, code: 'permissionNotFound', detail: `${name} ${p.value}` });
        entries.push({ id, type: p.type });
        if (p.type === 'Scope') delegatedScopes[appId] = [...(delegatedScopes[appId] ?? []), p.value];
      }
      access.push({ resourceAppId: appId, resourceAccess: entries });
    }
    await commit({ resources, access, delegatedScopes });
    return `${needed.length} permissions`;
  }

  function recognised(app: z.infer<typeof appSummarySchema>): boolean {
    return !!app.tags?.includes(job.marker) || !!app.notes?.includes(job.marker);
  }

  /** Apps with the plan's name: ours (carrying this setup's tag) and others'. */
  async function appsNamed(): Promise<{ ours: z.infer<typeof appSummarySchema>[]; others: number }> {
    const named = await graph.list(
      `/applications?$filter=displayName eq ${odata(job.plan.displayName)}&$select=id,appId,displayName,tags,notes,createdDateTime`,
      appSummarySchema,
    );
    const ours = named.filter(recognised).sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
    return { ours, others: named.length - ours.length };
  }

  async function findApp(): Promise<{ app?: GraphApp; detail?: string }> {
    if (job.app) {
      try {
        return {
          app: await graph.get(`/applications/${job.app.id}?$select=${APP_SELECT}`, appSchema, { retryNotFound: true }),
          detail: 'found the app made earlier',
        };
      } catch (error) {
        // Deleted since (someone cleaned up): made again below.
        if (!(isGraphError(error) && error.status === 404)) throw error;
        await commit({ app: undefined, sp: undefined, secret: undefined, steps: {} });
      }
    }
    // A POST whose answer was lost may have made it: the directory may list it only after a while.
    const waits = before.application?.state === 'running' || before.application?.state === 'failed' ? SEARCH_BACKOFF_MS : [];
    for (let attempt = 0; ; attempt += 1) {
      const { ours, others } = await appsNamed();
      const first = ours[0];
      if (first) {
        const app = await graph.get(`/applications/${first.id}?$select=${APP_SELECT}`, appSchema, { retryNotFound: true });
        return { app, detail: ours.length > 1 ? `found ${ours.length} apps of this setup; kept the oldest` : 'found the app an interrupted run made' };
      }
      if (attempt >= waits.length) {
        if (others) throw new StepFailure({ step: 'application', kind: 'name-taken', status: 409, code: 'nameTaken', detail: job.plan.displayName });
        return {};
      }
      await deps.sleep(waits[attempt] ?? 0);
    }
  }

  function wantedApp() {
    const redirectUris = job.plan.redirectUrl ? [job.plan.redirectUrl] : [];
    return {
      // "Allow public client flows": Yes on the IMAP path (the guided checklist's step), No on the app-only path.
      isFallbackPublicClient: job.plan.path === 'imap',
      redirectUris,
      requiredResourceAccess: job.access ?? [],
    };
  }

  async function ensureApplication(): Promise<string> {
    const wanted = wantedApp();
    const { app, detail } = await findApp();
    if (!app) {
      const created = await graph.post(
        '/applications',
        {
          displayName: job.plan.displayName,
          signInAudience: 'AzureADMyOrg',
          isFallbackPublicClient: wanted.isFallbackPublicClient,
          // The Web platform: ServiceOps redeems the code on its server (an SPA redirect fails with AADSTS9002327).
          ...(wanted.redirectUris.length ? { web: { redirectUris: wanted.redirectUris } } : {}),
          requiredResourceAccess: wanted.requiredResourceAccess,
          tags: [job.marker],
          notes: `Created for ServiceOps mail by the ServiceOps Azure OAuth Helper (${job.marker}).`,
        },
        appSummarySchema,
      );
      await commit({ app: { id: created.id, appId: created.appId, displayName: created.displayName ?? job.plan.displayName } });
      return 'created';
    }
    await commit({ app: { id: app.id, appId: app.appId, displayName: app.displayName ?? job.plan.displayName } });
    // A found app is brought to the plan: only what differs is changed, nothing is removed.
    const patch: Record<string, unknown> = {};
    if (!!app.isFallbackPublicClient !== wanted.isFallbackPublicClient) patch.isFallbackPublicClient = wanted.isFallbackPublicClient;
    const uris = app.web?.redirectUris ?? [];
    const missingUris = wanted.redirectUris.filter((u) => !uris.includes(u));
    if (missingUris.length) patch.web = { redirectUris: [...uris, ...missingUris] };
    const merged = mergeAccess(app.requiredResourceAccess ?? [], wanted.requiredResourceAccess);
    if (merged) patch.requiredResourceAccess = merged;
    if (Object.keys(patch).length) {
      await graph.patch(`/applications/${app.id}`, patch, { retryNotFound: true });
      return `${detail ?? 'found'}; updated ${Object.keys(patch).join(', ')}`;
    }
    return detail ?? 'found';
  }

  async function ensureSecret(): Promise<string> {
    const app = job.app;
    if (!app) throw new Error('No app');
    // A secret this job made and recorded is kept, held or not: it may be in ServiceOps already.
    if (job.secret) return `kept (expires ${job.secret.endDateTime.slice(0, 10)})`;
    const current = await graph.get(
      `/applications/${app.id}?$select=id,appId,passwordCredentials`,
      appSchema.pick({ id: true, appId: true, passwordCredentials: true }),
      {
        retryNotFound: true,
      },
    );
    // Secrets a lost answer made: nobody has their value, so they go once the new one is held.
    const lost = (current.passwordCredentials ?? []).filter((c) => c.displayName === CREATED_SECRET_NAME).map((c) => c.keyId);
    const { days, endDateTime } = await addWithinPolicy(app.id, job.plan.lifetimeDays);
    const removed: string[] = [];
    for (const keyId of lost) {
      try {
        await removePassword(graph, app.id, keyId);
        removed.push(keyId);
      } catch (error) {
        if (!isGraphError(error)) throw error;
        // Left for the list of things to remove by hand.
      }
    }
    if (removed.length) await commit({ removedSecrets: [...(job.removedSecrets ?? []), ...removed] });
    const shortened = days !== job.plan.lifetimeDays ? `; ${days} days, the longest your organization's policy allowed` : '';
    return `created, expires ${endDateTime.slice(0, 10)}${shortened}`;
  }

  /** addPassword with an explicit expiry; shorter ones in turn if the policy refuses and the admin allowed it. */
  async function addWithinPolicy(appObjectId: string, chosenDays: number): Promise<{ days: number; endDateTime: string }> {
    for (let days = chosenDays; ;) {
      try {
        const made = await addPassword(graph, appObjectId, days, deps.now(), { description: CREATED_SECRET_NAME, retryNotFound: true });
        // Held before the record names it: a record never points at a secret nobody holds.
        await deps.keepSecret(made);
        await commit({ secret: { keyId: made.keyId, endDateTime: made.endDateTime, hint: made.hint, lifetimeDays: days } });
        return { days, endDateTime: made.endDateTime };
      } catch (error) {
        if (!isGraphError(error) || policyCode(error) !== 'CredentialInvalidLifetimeAsPerAppPolicy' || !job.plan.allowShorter) throw error;
        const shorter = SHORTER_LIFETIMES.find((d) => d < days);
        if (!shorter) throw error;
        days = shorter;
      }
    }
  }

  async function findSp(appId: string): Promise<string | undefined> {
    return (await graph.list(`/servicePrincipals?$filter=appId eq ${odata(appId)}&$select=id,appId`, spSchema))[0]?.id;
  }

  async function ensureServicePrincipal(): Promise<string> {
    const app = job.app;
    if (!app) throw new Error('No app');
    if (job.sp) {
      try {
        await graph.get(`/servicePrincipals/${job.sp.id}?$select=id,appId`, spSchema, { retryNotFound: true });
        return 'found';
      } catch (error) {
        if (!(isGraphError(error) && error.status === 404)) throw error;
      }
    }
    const existing = await findSp(app.appId);
    if (existing) {
      await commit({ sp: { id: existing } });
      return 'found';
    }
    try {
      // The app itself may not be visible yet: a 404 is waited out.
      const sp = await graph.post('/servicePrincipals', { appId: app.appId }, spSchema, { retryNotFound: true });
      await commit({ sp: { id: sp.id } });
      return 'created';
    } catch (error) {
      if (!(isGraphError(error) && alreadyExists(error))) throw error;
      // Made by a run whose answer was lost, not listed yet.
      for (const wait of [0, ...SEARCH_BACKOFF_MS]) {
        if (wait) await deps.sleep(wait);
        const id = await findSp(app.appId);
        if (id) {
          await commit({ sp: { id } });
          return 'found';
        }
      }
      throw error;
    }
  }

  async function ensureDelegatedGrant(): Promise<string> {
    const sp = job.sp;
    if (!sp) throw new Error('No service principal');
    const parts: string[] = [];
    for (const [resourceAppId, scopes] of Object.entries(job.delegatedScopes ?? {})) {
      const resourceId = job.resources?.[resourceAppId]?.spId;
      if (!resourceId) continue;
      const find = async () =>
        (await graph.list(`/oauth2PermissionGrants?$filter=clientId eq ${odata(sp.id)}`, grantSchema)).find(
          (g) => g.resourceId === resourceId && g.consentType === 'AllPrincipals',
        );
      let grant = await find();
      if (!grant) {
        try {
          await graph.post('/oauth2PermissionGrants', { clientId: sp.id, consentType: 'AllPrincipals', resourceId, scope: scopes.join(' ') }, anything, {
            retryNotFound: true,
          });
          parts.push('granted');
          continue;
        } catch (error) {
          if (!(isGraphError(error) && alreadyExists(error))) throw explainAs('delegated-consent', error, resourceAppId);
          grant = await find();
          if (!grant) throw explainAs('delegated-consent', error, resourceAppId);
        }
      }
      const have = new Set((grant.scope ?? '').split(' ').filter(Boolean));
      const missing = scopes.filter((s) => !have.has(s));
      if (missing.length) {
        try {
          await graph.patch(`/oauth2PermissionGrants/${grant.id}`, { scope: [...have, ...missing].join(' ') });
        } catch (error) {
          throw explainAs('delegated-consent', error, resourceAppId);
        }
        parts.push(`added ${missing.join(', ')}`);
      } else parts.push('already granted');
    }
    return parts.join('; ');
  }

  async function ensureAppRoles(): Promise<string> {
    const sp = job.sp;
    if (!sp) throw new Error('No service principal');
    const assigned = await graph.list(`/servicePrincipals/${sp.id}/appRoleAssignments`, assignmentSchema, { retryNotFound: true });
    let added = 0;
    let refused: { error: unknown; resourceAppId: string } | undefined;
    for (const access of job.access ?? []) {
      const resourceId = job.resources?.[access.resourceAppId]?.spId;
      if (!resourceId) continue;
      for (const role of access.resourceAccess.filter((r) => r.type === 'Role')) {
        if (assigned.some((a) => a.resourceId === resourceId && a.appRoleId === role.id)) continue;
        try {
          await graph.post(`/servicePrincipals/${resourceId}/appRoleAssignedTo`, { principalId: sp.id, resourceId, appRoleId: role.id }, anything, {
            retryNotFound: true,
          });
          added += 1;
        } catch (error) {
          if (isGraphError(error) && alreadyExists(error)) continue;
          if (isGraphError(error) && (error.kind === 'network' || error.kind === 'aborted')) throw error;
          // Graph's own roles need a higher role than Exchange's: report the one that asks most.
          if (!refused || access.resourceAppId === GRAPH_APP_ID) refused = { error, resourceAppId: access.resourceAppId };
        }
      }
    }
    if (refused) throw explainAs('application-consent', refused.error, refused.resourceAppId);
    return added ? `granted ${added}` : 'already granted';
  }

  function explainAs(id: CreateStepId, error: unknown, resourceAppId: string): unknown {
    return isGraphError(error) ? new StepFailure(explainFailure(id, error, resourceAppId)) : error;
  }
}
