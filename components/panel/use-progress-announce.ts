import { useEffect, useRef, useState } from 'react';
import type { GuidanceView } from '../../utils/schemas';
import { stepsFor } from '../../utils/guidance/evaluate';

/**
 * What the live region says when the current step moves on by itself, and the benchmark's mark
 * that the DOM now shows the view worked out for a route.
 */
export function useProgressAnnounce(view: GuidanceView | undefined, viewHash: string | undefined): string {
  const [announce, setAnnounce] = useState('');
  const lastCurrent = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!view) return;
    const prev = lastCurrent.current;
    lastCurrent.current = view.current;
    if (prev && prev !== view.current) {
      const done = stepsFor(view.path, view.portalLang).find((s) => s.id === prev);
      setAnnounce(done ? `Done: ${done.title}.` : '');
    }
  }, [view]);

  // The benchmark's "blade change → overlay shows the new step": tagged with the route the view
  // was asked for, not the one the page shows now.
  useEffect(() => {
    if (view) performance.mark('serviceops-helper:panel-updated', { detail: { hash: viewHash } });
  }, [view, viewHash]);

  return announce;
}
