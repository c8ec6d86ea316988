/**
 * What a refused Graph write means for the admin. Graph's 403 ("Authorization_RequestDenied",
 * "Insufficient privileges") names no role: which role may do each write is Microsoft's
 * documented least-privileged role for it (docs/graph.md, "Who may do what").
 */
import type { GraphError } from './client';
import { GRAPH_APP_ID } from '../checks/required-permissions';
import type { CreateProblem, CreateStepId, RoleKey } from './create-job';

/** The role that may do a refused step, and whether someone else's consent solves it. */
function roleFor(step: CreateStepId, resourceAppId?: string): { role?: RoleKey; needsConsent?: boolean } {
  switch (step) {
    case 'resources':
    case 'application':
    case 'secret':
      return { role: 'createApp' };
    case 'service-principal':
      return { role: 'otherAppRoles', needsConsent: true };
    case 'delegated-consent':
      return { role: 'delegatedGrant', needsConsent: true };
    case 'application-consent':
      // Microsoft Graph's own application roles need more than other APIs' (Exchange Online).
      return { role: resourceAppId === GRAPH_APP_ID ? 'graphAppRoles' : 'otherAppRoles', needsConsent: true };
    case 'setup':
      return {};
  }
}

const POLICY_CODES = ['CredentialInvalidLifetimeAsPerAppPolicy', 'CredentialTypeNotAllowedAsPerAppPolicy'];

/** The app management policy code in a refusal (Graph puts it in the code, or only in the message). */
export function policyCode(error: GraphError): string | undefined {
  return POLICY_CODES.find((code) => error.code === code || error.message.includes(code));
}

/** A Graph failure as the admin needs to read it. */
export function explainFailure(step: CreateStepId, error: GraphError, resourceAppId?: string): CreateProblem {
  const base = { step, status: error.status, code: error.code, detail: error.message };
  if (error.kind === 'network') return { ...base, kind: 'offline' };
  if (error.kind === 'aborted') return { ...base, kind: 'cancelled' };
  if (error.status === 401) return { ...base, kind: 'signed-out' };
  if (error.status === 429 || error.status === 503 || error.status === 504) return { ...base, kind: 'throttled' };
  const policy = policyCode(error);
  if (policy === 'CredentialInvalidLifetimeAsPerAppPolicy') return { ...base, kind: 'lifetime-policy' };
  if (policy === 'CredentialTypeNotAllowedAsPerAppPolicy') return { ...base, kind: 'secrets-not-allowed' };
  if (error.status === 403) return { ...base, kind: 'forbidden', ...roleFor(step, resourceAppId) };
  return { ...base, kind: 'refused' };
}
