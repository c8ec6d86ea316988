/**
 * "Set it up for me" in the background: the admin's plan is recorded per setup, and a run creates
 * (or finishes) the app registration through Microsoft Graph with the token the sign-in page
 * hands over. The token lives in this worker's memory and in storage.session only; the job record
 * in storage.local never holds a token or the secret. One run per setup at a time.
 */
import { createGraphClient } from '../../graph/client';
import { createPlanSchema, newJob, createJobSchema, type CreateJob, type CreatePlan, type GraphToken } from '../../graph/create-job';
import { runCreateJob } from '../../graph/create-registration';
import { CREATED_DETAIL, landCreated } from '../../graph/land';
import { createJobsItem, graphWriteTokenItem } from '../../storage-items';
import { putSecret } from '../secrets';
import { createLock } from '../lock';
import { findSetup, MISSING_SETUP, updateSetup } from '../setups-store';
import type { SenderLike } from '../sender';
import { fail, ok, type HandlerTable } from './types';

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

let heldToken: GraphToken | undefined;

async function currentToken(now: number): Promise<GraphToken | undefined> {
  const token = heldToken ?? (await graphWriteTokenItem.getValue()) ?? undefined;
  if (!token || token.expiresOn - TOKEN_MARGIN_MS < now) return undefined;
  heldToken = token;
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

const running = new Map<string, Promise<CreateJob>>();

export const createHandlers: Pick<HandlerTable, 'create-plan' | 'create-run'> = {
  'create-plan': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const plan = createPlanSchema.parse(request.plan);
      if (!(await findSetup(plan.setupId))) return fail(MISSING_SETUP);
      if (running.has(plan.setupId)) return fail('A creation is running for this setup: wait for it to finish.');
      const job = replan(await readJob(plan.setupId), plan, deps.now());
      await saveJob(job);
      return ok(job);
    },
  },
  'create-run': {
    from: ['extension-page'],
    async handle(request, { deps, sender }) {
      const setup = await findSetup(request.setupId);
      if (!setup) return fail(MISSING_SETUP);
      if (request.token) {
        if (!fromSignInPage(sender)) return fail('Only the sign-in page hands over a sign-in.');
        heldToken = request.token;
        await graphWriteTokenItem.setValue(request.token);
      }
      const already = running.get(setup.id);
      if (already) return ok({ job: await already });
      const job = await readJob(setup.id);
      if (!job) return fail('Choose what to create first.');
      const token = await currentToken(deps.now());
      if (!token) return ok({ signIn: true, tenant: job.tenantId ?? setup.tenantId?.value ?? setup.tenantDomain });
      if (job.tenantId && token.tenantId && job.tenantId !== token.tenantId)
        return fail('You signed in to another tenant than the one this app was created in: sign in to that tenant to finish it.');
      const run = runCreateJob(
        { ...job, tenantId: job.tenantId ?? token.tenantId },
        {
          graph: createGraphClient({ token: token.accessToken, now: deps.now }),
          now: deps.now,
          sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
          save: saveJob,
          keepSecret: async (secret) => {
            await putSecret(setup.id, secret.value, { source: 'graph', detail: CREATED_DETAIL, capturedAt: deps.now() }, deps.now());
          },
          land: async (landed) => {
            await updateSetup(landed.plan.setupId, (s) => landCreated(s, landed, deps.now()), { activate: true });
          },
        },
      );
      running.set(setup.id, run);
      try {
        const done = await run;
        // A refused sign-in is dropped, so the next attempt signs in again.
        if (done.problems?.some((p) => p.kind === 'signed-out')) {
          heldToken = undefined;
          await graphWriteTokenItem.setValue(null);
        }
        return ok({ job: done });
      } finally {
        running.delete(setup.id);
      }
    },
  },
};
