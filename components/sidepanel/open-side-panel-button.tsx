import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';
import { sidePanelApis } from '../../utils/side-panel/open';

/**
 * The popup's "Open checklist in side panel". Chrome opens its side panel through the background
 * (the click's activation goes along with the message); Firefox only from this page's own click,
 * so the sidebar is opened right here. A browser with neither shows no button.
 */
export function OpenSidePanelButton() {
  const [windowId, setWindowId] = useState<number>();
  const [error, setError] = useState<string>();
  const apis = sidePanelApis();
  // Asked before the click: an await between the click and the browser's call would lose the click's activation.
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  if (!apis.sidePanel && !apis.sidebarAction) return null;
  const open = () => {
    setError(undefined);
    const opening = apis.sidebarAction ? apis.sidebarAction.open().then(() => ({ ok: true as const })) : request({ type: 'open-side-panel', windowId });
    void opening.then(
      async (r) => {
        setError(r.ok ? undefined : r.error);
        // The toolbar popup would stay over the side panel it opened; the same page opened in a tab stays.
        if (r.ok && !(await browser.tabs.getCurrent())) window.close();
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div className="open-side-panel">
      <button type="button" className="link" onClick={open}>
        {t('sidepanel_openInSidePanel')}
      </button>
      {error ? (
        <p className="check check-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
