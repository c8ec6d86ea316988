import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../utils/portal-hosts';
import { READERS } from '../utils/sensor/readers';
import { startSensor } from '../utils/sensor/sensor';
import { watchCopies } from '../utils/sensor/copy-watch';
import { startGuidanceFrame } from '../utils/sensor/highlight';

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
    // The guided checklist: points at the watched step's control and reads its blade state, only while a step is watched.
    ctx.onInvalidated(
      startGuidanceFrame(window, {
        id: browser.runtime.id,
        send: (message) => browser.runtime.sendMessage(message),
        listen: (listener) => {
          const wrapped = (message: unknown, sender: { id?: string }) => void listener(message, sender);
          browser.runtime.onMessage.addListener(wrapped);
          return () => browser.runtime.onMessage.removeListener(wrapped);
        },
      }),
    );
    // Copying from the secrets grid (button or selection) is an event, not a DOM change: watched apart.
    ctx.onInvalidated(watchCopies(document, window.top === window, (fact) => void browser.runtime.sendMessage({ type: 'fact', fact }).catch(() => undefined)));
  },
});
