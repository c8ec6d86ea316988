import { useState } from 'react';
import { request } from '../../utils/messaging-client';
import { findStep } from '../../utils/guidance/evaluate';
import { useGuidance } from './use-guidance';
import { useCardLayout } from './use-card-layout';
import { useProgressAnnounce } from './use-progress-announce';
import { relevant } from './panel-state';
import { ChecklistPanel } from './checklist-panel';
import { Launcher } from './launcher';
import { PointerCard } from './pointer-card';

type Mode = 'card' | 'launcher' | 'checklist';

/**
 * The guide in the portal's top frame: by default a small step card beside the control to click;
 * folded into a launcher (Esc); or the whole checklist, in the browser's side panel where there is
 * one, else over the page.
 */
export function GuidancePanel({ win }: { win: Window }) {
  const g = useGuidance(win);
  const { view } = g;
  const [mode, setMode] = useState<Mode>('card');
  /** Set once the admin moved between card, launcher and checklist: only then does the focus follow. */
  const [moved, setMoved] = useState(false);
  const go = (next: Mode) => {
    setMoved(true);
    setMode(next);
  };
  const announce = useProgressAnnounce(view, g.viewHash);
  const layout = useCardLayout(win);

  if (!relevant(g.hash, view)) return null;

  if (mode === 'checklist' || (!view && g.error)) return <ChecklistPanel g={g} win={win} announce={announce} focus={moved} onClose={() => go('card')} />;
  if (!view) return null;
  if (mode === 'launcher') return <Launcher view={view} layout={layout} announce={announce} onExpand={() => go('card')} />;

  const openChecklist = () => {
    // Sent within the click: the browser opens a side panel only in answer to the admin's gesture.
    void request({ type: 'open-side-panel' }).then((answer) => {
      if (!answer.ok) go('checklist');
    });
  };
  return (
    <PointerCard
      g={g}
      view={view}
      step={findStep(view.viewing ?? view.current, view.portalLang)}
      layout={layout}
      announce={announce}
      win={win}
      focus={moved}
      actions={{ onCollapse: () => go('launcher'), onOpenChecklist: openChecklist, onCantFind: () => go('checklist') }}
    />
  );
}
