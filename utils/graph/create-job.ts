/**
 * "Set it up for me": the plan the admin chose and the record of a creation run, kept in
 * storage.local (never the secret value, never a token) and written right after every Graph call,
 * so an interrupted run (popup closed, worker stopped, network gone) is finished by the next one
 * instead of starting over. Parsed with zod when read back: storage is a boundary too.
 */
import { z } from 'zod';
import { mailProtocolSchema, pathSchema } from '../schemas';
import { acceptedRedirectUrl } from '../redirect-url';

/** Portal presets go up to 24 months; 180 days is what security baselines recommend. */
export const DEFAULT_LIFETIME_DAYS = 180;
export const MAX_LIFETIME_DAYS = 730;

export const createPlanSchema = z.object({
  setupId: z.string().min(1).max(64),
  path: pathSchema,
  /** Incoming IMAP / POP3 / MAPI (EWS) and outgoing SMTP: the permissions follow exactly these. */
  protocols: z.array(mailProtocolSchema).min(1).max(4),
  displayName: z.string().trim().min(1).max(120),
  /** ServiceOps 8.1+'s Redirect URL, registered under the Web platform. */
  redirectUrl: z
    .string()
    .max(500)
    .refine((url) => url === '' || acceptedRedirectUrl(url) !== undefined, 'must be an https URL without a user name or password')
    .optional(),
  lifetimeDays: z.number().int().min(1).max(MAX_LIFETIME_DAYS),
  /** The admin agreed to a shorter secret when the tenant's policy refuses the chosen lifetime. */
  allowShorter: z.boolean(),
});
export type CreatePlan = z.infer<typeof createPlanSchema>;

export const CREATE_STEP_IDS = ['resources', 'application', 'secret', 'service-principal', 'delegated-consent', 'application-consent', 'setup'] as const;
export const createStepIdSchema = z.enum(CREATE_STEP_IDS);
export type CreateStepId = z.infer<typeof createStepIdSchema>;

export const createStepStateSchema = z.enum(['pending', 'running', 'done', 'skipped', 'failed']);
export type CreateStepState = z.infer<typeof createStepStateSchema>;

/** The directory roles that may do a step (Microsoft's least-privileged ones): the UI names them. */
export const roleKeySchema = z.enum(['createApp', 'graphAppRoles', 'otherAppRoles', 'delegatedGrant']);
export type RoleKey = z.infer<typeof roleKeySchema>;

export const problemKindSchema = z.enum([
  'offline',
  'cancelled',
  'signed-out',
  'throttled',
  'lifetime-policy',
  'secrets-not-allowed',
  'forbidden',
  'name-taken',
  'resource-missing',
  'permission-missing',
  'refused',
]);
export type ProblemKind = z.infer<typeof problemKindSchema>;

/** Why a step failed: Graph's status and code, what kind of failure it is, and the role that may do it. */
export const createProblemSchema = z.object({
  step: createStepIdSchema,
  kind: problemKindSchema,
  status: z.number().int(),
  code: z.string().max(200),
  /** Graph's own message, or the name the failure is about (a resource, a permission). */
  detail: z.string().max(2000).optional(),
  /** 'forbidden': the directory role that may do this step. */
  role: roleKeySchema.optional(),
  /** Someone else's consent solves it: the hand-off applies. */
  needsConsent: z.boolean().optional(),
});
export type CreateProblem = z.infer<typeof createProblemSchema>;

const stepRecordSchema = z.object({
  state: createStepStateSchema,
  at: z.number().optional(),
  /** What the step found or made, in a few words (e.g. "found the app created by an earlier run"). */
  detail: z.string().max(500).optional(),
});

const accessSchema = z.object({
  resourceAppId: z.string().max(64),
  resourceAccess: z.array(z.object({ id: z.string().max(64), type: z.enum(['Scope', 'Role']) })).max(40),
});
export type ResourceAccess = z.infer<typeof accessSchema>;

export const createJobSchema = z.object({
  plan: createPlanSchema,
  /** Tag written on the app: how a re-run recognises the app this setup created. */
  marker: z.string().max(120),
  status: z.enum(['running', 'done', 'failed']),
  tenantId: z.string().max(64).optional(),
  /** Resolved from the resources' service principals (their ids for the consent, the permission ids). */
  resources: z.record(z.string().max(64), z.object({ spId: z.string().max(64), displayName: z.string().max(200).optional() })).optional(),
  access: z.array(accessSchema).max(4).optional(),
  /** Delegated scope names per resource app id, for the tenant-wide grant. */
  delegatedScopes: z.record(z.string().max(64), z.array(z.string().max(120)).max(20)).optional(),
  app: z.object({ id: z.string().max(64), appId: z.string().max(64), displayName: z.string().max(255) }).optional(),
  sp: z.object({ id: z.string().max(64) }).optional(),
  secret: z.object({ keyId: z.string().max(64), endDateTime: z.string().max(40), hint: z.string().max(3).optional(), lifetimeDays: z.number() }).optional(),
  /** Secrets an interrupted run added whose value was lost, removed by the next run. */
  removedSecrets: z.array(z.string().max(64)).max(20).optional(),
  steps: z.partialRecord(createStepIdSchema, stepRecordSchema),
  problems: z.array(createProblemSchema).max(10).optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
});
export type CreateJob = z.infer<typeof createJobSchema>;

/** The app's tag: one per setup, so whatever happened to a run, a re-run for this setup finds its app. */
export function markerFor(setupId: string): string {
  return `ServiceOpsHelper:${setupId}`;
}

export function newJob(plan: CreatePlan, now: number): CreateJob {
  return { plan, marker: markerFor(plan.setupId), status: 'running', steps: {}, startedAt: now, updatedAt: now };
}

/** The steps this plan goes through, in order (consent steps only when the plan needs them). */
export function stepsOf(job: Pick<CreateJob, 'access' | 'plan'>): CreateStepId[] {
  const types = new Set((job.access ?? []).flatMap((a) => a.resourceAccess.map((r) => r.type)));
  return CREATE_STEP_IDS.filter((id) => {
    if (!job.access) return true;
    if (id === 'delegated-consent') return types.has('Scope');
    if (id === 'application-consent') return types.has('Role');
    return true;
  });
}

/** The signed-in admin's Graph token with the write scopes: memory and storage.session only, never logged. */
export const graphTokenSchema = z.object({
  accessToken: z.string().min(1).max(16_000),
  /** Epoch ms. */
  expiresOn: z.number(),
  tenantId: z.string().max(64).optional(),
  username: z.string().max(320).optional(),
  /** The setup whose run it was handed over for (the background sets it): never used for another setup without a tenant. */
  setupId: z.string().max(64).optional(),
});
export type GraphToken = z.infer<typeof graphTokenSchema>;

/** What a run request answers: the record after the run, or that a sign-in (with the write scopes) comes first. */
export type CreateRunOutcome = { job: CreateJob } | { signIn: true; tenant?: string };
