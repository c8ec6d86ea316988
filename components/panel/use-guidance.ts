import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging-client';
import { portalCommandSchema } from '../../utils/messages';
import type { GuidanceView, SetupPath } from '../../utils/schemas';

export interface Guidance {
  view?: GuidanceView;
  viewHash?: string;
  error?: string;
  hash: string;
  viewStep?: string;
  setViewStep: (id: string | undefined) => void;
  confirm: (step: string, done: boolean) => Promise<void>;
  choosePath: (path: SetupPath) => Promise<void>;
}

/**
 * The checklist state for the panel: synced with the background on mount, on every route
 * change (Navigation API, hashchange, and a cheap poll where neither reports a history-API
 * navigation) and whenever the background says something changed.
 */
export function useGuidance(win: Window): Guidance {
  const [view, setView] = useState<GuidanceView>();
  const [error, setError] = useState<string>();
  const [hash, setHash] = useState(win.location.hash);
  /** The route the shown view was worked out for (an older answer may show while a newer one is on its way). */
  const [viewHash, setViewHash] = useState<string>();
  const [viewStep, setViewStep] = useState<string>();
  const seq = useRef(0);
  const applied = useRef(0);

  const sync = useCallback(async () => {
    const mine = ++seq.current;
    const sentFor = win.location.hash;
    const result = await request({ type: 'guidance-sync', hash: sentFor.slice(0, 2000), viewStep, lang: win.document.documentElement.lang.slice(0, 35) });
    // An older answer arriving late must not overwrite a newer one; but an answer is shown even
    // while a newer request is on its way, so a burst of changes does not keep the panel stale.
    if (mine < applied.current) return;
    applied.current = mine;
    if (result.ok) {
      setView(result.value);
      setViewHash(sentFor);
      setError(undefined);
    } else setError(result.error);
  }, [win, viewStep]);

  useEffect(() => {
    void sync();
    const onRoute = () => {
      if (win.location.hash === lastHash) return;
      lastHash = win.location.hash;
      setHash(lastHash);
      void sync();
    };
    let lastHash = win.location.hash;
    const poll = win.setInterval(onRoute, 1000);
    // The Navigation API reports a navigation as it commits, before the portal renders the new
    // blade (hashchange comes after): the background works on the answer meanwhile.
    const nav = (win as Window & { navigation?: EventTarget }).navigation;
    nav?.addEventListener('currententrychange', onRoute);
    win.addEventListener('hashchange', onRoute);
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      if (portalCommandSchema.safeParse(message).data?.type === 'guidance-changed') void sync();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => {
      win.clearInterval(poll);
      nav?.removeEventListener('currententrychange', onRoute);
      win.removeEventListener('hashchange', onRoute);
      browser.runtime.onMessage.removeListener(listener);
    };
  }, [win, sync]);

  const confirm = useCallback(
    async (step: string, done: boolean) => {
      if (!view) return;
      const result = await request({ type: 'guidance-confirm', setupId: view.setupId, step, done });
      if (!result.ok) setError(result.error);
      setViewStep(undefined);
      await sync();
    },
    [view, sync],
  );

  const choosePath = useCallback(
    async (path: SetupPath) => {
      if (!view) return;
      const result = await request({ type: 'guidance-path', setupId: view.setupId, path });
      if (!result.ok) setError(result.error);
      setViewStep(undefined);
      await sync();
    },
    [view, sync],
  );

  return { view, viewHash, error, hash, viewStep, setViewStep, confirm, choosePath };
}
