import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../utils/portal-hosts';
import { READERS } from '../utils/sensor/readers';
import { startSensor } from '../utils/sensor/sensor';

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
  },
});
