import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The tab the side panel follows: the active tab of its window. The same page opened as a tab
 * (a browser without a side panel, the tests, the demo) follows the tab activated last in any
 * window, never itself.
 */
export function useFollowedTab(): number | undefined {
  const [tabId, setTabId] = useState<number>();
  useEffect(() => {
    let alive = true;
    let ownTab: number | undefined;
    let windowId: number | undefined;
    const follow = (id: number | undefined) => {
      if (alive && id !== undefined && id !== ownTab) setTabId(id);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) follow(info.tabId);
    };
    const onRemoved = (id: number) => setTabId((current) => (current === id ? undefined : current));
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onRemoved.addListener(onRemoved);
    void (async () => {
      const own = await browser.tabs.getCurrent();
      ownTab = own?.id;
      // In a real side panel (no tab of its own) only its window's tabs count.
      if (!own) windowId = (await browser.windows.getCurrent()).id;
      const active = await browser.tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
      follow(active.find((t) => t.id !== ownTab)?.id);
    })();
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);
  return tabId;
}
