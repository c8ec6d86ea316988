import { useEffect, useState } from 'react';
import { t } from '../../utils/i18n/t';
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
  if (view.target.state === 'found') return <p className="info">{t('panel_targetFound')}</p>;
  if (view.target.state === 'none') return <p className="info">{t('panel_targetNone')}</p>;
  if (missing) {
    return (
      <p className="warn" role="note" data-fallback="true">
        {t('panel_targetMissing', { label: step.target.label, didThis: t('panel_didThis') })}
      </p>
    );
  }
  return <p className="info">{t('panel_targetLooking', { label: step.target.label })}</p>;
}
