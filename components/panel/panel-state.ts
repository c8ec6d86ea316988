/** Pure helpers of the checklist panel: whether it shows, and how a step's state reads. */
import type { GuidanceView } from '../../utils/schemas';
import { t } from '../../utils/i18n/t';
import { parsePortalHash, routeWantsPanel } from '../../utils/portal-route';

/** The panel shows on App registration and Enterprise app blades, and anywhere while a setup is under way. */
export function relevant(hash: string, view: GuidanceView | undefined): boolean {
  if (routeWantsPanel(parsePortalHash(hash))) return true;
  return !!view && view.pathChosen && !!view.current;
}

export function stateText(done: GuidanceView['steps'][number]['done'], current: boolean): string {
  if (done === 'detected') return t('panel_stateDetected');
  if (done === 'confirmed') return t('panel_stateConfirmed');
  return current ? t('panel_stateCurrent') : t('panel_stateTodo');
}
