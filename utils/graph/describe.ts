/**
 * "Set it up for me" in words: step names and states, what went wrong and who may fix it, what
 * is half-made and how to remove it, and the hand-off for the admin who may consent (the
 * admin-consent link, the Exchange PowerShell, what to check afterwards) as text to send.
 */
import { describePermission } from '../checks/required-permissions';
import { generatePowerShell } from '../guidance/powershell';
import { t } from '../i18n/t';
import { LOGIN_ORIGIN } from '../oauth-urls';
import { stepsOf, type CreateJob, type CreateProblem, type CreateStepId, type CreateStepState, type RoleKey } from './create-job';
import { permissionsFor } from './create-registration';

export function stepName(id: CreateStepId): string {
  switch (id) {
    case 'resources':
      return t('graph_stepResources');
    case 'application':
      return t('graph_stepApplication');
    case 'secret':
      return t('graph_stepSecret');
    case 'service-principal':
      return t('graph_stepServicePrincipal');
    case 'delegated-consent':
      return t('graph_stepDelegatedConsent');
    case 'application-consent':
      return t('graph_stepApplicationConsent');
    case 'setup':
      return t('graph_stepSetup');
  }
}

export function stateName(state: CreateStepState): string {
  switch (state) {
    case 'pending':
      return t('graph_statePending');
    case 'running':
      return t('graph_stateRunning');
    case 'done':
      return t('graph_stateDone');
    case 'skipped':
      return t('graph_stateSkipped');
    case 'failed':
      return t('graph_stateFailed');
  }
}

export function roleName(role: RoleKey): string {
  switch (role) {
    case 'createApp':
      return t('graph_roleCreateApp');
    case 'graphAppRoles':
      return t('graph_roleGraphAppRoles');
    case 'otherAppRoles':
      return t('graph_roleOtherAppRoles');
    case 'delegatedGrant':
      return t('graph_roleDelegatedGrant');
  }
}

/** The portal step that does the same as a refused Graph step, by hand. */
export function portalStepFor(step: CreateStepId): string | undefined {
  switch (step) {
    case 'resources':
    case 'application':
      return t('graph_portalApplication');
    case 'secret':
      return t('graph_portalSecret');
    case 'service-principal':
      return t('graph_portalServicePrincipal');
    case 'delegated-consent':
    case 'application-consent':
      return t('graph_portalConsent');
    case 'setup':
      return undefined;
  }
}

export function problemText(problem: CreateProblem, job: CreateJob): string {
  const step = stepName(problem.step);
  switch (problem.kind) {
    case 'offline':
      return t('graph_problemOffline');
    case 'cancelled':
      return t('graph_problemCancelled');
    case 'signed-out':
      return t('graph_problemSignedOut');
    case 'throttled':
      return t('graph_problemThrottled');
    case 'lifetime-policy':
      return t('graph_problemLifetime', { days: job.plan.lifetimeDays });
    case 'secrets-not-allowed':
      return t('graph_problemSecretsNotAllowed');
    case 'forbidden':
      return t('graph_problemForbidden', { step, role: problem.role ? roleName(problem.role) : '?' });
    case 'name-taken':
      return t('graph_problemNameTaken', { name: problem.detail ?? job.plan.displayName });
    case 'resource-missing':
      return t('graph_problemResourceMissing', { name: problem.detail ?? '' });
    case 'permission-missing':
      return t('graph_problemPermissionMissing', { name: problem.detail ?? '' });
    case 'refused':
      return t('graph_problemRefused', { step, detail: problem.detail ?? problem.code });
  }
}

/** The line read out as the run goes (aria-live). */
export function summary(job: CreateJob): string {
  const steps = stepsOf(job);
  const failed = steps.find((id) => job.steps[id]?.state === 'failed');
  if (job.status === 'failed' && failed) return t('graph_summaryFailed', { step: stepName(failed) });
  if (job.status === 'done') return t('graph_summaryDone', { name: job.app?.displayName ?? job.plan.displayName });
  const current = steps.findIndex((id) => job.steps[id]?.state !== 'done');
  const at = current < 0 ? steps.length - 1 : current;
  return t('graph_summaryRunning', { step: stepName(steps[at] ?? 'setup'), current: at + 1, total: steps.length });
}

/** What a stopped run leaves in the tenant, each with how to remove it. */
export function leftovers(job: CreateJob): string[] {
  if (!job.app) return [];
  const name = job.app.displayName;
  const lines = [t('graph_leftApp', { name, appId: job.app.appId })];
  if (job.secret) lines.push(t('graph_leftSecret', { hint: job.secret.hint ?? '', date: job.secret.endDateTime.slice(0, 10) }));
  if (job.sp) lines.push(t('graph_leftSp', { id: job.sp.id, name }));
  return lines;
}

export function consentUrl(tenant: string, appId: string): string {
  return `${LOGIN_ORIGIN}/${encodeURIComponent(tenant)}/adminconsent?client_id=${encodeURIComponent(appId)}`;
}

/** The text to send to the admin who may consent; undefined until the app exists. */
export function handOffText(job: CreateJob): string | undefined {
  if (!job.app) return undefined;
  const unknown = t('graph_unknown');
  const tenant = job.tenantId ?? unknown;
  const name = job.app.displayName;
  const role = job.problems?.find((p) => p.role)?.role ?? (stepsOf(job).includes('application-consent') ? 'otherAppRoles' : 'delegatedGrant');
  const input = { clientId: job.app.appId, tenantId: job.tenantId, spObjectId: job.sp?.id, appName: name, protocols: job.plan.protocols };
  const scripts = [generatePowerShell('service-principal', input).text];
  if (job.plan.path === 'mapi') scripts.push(generatePowerShell('restrict', input).text);
  return [
    t('graph_hoTitle', { name }),
    t('graph_hoIds', { appId: job.app.appId, tenant, spId: job.sp?.id ?? unknown }),
    '',
    t('graph_hoConsent', { role: roleName(role), url: job.tenantId ? consentUrl(job.tenantId, job.app.appId) : unknown, name }),
    '',
    t('graph_hoPowerShell'),
    scripts.join('\n\n'),
    '',
    t('graph_hoCheck', { permissions: permissionsFor(job.plan).map(describePermission).join(', '), name }),
  ].join('\n');
}
