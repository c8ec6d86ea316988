/**
 * What a refused Graph write means for the admin. Graph's 403 ("Authorization_RequestDenied",
 * "Insufficient privileges") names no role: which role may do each write is Microsoft's
 * documented least-privileged role for it (docs/graph.md, "Who may do what"), and each comes with
 * the portal step that does the same by hand.
 */
import type { GraphError } from './client';
import { GRAPH_APP_ID } from '../checks/required-permissions';
import type { CreateProblem, CreateStepId } from './create-job';

export const ROLES = {
  createApp: 'Application Developer, Application Administrator or Cloud Application Administrator (or "Users can register applications" left on)',
  graphAppRoles: 'Privileged Role Administrator',
  otherAppRoles: 'Cloud Application Administrator or Application Administrator',
  delegatedGrant: 'Cloud Application Administrator or Application Administrator',
} as const;

const PORTAL = {
  application:
    'In the Azure portal: Microsoft Entra ID > App registrations > New registration (the guided checklist walks you through it and the steps after it).',
  secret: 'In the Azure portal: the app registration > Certificates & secrets > New client secret.',
  servicePrincipal:
    'In the Azure portal: the app registration > Overview > "Managed application in local directory" (or grant admin consent, which creates it too).',
  consent: 'In the Azure portal: the app registration > API permissions > "Grant admin consent for <your organization>".',
} as const;

/** The role a refused write needs, the portal step doing it by hand, and whether someone else's consent solves it. */
function roleFor(step: CreateStepId, resourceAppId?: string): Pick<CreateProblem, 'role' | 'portalStep' | 'needsConsent'> {
  switch (step) {
    case 'application':
    case 'resources':
      return { role: ROLES.createApp, portalStep: PORTAL.application };
    case 'secret':
      return { role: ROLES.createApp, portalStep: PORTAL.secret };
    case 'service-principal':
      return { role: ROLES.otherAppRoles, portalStep: PORTAL.servicePrincipal, needsConsent: true };
    case 'delegated-consent':
      return { role: ROLES.delegatedGrant, portalStep: PORTAL.consent, needsConsent: true };
    case 'application-consent':
      return { role: resourceAppId === GRAPH_APP_ID ? ROLES.graphAppRoles : ROLES.otherAppRoles, portalStep: PORTAL.consent, needsConsent: true };
    case 'setup':
      return {};
  }
}

const POLICY_CODES = ['CredentialInvalidLifetimeAsPerAppPolicy', 'CredentialTypeNotAllowedAsPerAppPolicy'];

/** The app management policy code in a refusal (Graph puts it in the code or only in the message). */
export function policyCode(error: GraphError): string | undefined {
  return POLICY_CODES.find((code) => error.code === code || error.message.includes(code));
}

/** A Graph failure as the admin reads it. */
export function explainFailure(step: CreateStepId, error: GraphError, resourceAppId?: string): CreateProblem {
  const base = { step, status: error.status, code: error.code, message: error.message };
  if (error.kind === 'network') return { ...base, message: 'Microsoft Graph could not be reached (offline?). Nothing is lost: run it again to finish.' };
  if (error.kind === 'aborted') return { ...base, message: 'Stopped. Run it again to finish: what exists is found and kept.' };
  if (error.status === 401) return { ...base, message: 'Your sign-in has expired. Sign in again to finish: what exists is found and kept.', needsSignIn: true };
  if (error.status === 429 || error.status === 503)
    return { ...base, message: 'Microsoft Graph is busy (throttling) and asked to wait longer than the helper does. Try again in a few minutes.' };
  const policy = policyCode(error);
  if (policy === 'CredentialInvalidLifetimeAsPerAppPolicy')
    return {
      ...base,
      message:
        "Your organization's app management policy allows client secrets a shorter life than you chose. Choose a shorter lifetime (or allow a shorter one) and run it again; the app already made is kept.",
    };
  if (policy === 'CredentialTypeNotAllowedAsPerAppPolicy')
    return {
      ...base,
      message:
        "Your organization's app management policy does not allow client secrets for new apps. Ask the admin who manages app management policies (Microsoft Entra ID > Enterprise applications > App management policies) for an exception for this app.",
    };
  if (error.status === 403) {
    const who = roleFor(step, resourceAppId);
    const scopeHint =
      'If you have that role, the sign-in app may lack its permission instead (Application.ReadWrite.All, DelegatedPermissionGrant.ReadWrite.All, AppRoleAssignment.ReadWrite.All).';
    return {
      ...base,
      ...who,
      message: `Microsoft refused this step: it needs ${who.role ?? 'a directory role you do not have'}. ${scopeHint}`,
    };
  }
  return { ...base, message: `Microsoft Graph refused this step: ${error.message}` };
}
