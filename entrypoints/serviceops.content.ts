import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { serviceOpsCommandSchema } from '../utils/messages';
import { request } from '../utils/messaging-client';
import { fillForm, probeForm } from '../utils/fill/fill-form';
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

    const listener = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      // Commands come from our background only (never from another tab's content script).
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const parsed = serviceOpsCommandSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      const command = parsed.data;
      if (command.type === 'serviceops-probe') return Promise.resolve(probeForm(document));
      return fillForm(document, command.values, command.path);
    };
    // The listener answers with a promise: the browser sends its value back as the reply.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- that promise is the reply, not a forgotten one
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the same listener, removed
      browser.runtime.onMessage.removeListener(listener);
      scope[marker] = false;
    });

    startInlineButton(ctx, { requestFill: () => request({ type: 'inline-fill' }) });
  },
});
