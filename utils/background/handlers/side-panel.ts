/**
 * The side panel: opening it (the step card's "whole checklist" link, the popup's button) and the
 * checklist it shows for the tab it follows (../side-panel-view.ts).
 */
import { t } from '../../i18n/t';
import { openSidePanel, type OpenTarget } from '../../side-panel/open';
import { sidePanelView } from '../side-panel-view';
import { fail, ok, type HandlerTable } from './types';

export const sidePanelHandlers: Pick<HandlerTable, 'open-side-panel' | 'side-panel-view'> = {
  'open-side-panel': {
    from: ['portal-frame', 'extension-page'],
    // Not async: the browser's call must happen inside the click's activation, before any await.
    handle(request, { sender, senderKind }) {
      let target: OpenTarget | undefined;
      if (senderKind === 'portal-frame') {
        // Only the step card in the top frame asks; a framed blade never opens anything.
        const tabId = sender.frameId === 0 ? sender.tab?.id : undefined;
        target = tabId === undefined ? undefined : { tabId };
      } else if (request.windowId !== undefined) target = { windowId: request.windowId };
      if (!target) return Promise.resolve(fail(t('bg_noSidePanelTarget')));
      return openSidePanel(target).then((r) => (r.ok ? ok(null) : fail(r.error)));
    },
  },
  'side-panel-view': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      return ok(await sidePanelView(request.tabId, request.viewStep, deps.now()));
    },
  },
};
