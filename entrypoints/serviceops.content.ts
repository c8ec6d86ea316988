import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { request } from '../utils/messaging-client';
import { handleServiceOpsCommand } from '../utils/fill/commands';
import { startInlineButton } from '../utils/fill/inline-button';

/** Registered at run time, for the ServiceOps origins the admin granted (see serviceops-origins.ts). */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Only the top frame of an https page: a frame of another origin inside ServiceOps gets nothing.
    if (window.top !== window || location.protocol !== 'https:') return;
    // Injected twice (registered script + on-demand injection) must not answer twice.
    const marker = Symbol.for('serviceops-azure-helper');
    const scope = globalThis as unknown as Record<symbol, boolean>;
    if (scope[marker]) return;
    scope[marker] = true;

    const inline = startInlineButton(ctx, {
      preview: () => request({ type: 'inline-preview' }),
      requestFill: (setupId, click) => request({ type: 'inline-fill', setupId, click }),
    });
    const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) =>
      handleServiceOpsCommand(raw, sender, { runtimeId: browser.runtime.id, doc: document, showReport: inline.showReport });
    // The listener answers with a promise: the browser sends its value back as the reply.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- that promise is the reply, not a forgotten one
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener, removed
      browser.runtime.onMessage.removeListener(listener);
      scope[marker] = false;
    });
  },
});
