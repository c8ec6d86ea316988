import { useEffect, useId, useRef } from 'react';
import { t } from '../../utils/i18n/t';
import type { Guidance } from './use-guidance';
import { usePanelPosition } from './use-panel-position';
import { Checklist } from './checklist';
import { StructureReportButton } from './structure-report';

/**
 * The whole checklist over the portal: where a browser has no side panel, and what "I can't find
 * it" opens (every instruction, the paste field, the structure report). Movable by its head; it
 * goes back to the step card with its close button or Esc.
 */
export function ChecklistPanel({ g, win, announce, focus, onClose }: { g: Guidance; win: Window; announce: string; focus: boolean; onClose: () => void }) {
  const { view } = g;
  const panelRef = useRef<HTMLElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const { side, offset, switchSide, onDragStart } = usePanelPosition(win, panelRef, view);
  // Opened by the admin: the focus comes along (never taken from the portal unasked).
  useEffect(() => {
    if (focus) closeRef.current?.focus();
  }, [focus]);

  return (
    <aside
      ref={panelRef}
      className={`panel ${side === 'left' ? 'left' : ''}`}
      aria-labelledby={titleId}
      style={offset ? { left: offset.x, top: offset.y, right: 'auto' } : undefined}
      data-testid="soah-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="head" onPointerDown={onDragStart}>
        <h2 id={titleId}>{t('panel_guideTitle')}</h2>
        <button type="button" className="icon" aria-label={side === 'right' ? t('panel_moveLeft') : t('panel_moveRight')} onClick={switchSide}>
          ⇆
        </button>
        <button ref={closeRef} type="button" className="icon" aria-label={t('panel_backToCard')} onClick={onClose}>
          ×
        </button>
      </div>
      <div className="sr" role="status" aria-live="polite">
        {announce}
      </div>
      <div className="body">
        {g.error && (
          <p className="warn" role="alert">
            {g.error}
          </p>
        )}
        {!view && !g.error && <p>{t('panel_loading')}</p>}
        {view && <Checklist g={g} view={view} titleId={titleId} win={win} />}
        <StructureReportButton />
      </div>
    </aside>
  );
}
