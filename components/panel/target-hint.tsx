import { useEffect, useState } from 'react';
import type { GuidanceView } from '../../utils/schemas';
import type { Step } from '../../utils/guidance/vocabulary';

/** How long a target may stay unseen before the guide says so (the blade may still be loading). */
const MISSING_GRACE_MS = 2500;

/** Whether the frames have looked for the step's control for a while without finding it. */
export function useTargetMissing(view: GuidanceView): boolean {
  const [missingSince, setMissingSince] = useState<number>();
  const [, tick] = useState(0);
  const missing = view.target.state === 'missing';
  useEffect(() => {
    if (!missing) {
      setMissingSince(undefined);
      return;
    }
    setMissingSince((since) => since ?? Date.now());
    const timer = setTimeout(() => tick((n) => n + 1), MISSING_GRACE_MS + 50);
    return () => clearTimeout(timer);
  }, [missing, view.viewing]);
  return missing && missingSince !== undefined && Date.now() - missingSince >= MISSING_GRACE_MS;
}

/** Where the step's control is: ringed, being looked for, or not found (then the manual fallback). */
export function TargetHint({ step, view }: { step: Step; view: GuidanceView }) {
  const missing = useTargetMissing(view);
  if (!step.target || !view.onBlade) return null;
  if (view.target.state === 'found') return <p className="info">Click the control with the orange ring.</p>;
  if (view.target.state === 'none') return <p className="info">Nothing to click right now: the helper is checking whether this step is done.</p>;
  if (missing) {
    return (
      <p className="warn" role="note" data-fallback="true">
        I can’t find “{step.target.label}” on this page (the portal may have changed, or shows another language). Follow the instructions above, then choose “I
        did this”.
      </p>
    );
  }
  return <p className="info">Looking for “{step.target.label}”…</p>;
}
