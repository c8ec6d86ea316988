/**
 * The popup's sections that are seldom used right after opening it, loaded after its first paint.
 * "Set it up for me" alone brings zod and the whole creation plan (its job schema, the roles, the
 * PowerShell text): parsing and running those modules before the first render made the popup show
 * the stored values tens of milliseconds later (`npm run bench`, "Popup first render"). The values,
 * the fill and the checks stay in the first render; these sections follow a frame later.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CreateSectionProps } from './create-section';

const CreateSection = lazy(() => import('./create-section').then((m) => ({ default: m.CreateSection })));

/** True once the first frame has been painted (or soon after, where frames are not drawn). */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const show = () => setPainted(true);
    // A task queued from the frame's callback runs after that frame's paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(show, 0);
    });
    // A hidden page draws no frames: do not wait for one forever.
    const fallback = setTimeout(show, 250);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}

/** "Set it up for me", mounted once the popup has painted its values. */
export function DeferredCreateSection(props: CreateSectionProps) {
  const painted = useAfterFirstPaint();
  if (!painted) return null;
  return (
    <Suspense fallback={null}>
      <CreateSection {...props} />
    </Suspense>
  );
}
