import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../utils/portal-hosts';
import { READERS } from '../utils/sensor/readers';
import { startSensor } from '../utils/sensor/sensor';
import { watchCopies } from '../utils/sensor/copy-watch';

/**
 * The per-frame sensor, in every portal frame: turns what the frame shows into facts. The guided
 * checklist's frame side (portal-guidance.content.ts) is injected only into tabs being guided.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const stop = startSensor({
      window,
      isTopFrame: window.top === window,
      readers: READERS,
      send: (fact) => {
        // The worker may be asleep or the extension reloaded; facts are re-sent on the next change.
        browser.runtime.sendMessage({ type: 'fact', fact }).catch(() => undefined);
      },
    });
    ctx.onInvalidated(stop);
    // Copying from the secrets grid (button or selection) is an event, not a DOM change: watched apart.
    ctx.onInvalidated(watchCopies(document, window.top === window, (fact) => void browser.runtime.sendMessage({ type: 'fact', fact }).catch(() => undefined)));
  },
});
