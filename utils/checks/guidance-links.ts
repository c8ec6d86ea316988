/**
 * Which guidance step fixes a failed check, and the portal page where that step is done.
 * Step ids and titles come from the guidance data (utils/guidance/); routes follow FACTS.md.
 */
import { findStep } from '../guidance/evaluate';
import type { StepId } from '../guidance/vocabulary';
import type { SetupPath } from '../schemas';

export type FixStepId = StepId;

const APP_BLADE = 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~';
const APPS_LIST = 'https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade/quickStartType~/null/sourceType/Microsoft_AAD_IAM';

/** The step that adds the API permissions differs per path. */
export function permissionsStepFor(path: SetupPath): FixStepId {
  return path === 'imap' ? 'graph-delegated' : 'exchange-app-permissions';
}

export function stepTitle(step: FixStepId): string {
  return findStep(step)?.title ?? step;
}

/** The portal page where the step is done; the App registrations list when the app is unknown. */
export function portalLinkForStep(step: FixStepId, clientId?: string): string {
  const section = findStep(step)?.blade?.section;
  if (!clientId || step === 'register-app') return APPS_LIST;
  return `${APP_BLADE}/${section ?? 'Overview'}/appId/${encodeURIComponent(clientId)}/isMSAApp~/false`;
}
