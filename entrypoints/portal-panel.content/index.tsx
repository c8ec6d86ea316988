import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GuidancePanel } from '../../components/panel/guidance-panel';
import { PANEL_CSS } from '../../components/panel/panel-css';
import { PANEL_MARKER_KEY } from '../../utils/panel-marker';

/**
 * The guided checklist panel: React in a shadow root, top frame only. Not in the manifest: the
 * background injects it when the portal's top frame reports in (utils/background/handlers/guidance.ts),
 * so React never loads in the per-frame sensor.
 */
export default defineContentScript({
  registration: 'runtime',
  // The panel runs in the top frame only. The ReactView frames are listed because WXT turns a runtime
  // script's matches into host access, which scripting.executeScript needs to read their structure
  // for the panel's structure report (the per-frame sensor already runs there).
  matches: ['https://portal.azure.com/*', 'https://entra.microsoft.com/*', 'https://*.reactblade.portal.azure.net/*'],
  async main(ctx) {
    if (window.top !== window) return;
    // Injected again after an extension reload or by a second report: one panel per page.
    const marker = Symbol.for(PANEL_MARKER_KEY);
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[marker]) return;
    scope[marker] = true;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'soah-guidance-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: PANEL_CSS,
      // Typing in the panel must not trigger the portal's keyboard shortcuts.
      isolateEvents: true,
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <StrictMode>
            <GuidancePanel win={window} />
          </StrictMode>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
        scope[marker] = false;
      },
    });
    ui.mount();
  },
});
