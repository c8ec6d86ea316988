/**
 * Which guidance step fixes a failed check, and the portal page where that step is done.
 * Step ids and titles come from the guidance data (utils/guidance/), links from portal-route.ts.
 */
import { findStep } from '../guidance/evaluate';
import type { StepId } from '../guidance/vocabulary';
import { portalLink } from '../portal-route';
import type { SetupPath } from '../schemas';

export type FixStepId = StepId;

/** The step that adds the API permissions differs per path. */
export function permissionsStepFor(path: SetupPath): FixStepId {
  return path === 'imap' ? 'graph-delegated' : 'exchange-app-permissions';
}

export function stepTitle(step: FixStepId): string {
  return findStep(step)?.title ?? step;
}

/** The portal page where the step is done; the App registrations list when the app is unknown. */
export function portalLinkForStep(step: FixStepId, clientId?: string): string {
  return step === 'register-app' ? portalLink(undefined, undefined) : portalLink(findStep(step)?.blade?.section, clientId);
}
