/**
 * Where the admin is and what is done: a pure function of the path, the setup, the blade facts
 * and the top frame's route. The background persists what it detects; the panel shows it.
 */
import type { Setup, SetupPath, TargetStage, Watch } from '../schemas';
import { isRegisterPage, onBlade, onBladeNamed, type PortalRoute } from '../portal-route';
import type { GuidanceFacts } from './facts';
import { IMAP_PATH } from './imap';
import { MAPI_PATH } from './mapi';
import { resolveStep, wordsFor, type GuidancePath, type Step, type StepDef } from './vocabulary';

export const PATHS: Record<SetupPath, GuidancePath> = { imap: IMAP_PATH, mapi: MAPI_PATH };

/** A path's steps with their words: the UI language, quoting the portal's labels in `pageLang` (English by default). */
export function stepsFor(path: SetupPath, pageLang?: string): Step[] {
  const words = wordsFor(pageLang);
  return PATHS[path].steps.map((s) => resolveStep(s, words));
}

function findDef(id: string | undefined): StepDef | undefined {
  if (!id) return undefined;
  return [...IMAP_PATH.steps, ...MAPI_PATH.steps].find((s) => s.id === id);
}

export function findStep(id: string | undefined, pageLang?: string): Step | undefined {
  const def = findDef(id);
  return def ? resolveStep(def, wordsFor(pageLang)) : undefined;
}

/** What placing and watching a step needs (no words). */
type StepPlace = Pick<StepDef, 'id' | 'blade' | 'read'> & { target?: { stages: TargetStage[] } };

export interface StepStatus {
  id: string;
  applicable: boolean;
  done?: 'detected' | 'confirmed';
  /** Detected now and not yet in the setup's progress: the background records it. */
  newlyDetected: boolean;
}

export interface Evaluation {
  steps: StepStatus[];
  current?: string;
}

export function evaluate(setup: Setup, facts: GuidanceFacts, secretPresent: boolean): Evaluation {
  const steps = PATHS[setup.path].steps.map((step): StepStatus => {
    const applicable = step.applies ? step.applies(setup) : true;
    const recorded = setup.progress[step.id]?.by;
    const detected = applicable && !recorded && !!step.detect?.({ setup, facts, secretPresent });
    return { id: step.id, applicable, done: recorded ?? (detected ? 'detected' : undefined), newlyDetected: detected };
  });
  return { steps, current: steps.find((s) => s.applicable && !s.done)?.id };
}

/** Register starts on the list and continues on the create blade; other steps happen on their own blade. */
export function onStepBlade(step: StepPlace | undefined, route: PortalRoute | undefined): boolean {
  return step?.id === 'register-app' ? isRegisterPage(route) : onBlade(route, step?.blade);
}

/** The stages that can be on the current blade (a stage tied to another blade is left out). */
export function stagesOn(step: StepPlace, route: PortalRoute | undefined): TargetStage[] {
  return (step.target?.stages ?? []).filter((s) => !s.blade || onBladeNamed(route, s.blade));
}

/** What the frames should watch for a step on this route; null when nothing is to be pointed at or read. */
export function watchFor(step: StepPlace | undefined, route: PortalRoute | undefined, id: string): Watch | null {
  if (!step) return null;
  if (!onStepBlade(step, route)) return null;
  const stages = stagesOn(step, route);
  const read = step.read ?? [];
  if (!stages.length && !read.length) return null;
  return { id, step: step.id, stages, read };
}
