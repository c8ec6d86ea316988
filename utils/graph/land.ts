/**
 * What a creation run puts into its setup: the same values a capture in the portal would, with
 * Graph as their source, and the checklist's steps it did marked as detected. The secret's value
 * is not here: it goes to session storage only (background/secrets.ts).
 */
import { permissionsStepFor } from '../checks/guidance-links';
import type { StepId } from '../guidance/vocabulary';
import { t } from '../i18n/t';
import type { CapturedValue, Provenance, Setup } from '../schemas';
import type { CreateJob } from './create-job';
import { CREATED_SECRET_NAME } from './create-registration';
import { UNNAMED_SETUP } from '../setup-name';

export function landCreated(setup: Setup, job: CreateJob, now: number): Setup {
  const provenance: Provenance = { source: 'graph', detail: t('bg_createdByGraph'), capturedAt: now };
  const captured = (value: string, current?: CapturedValue): CapturedValue => (current?.value === value ? current : { value, provenance });
  const next: Setup = { ...setup, path: job.plan.path, updatedAt: now };
  const done: StepId[] = ['choose-path'];
  if (job.app) {
    next.clientId = captured(job.app.appId, setup.clientId);
    next.appObjectId = captured(job.app.id, setup.appObjectId);
    next.appName = job.app.displayName;
    if (next.name === UNNAMED_SETUP) next.name = job.app.displayName;
    done.push('register-app');
    if (job.tenantId) {
      next.tenantId = captured(job.tenantId, setup.tenantId);
      next.tenantCandidates = undefined;
      done.push('copy-ids');
    }
    if (job.plan.path === 'imap') done.push('public-client');
    if (job.plan.redirectUrl) {
      next.redirectUrl = captured(job.plan.redirectUrl, setup.redirectUrl);
      done.push('redirect-uri');
    }
    if (job.steps.application?.state === 'done') done.push(permissionsStepFor(job.plan.path));
  }
  if (job.secret) {
    next.secretMeta = {
      description: CREATED_SECRET_NAME,
      expires: job.secret.endDateTime,
      hint: job.secret.hint,
      keyId: job.secret.keyId,
      provenance: setup.secretMeta?.keyId === job.secret.keyId ? setup.secretMeta.provenance : provenance,
    };
    next.knownSecretIds = [...new Set([...(setup.knownSecretIds ?? []), job.secret.keyId])].slice(-100);
    next.secretMaskedAt = undefined;
    next.secretIdCopiedAt = undefined;
    done.push('create-secret');
  }
  if (job.sp) {
    next.spObjectId = captured(job.sp.id, setup.spObjectId);
    done.push('enterprise-app-id');
  }
  const consents = [job.steps['delegated-consent'], job.steps['application-consent']].filter((s) => s !== undefined);
  if (consents.length && consents.every((s) => s.state === 'done')) done.push('admin-consent');
  // The permissions must cover every protocol the app was made for.
  next.protocols = [...new Set([...(setup.protocols ?? []), ...job.plan.protocols])];
  const progress = { ...setup.progress };
  for (const id of done) progress[id] ??= { at: now, by: 'detected' };
  next.progress = progress;
  return next;
}
