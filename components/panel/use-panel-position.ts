import { useEffect, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { GuidanceView } from '../../utils/schemas';

export interface PanelPosition {
  side: 'right' | 'left';
  offset?: { x: number; y: number };
  /** Docks on the other side (and forgets a dragged position). */
  switchSide: () => void;
  onDragStart: (e: ReactPointerEvent<HTMLElement>) => void;
}

/** Where the panel sits: docked left or right, or where the admin dragged it by its head. */
export function usePanelPosition(win: Window, panelRef: RefObject<HTMLElement | null>, view: GuidanceView | undefined): PanelPosition {
  const [side, setSide] = useState<'right' | 'left'>('right');
  const [offset, setOffset] = useState<{ x: number; y: number }>();

  // Never cover the control being pointed at (in whichever frame): dock on the other half of the screen.
  const targetSide = view?.target.state === 'found' ? view.target.side : undefined;
  useEffect(() => {
    if (targetSide && !offset) setSide(targetSide === 'right' ? 'left' : 'right');
  }, [targetSide, offset]);

  const onDragStart = (e: ReactPointerEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    const panel = panelRef.current;
    if (!panel) return;
    const r = panel.getBoundingClientRect();
    const dx = e.clientX - r.left;
    const dy = e.clientY - r.top;
    const move = (ev: PointerEvent) => setOffset({ x: Math.max(0, ev.clientX - dx), y: Math.max(0, ev.clientY - dy) });
    const up = () => {
      win.removeEventListener('pointermove', move);
      win.removeEventListener('pointerup', up);
    };
    win.addEventListener('pointermove', move);
    win.addEventListener('pointerup', up);
  };

  const switchSide = () => {
    setOffset(undefined);
    setSide((s) => (s === 'right' ? 'left' : 'right'));
  };

  return { side, offset, switchSide, onDragStart };
}
