import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isPortalHost, PORTAL_MATCHES } from '../utils/portal-hosts';
import { GUIDANCE_FRAME_MARKER } from '../utils/panel-marker';
import { startGuidanceFrame } from '../utils/sensor/highlight';

/**
 * The frame side of the guided checklist: points at the watched step's control in its frame and
 * reads the blade states the step needs. Not in the manifest: the background injects it into a
 * tab's frames only while a step is watched there (utils/background/guidance/frame-injection.ts),
 * so frames of admins who are not being guided carry only the small sensor.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: PORTAL_MATCHES,
  main(ctx) {
    // The background injects into every frame it may script, which includes Microsoft's sign-in frames: portal frames only.
    if (!isPortalHost(location.host)) return;
    // Injected into every frame of the tab, and again into frames that appear later: one copy per frame.
    const scope = globalThis as unknown as Record<symbol, boolean>;
    const marker = Symbol.for(GUIDANCE_FRAME_MARKER);
    if (scope[marker]) return;
    scope[marker] = true;
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
    ctx.onInvalidated(() => (scope[marker] = false));
  },
});
