/**
 * Every storage item the extension uses, declared once. IDs and progress persist in
 * storage.local; the client secret lives only in storage.session (trusted contexts only,
 * gone when the browser closes).
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from './defaults';
import type { PendingFill, Settings, Setup, StoredSecret } from './schemas';
import type { AuditOutcome, CheckRecord, SetupCheckResults } from './checks/check-results';
import type { GuidanceTab } from './guidance/facts';
import type { CreateJob, GraphToken } from './graph/create-job';
import type { ExpiryWarnings } from './background/expiry';
import type { Rotation } from './rotation';

export const setupsItem = storage.defineItem<Setup[]>('local:setups', { fallback: [], version: 1 });

export const activeSetupIdItem = storage.defineItem<string | null>('local:activeSetupId', { fallback: null, version: 1 });

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

/** ServiceOps origins the admin added in the options page; with the granted permissions it shows revoked ones. */
export const addedServiceOpsOriginsItem = storage.defineItem<string[]>('local:serviceOpsOrigins', { fallback: [], version: 1 });

/**
 * ServiceOps URLs preset by the organization (policy, see public/managed-schema.json). Read-only,
 * hence no version: a migration would have to write to managed storage.
 */
export const managedServiceOpsUrlsItem = storage.defineItem<unknown>('managed:serviceOpsUrls', { fallback: [] });

/** The client ID of the organization's sign-in app for the Graph audit, preset by policy (same schema). */
export const managedSignInClientIdItem = storage.defineItem<unknown>('managed:signInClientId', { fallback: null });

/** At most one secret per setup; keyed by setup id. */
export const secretsItem = storage.defineItem<Record<string, StoredSecret>>('session:secrets', { fallback: {}, version: 1 });
/** Bumped whenever the held secrets change: pages that only need to know *that* they changed watch this, never the values. */
export const secretsChangesItem = storage.defineItem<number>('session:secretsChanges', { fallback: 0, version: 1 });

/** Which portal frames of which tab reported which route: lets the panel address the frame that hosts a blade. */
export interface PortalFrame {
  host: string;
  hash: string;
  topFrame: boolean;
  at: number;
}
export const portalFramesItem = storage.defineItem<Record<string, Record<string, PortalFrame>>>('session:portalFrames', { fallback: {}, version: 1 });

/** Last live-check results per setup id (outcomes only: never a token or the secret). */
export const checkResultsItem = storage.defineItem<Record<string, SetupCheckResults>>('session:checkResults', { fallback: {}, version: 1 });

/** Guided checklist per portal tab: what its frames watch, the blade facts and target reports they sent. */
export const guidanceTabsItem = storage.defineItem<Record<string, GuidanceTab>>('session:guidanceTabs', { fallback: {}, version: 1 });

/** Last Graph audit per setup id, written by the sign-in page (its only writer). */
export const auditResultsItem = storage.defineItem<Record<string, CheckRecord<AuditOutcome>>>('session:auditResults', { fallback: {}, version: 1 });

/** "Set it up for me": one creation record per setup id (ids and states only: never the secret, never a token). */
export const createJobsItem = storage.defineItem<Record<string, CreateJob>>('local:createJobs', { fallback: {}, version: 1 });

/** The Graph token with the write scopes while a creation needs it: storage.session only (trusted contexts). */
export const graphWriteTokenItem = storage.defineItem<GraphToken | null>('session:graphWriteToken', { fallback: null, version: 1 });

/** Fills waiting for the admin's answer in the confirmation page, by id (no value, no secret: where and which setup). */
export const pendingFillsItem = storage.defineItem<Record<string, PendingFill>>('session:pendingFills', { fallback: {}, version: 1 });

/** Which secret-expiry warnings were given, per setup and secret: each is given once, across restarts (no secret in it). */
export const expiryWarningsItem = storage.defineItem<ExpiryWarnings>('local:expiryWarnings', { fallback: {}, version: 1 });

/** Secret rotations under way, per setup id, written by the rotation page (its only writer; no secret in it). */
export const rotationsItem = storage.defineItem<Record<string, Rotation>>('local:rotations', { fallback: {}, version: 1 });
