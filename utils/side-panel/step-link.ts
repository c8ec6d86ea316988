/** Where the side panel's "go to this step" sends the admin. */
import { findStep } from '../guidance/evaluate';
import { portalLink } from '../portal-route';
import type { SidePanelView } from '../schemas';

/**
 * The viewed step's blade: in the followed portal tab's own host (portal.azure.com or
 * entra.microsoft.com), else in the Azure portal (the App registrations list when the step's blade
 * needs an app that is not known yet). Undefined for steps outside the portal (PowerShell) and
 * when the portal tab cannot be sent anywhere more precise.
 */
export function stepPageUrl(answer: SidePanelView): string | undefined {
  const view = answer.view;
  if (!view || !findStep(view.viewing)?.blade) return undefined;
  if (view.bladeHash) return answer.place.kind === 'portal' ? `https://${answer.place.host}/${view.bladeHash}` : `https://portal.azure.com/${view.bladeHash}`;
  return answer.place.kind === 'portal' ? undefined : portalLink(undefined, view.captured.clientId);
}
