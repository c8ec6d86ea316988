import { useEffect, useRef } from 'react';
import { t } from '../../utils/i18n/t';
import type { GuidanceView } from '../../utils/schemas';
import { dockCard } from '../../utils/guidance/card-placement';
import type { CardLayout } from './use-card-layout';

const SIZE = { w: 48, h: 36 };

/** The folded step card: a small button at a free corner showing the progress; it unfolds the card. */
export function Launcher({ view, layout, announce, onExpand }: { view: GuidanceView; layout: CardLayout; announce: string; onExpand: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  // Folded from the keyboard (Esc): the focus stays with the guide, on the button that unfolds it.
  useEffect(() => ref.current?.focus(), []);
  const applicable = view.steps.filter((s) => s.applicable);
  const done = applicable.filter((s) => s.done).length;
  const at = dockCard(SIZE, layout.viewport, layout.avoid, layout.target ? [layout.target] : []);
  return (
    <aside className="launcher" aria-label={t('panel_guideTitle')} style={{ left: at.x, top: at.y }} data-testid="soah-launcher">
      <button ref={ref} type="button" aria-expanded={false} aria-label={t('panel_showCard', { done, total: applicable.length })} onClick={onExpand}>
        {done}/{applicable.length}
      </button>
      <div className="sr" role="status" aria-live="polite">
        {announce}
      </div>
    </aside>
  );
}
