/**
 * Whether the checklist panel belongs on a portal page although its route alone does not ask for
 * it (portal-route.ts `routeWantsPanel`): anywhere while a setup is under way. Elsewhere (the
 * portal's other thousands of blades) React is not even loaded.
 */

/** A setup is under way once any step was done and not every step is. */
export function setupUnderWay(progress: Record<string, unknown> | undefined, stepCount: number): boolean {
  const done = progress ? Object.keys(progress).length : 0;
  return done > 0 && done < stepCount;
}
