import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging-client';
import type { SetupPath, SidePanelView } from '../../utils/schemas';
import { guidanceTabsItem, portalFramesItem, secretsChangesItem, setupsItem, activeSetupIdItem } from '../../utils/storage-items';

/** A ServiceOps tab's form opens without a navigation: while none is shown, the tab is asked again this often. */
const FORM_POLL_MS = 1500;

export interface SidePanelGuidance {
  answer?: SidePanelView;
  error?: string;
  viewStep?: string;
  setViewStep: (id: string | undefined) => void;
  confirm: (step: string, done: boolean) => Promise<void>;
  /** Starts a setup first when there is none. */
  choosePath: (path: SetupPath) => Promise<void>;
}

/**
 * The background's checklist for the followed tab, asked again whenever what it is built from
 * changes: the tab (activated, navigated), the records the portal page keeps (its route, its
 * frames' sightings), the setups and the secret. The side panel keeps nothing of its own.
 */
export function useSidePanelView(tabId: number | undefined): SidePanelGuidance {
  const [answer, setAnswer] = useState<SidePanelView>();
  const [error, setError] = useState<string>();
  const [viewStep, setViewStep] = useState<string>();
  const seq = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++seq.current;
    const result = await request({ type: 'side-panel-view', tabId, viewStep });
    // Answers can overtake each other: only the newest question's answer is shown.
    if (mine !== seq.current) return;
    if (result.ok) {
      setAnswer(result.value);
      setError(undefined);
    } else setError(result.error);
  }, [tabId, viewStep]);

  useEffect(() => {
    void refresh();
    const again = () => void refresh();
    const unwatch = [setupsItem, activeSetupIdItem, secretsChangesItem, guidanceTabsItem, portalFramesItem].map((item) => item.watch(again));
    const onUpdated = (id: number, change: { status?: string; url?: string }) => {
      if (id === tabId && (change.status === 'complete' || change.url)) again();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      for (const stop of unwatch) stop();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, refresh]);

  // A ServiceOps tab without a server form yet: look again until the admin opens one.
  const waitingForForm = answer?.place.kind === 'serviceops' && !answer.place.form;
  useEffect(() => {
    if (!waitingForForm) return;
    const timer = setInterval(() => void refresh(), FORM_POLL_MS);
    return () => clearInterval(timer);
  }, [waitingForForm, refresh]);

  const setupId = answer?.view?.setupId;
  const confirm = useCallback(
    async (step: string, done: boolean) => {
      if (!setupId) return;
      const result = await request({ type: 'guidance-confirm', setupId, step, done });
      if (!result.ok) setError(result.error);
      setViewStep(undefined);
    },
    [setupId],
  );
  const choosePath = useCallback(
    async (path: SetupPath) => {
      let id = setupId;
      if (!id) {
        const created = await request({ type: 'new-setup' });
        if (!created.ok) return setError(created.error);
        id = created.value.id;
      }
      const result = await request({ type: 'guidance-path', setupId: id, path });
      if (!result.ok) setError(result.error);
      setViewStep(undefined);
    },
    [setupId],
  );

  return { answer, error, viewStep, setViewStep, confirm, choosePath };
}
