/** The checklist as the panel shows it, built from a setup, its tab record and the top frame's route. */
import type { GuidanceTab } from '../../guidance/facts';
import { evaluate, findStep, onStepBlade, type Evaluation } from '../../guidance/evaluate';
import { factsFor } from '../../guidance/facts';
import { withGraphFacts } from '../../guidance/graph-steps';
import type { Step } from '../../guidance/vocabulary';
import { bladeHash, routeAppId, routeSection, type PortalRoute } from '../../portal-route';
import type { GuidanceView, Setup, StoredSecret, Watch } from '../../schemas';
import { portalLanguage } from '../../guidance/portal-labels';
import { pasteWanted } from '../../paste-classify';
import { statusOf } from '../secrets';
import { setupLabel } from '../../setup-name';

export interface BuiltView {
  view: GuidanceView;
  evaluation: Evaluation;
  /** The viewed step, unless the route is another app's blade (nothing is pointed at there). */
  step?: Step;
}

/** Whether the frames found the watched target, as far as they reported. */
export function targetState(tab: GuidanceTab, watch: Watch | null): GuidanceView['target'] {
  if (!watch?.stages.length) return { state: 'none' };
  const reports = Object.values(tab.targets).filter((t) => t.watch === watch.id);
  const hit = reports.find((t) => t.found);
  if (hit) return { state: 'found', stage: hit.stage, side: hit.side };
  return { state: reports.length ? 'missing' : 'searching' };
}

/** Short and stable: the same step on the same blade of the same app keeps its id (no re-broadcast). */
export function watchId(step: string | undefined, route: PortalRoute | undefined): string {
  const key = [step, route?.blade, routeSection(route)?.toLowerCase(), routeAppId(route)].join('|');
  let hash = 5381;
  for (let i = 0; i < key.length; i++) hash = ((hash * 33) ^ key.charCodeAt(i)) >>> 0;
  return `${(step ?? '').slice(0, 28)}-${hash.toString(36)}`;
}

export function buildView(
  setup: Setup,
  tab: GuidanceTab,
  route: PortalRoute | undefined,
  viewStep: string | undefined,
  secret: StoredSecret | undefined,
  now: number,
): BuiltView {
  // Steps Microsoft Graph reported done (the configuration audit) count as detected too.
  const evaluation = evaluate(setup, withGraphFacts(factsFor(tab.facts, setup.clientId?.value), setup), !!secret);
  const viewing = viewStep && evaluation.steps.some((s) => s.id === viewStep) ? viewStep : evaluation.current;
  const step = findStep(viewing, tab.lang);
  const status = statusOf(setup.id, secret);
  // Another app's blade is not this setup's blade: nothing is pointed at there.
  const routeApp = routeAppId(route);
  const sameApp = !routeApp || !setup.clientId || routeApp === setup.clientId.value;
  const view: GuidanceView = {
    setupId: setup.id,
    setupName: setupLabel(setup.name),
    path: setup.path,
    pathChosen: !!setup.progress['choose-path'],
    steps: evaluation.steps.map(({ id, applicable, done }) => ({ id, applicable, done })),
    current: evaluation.current,
    viewing,
    onBlade: sameApp && onStepBlade(step, route),
    bladeHash: bladeHash(step?.blade, setup.clientId?.value),
    target: { state: 'none' },
    captured: {
      appName: setup.appName,
      clientId: setup.clientId?.value,
      tenantId: setup.tenantId?.value,
      tenantDomain: setup.tenantDomain,
      appObjectId: setup.appObjectId?.value,
      spObjectId: setup.spObjectId?.value,
      redirectUrl: setup.redirectUrl?.value,
      protocols: setup.protocols,
      // Never the value, nor its first characters: this goes to a content script.
      secret: { present: status.present, length: status.length, described: setup.secretMeta?.description },
    },
    paste: pasteWanted(setup, secret, now),
    portalLang: portalLanguage(tab.lang),
  };
  return { view, evaluation, step: sameApp ? step : undefined };
}
