/**
 * "Set it up for me" in the background: the admin's plan is recorded per setup, and a run creates
 * (or finishes) the app registration through Microsoft Graph with the token the sign-in page
 * hands over. The token lives in storage.session only (memory, trusted contexts), until the run
 * ends (done or failed: the next run signs in again); the job record in storage.local never holds
 * a token or the secret. One run per setup at a time.
 */
import { createGraphClient } from '../../graph/client';
import { createPlanSchema, newJob, createJobSchema, type CreateJob, type CreatePlan, type GraphToken } from '../../graph/create-job';
import { runCreateJob } from '../../graph/create-registration';
import { landCreated } from '../../graph/land';
import { t } from '../../i18n/t';
import { createJobsItem, graphWriteTokenItem } from '../../storage-items';
import { putSecret } from '../secrets';
import { createLock } from '../lock';
import { findSetup, missingSetup, updateSetup } from '../setups-store';
import { isGuid } from '../../guid';
import type { ResponseMap } from '../../messages';
import type { Setup } from '../../schemas';
import type { SenderLike } from '../sender';
import { fail, ok, type HandlerTable, type RouterDeps } from './types';

/** A token this close to its expiry is not used: a run can take a minute or two. */
const TOKEN_MARGIN_MS = 3 * 60_000;

/** Only the sign-in page signs in with the write scopes: nobody else hands a token over. */
function fromSignInPage(sender: SenderLike): boolean {
  try {
    return new URL(sender.url ?? '').pathname === '/signin.html';
  } catch {
    return false;
  }
}

async function currentToken(now: number): Promise<GraphToken | undefined> {
  const token = (await graphWriteTokenItem.getValue()) ?? undefined;
  if (!token || token.expiresOn - TOKEN_MARGIN_MS < now) return undefined;
  return token;
}

const jobsLock = createLock();

async function readJob(setupId: string): Promise<CreateJob | undefined> {
  const parsed = createJobSchema.safeParse((await createJobsItem.getValue())[setupId]);
  return parsed.success ? parsed.data : undefined;
}

function saveJob(job: CreateJob): Promise<void> {
  return jobsLock(async () => {
    const all = await createJobsItem.getValue();
    await createJobsItem.setValue({ ...all, [job.plan.setupId]: job });
  });
}

/** A new plan for a setup whose app exists already keeps what was made: the next run finishes that app. */
export function replan(existing: CreateJob | undefined, plan: CreatePlan, now: number): CreateJob {
  if (!existing?.app) return newJob(plan, now);
  // The app's name is fixed once it exists: a re-run finds it by its id and tag.
  return { ...existing, plan: { ...plan, displayName: existing.plan.displayName }, updatedAt: now };
}

type RunResponse = ResponseMap['create-run'];
const running = new Map<string, Promise<RunResponse>>();

/** Read, replan and write under the jobs lock, so a run's own writes are never overwritten; undefined while a run goes on. */
function planJob(plan: CreatePlan, now: number): Promise<CreateJob | undefined> {
  return jobsLock(async () => {
    if (running.has(plan.setupId)) return undefined;
    const all = await createJobsItem.getValue();
    const parsed = createJobSchema.safeParse(all[plan.setupId]);
    const job = replan(parsed.success ? parsed.data : undefined, plan, now);
    await createJobsItem.setValue({ ...all, [plan.setupId]: job });
    return job;
  });
}

/** Drops the write token a run used once it ended: the next run signs in again. */
async function dropToken(token: GraphToken): Promise<void> {
  if ((await graphWriteTokenItem.getValue())?.accessToken === token.accessToken) await graphWriteTokenItem.setValue(null);
}

async function run(setup: Setup, handedOver: boolean, deps: RouterDeps): Promise<RunResponse> {
  // Under the lock: a plan being written when this run started is read whole.
  const job = await jobsLock(() => readJob(setup.id));
  if (!job) return fail(t('bg_createNothingChosen'));
  // The tenant this setup's app lives in, when known; a domain alone cannot be compared with the token's tenant ID.
  const tenant = job.tenantId ?? (setup.tenantId && isGuid(setup.tenantId.value) ? setup.tenantId.value : undefined);
  const signIn = ok({ signIn: true as const, tenant: tenant ?? setup.tenantId?.value ?? setup.tenantDomain });
  const token = await currentToken(deps.now());
  if (!token) return signIn;
  // Never switch tenants silently: a token is used for its own tenant, or, before the tenant is known, for the setup it was handed over for.
  const fits = tenant ? token.tenantId?.toLowerCase() === tenant.toLowerCase() : token.setupId === setup.id;
  if (!fits) {
    if (handedOver) {
      await dropToken(token);
      return fail(t('bg_createOtherTenant'));
    }
    return signIn;
  }
  try {
    const done = await runCreateJob(
      { ...job, tenantId: job.tenantId ?? token.tenantId },
      {
        graph: createGraphClient({ token: token.accessToken, now: deps.now }),
        now: deps.now,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        save: saveJob,
        keepSecret: async (secret) => {
          await putSecret(setup.id, secret.value, { source: 'graph', detail: t('bg_createdByGraph'), capturedAt: deps.now() }, deps.now());
        },
        land: async (landed) => {
          await updateSetup(landed.plan.setupId, (s) => landCreated(s, landed, deps.now()), { activate: true });
        },
      },
    );
    return ok({ job: done });
  } finally {
    await dropToken(token);
  }
}

export const createHandlers: Pick<HandlerTable, 'create-plan' | 'create-run'> = {
  'create-plan': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const plan = createPlanSchema.parse(request.plan);
      if (!(await findSetup(plan.setupId))) return fail(missingSetup());
      const job = await planJob(plan, deps.now());
      return job ? ok(job) : fail(t('bg_createRunning'));
    },
  },
  'create-run': {
    from: ['extension-page'],
    async handle(request, { deps, sender }) {
      const setup = await findSetup(request.setupId);
      if (!setup) return fail(missingSetup());
      if (request.token) {
        if (!fromSignInPage(sender)) return fail(t('bg_signInPageOnly'));
        await graphWriteTokenItem.setValue({ ...request.token, setupId: setup.id });
      }
      const already = running.get(setup.id);
      if (already) return already;
      // Registered before any await: a second request for this setup waits for this run instead of starting its own.
      const started = run(setup, request.token !== undefined, deps);
      running.set(setup.id, started);
      try {
        return await started;
      } finally {
        running.delete(setup.id);
      }
    },
  },
};
