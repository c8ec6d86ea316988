import { useId, useRef, useState } from 'react';
import { useGuidance } from './use-guidance';
import { usePanelPosition } from './use-panel-position';
import { useProgressAnnounce } from './use-progress-announce';
import { relevant } from './panel-state';
import { Checklist } from './checklist';
import { StructureReportButton } from './structure-report';

/** The checklist panel in the portal's top frame: a movable, collapsible aside over the portal. */
export function GuidancePanel({ win }: { win: Window }) {
  const g = useGuidance(win);
  const { view } = g;
  const [collapsed, setCollapsed] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const bodyId = useId();
  const titleId = useId();
  const announce = useProgressAnnounce(view, g.viewHash);
  const { side, offset, switchSide, onDragStart } = usePanelPosition(win, panelRef, view);

  if (!relevant(g.hash, view)) return null;

  return (
    <aside
      ref={panelRef}
      className={`panel ${side === 'left' ? 'left' : ''} ${collapsed ? 'collapsed' : ''}`}
      aria-labelledby={titleId}
      style={offset ? { left: offset.x, top: offset.y, right: 'auto' } : undefined}
      data-testid="soah-panel"
    >
      <div className="head" onPointerDown={onDragStart}>
        <h2 id={titleId}>ServiceOps mail setup</h2>
        <button
          type="button"
          className="icon"
          aria-label={side === 'right' ? 'Move the guide to the left side' : 'Move the guide to the right side'}
          onClick={switchSide}
        >
          ⇆
        </button>
        <button
          type="button"
          className="icon"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          aria-label={collapsed ? 'Expand the guide' : 'Collapse the guide'}
          onClick={() => setCollapsed((c) => !c)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </div>
      <div className="sr" role="status" aria-live="polite">
        {announce}
      </div>
      <div className="body" id={bodyId} hidden={collapsed}>
        {g.error && (
          <p className="warn" role="alert">
            {g.error}
          </p>
        )}
        {!view && !g.error && <p>Loading the checklist…</p>}
        {view && <Checklist g={g} view={view} titleId={titleId} win={win} />}
        <StructureReportButton />
      </div>
    </aside>
  );
}
