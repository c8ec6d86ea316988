/**
 * Brings the React checklist panel into a portal tab's top frame when it belongs there (the
 * panel guards against a second copy). React never loads on portal pages that have nothing to
 * do with us.
 */
import { browser } from 'wxt/browser';
import { stepsFor } from '../../guidance/evaluate';
import { setupUnderWay } from '../../guidance/panel-relevance';
import { PANEL_MARKER_KEY, panelMounted } from '../../panel-marker';
import { routeWantsPanel, type PortalRoute } from '../../portal-route';
import { loadSetups } from '../setups-store';

export const PANEL_SCRIPT = '/content-scripts/portal-panel.js';

/** Off the App registration blades the panel still comes while the active setup is under way. */
async function panelWanted(route: PortalRoute | undefined): Promise<boolean> {
  if (routeWantsPanel(route)) return true;
  const { setups, activeSetupId } = await loadSetups();
  const active = setups.find((s) => s.id === activeSetupId);
  return !!active && setupUnderWay(active.progress, stepsFor(active.path).length);
}

export async function ensurePanel(tabId: number, route: PortalRoute | undefined): Promise<void> {
  if (!(await panelWanted(route))) return;
  try {
    const target = { tabId, frameIds: [0] };
    const [present] = await browser.scripting.executeScript({ target, func: panelMounted, args: [PANEL_MARKER_KEY] });
    if (present?.result === true) return;
    await browser.scripting.executeScript({ target, files: [PANEL_SCRIPT] });
  } catch {
    // No access to the tab (or no scripting in unit tests): the checklist simply does not show.
  }
}
