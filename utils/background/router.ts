/**
 * The background's single message entry point: parse with the contract's schemas, check the
 * sender against the handler's allowed senders, then dispatch.
 */
import { t } from '../i18n/t';
import { requestSchema } from '../messages';
import { classifySender, type SenderLike } from './sender';
import { factHandlers } from './handlers/facts';
import { fillHandlers } from './handlers/fill';
import { checkHandlers } from './handlers/checks';
import { setupHandlers } from './handlers/setups';
import { guidanceHandlers } from './handlers/guidance';
import { pasteHandlers } from './handlers/paste';
import { structureHandlers } from './handlers/structure';
import { createHandlers } from './handlers/create';
import { expiryHandlers } from './handlers/expiry';
import { sidePanelHandlers } from './handlers/side-panel';
import { fail, type HandlerDef, type HandlerTable, type RouterDeps } from './handlers/types';

export type { RouterDeps };

export const HANDLERS: HandlerTable = {
  ...factHandlers,
  ...setupHandlers,
  ...fillHandlers,
  ...guidanceHandlers,
  ...checkHandlers,
  ...pasteHandlers,
  ...structureHandlers,
  ...createHandlers,
  ...expiryHandlers,
  ...sidePanelHandlers,
};

export function createRouter(deps: RouterDeps) {
  /** The runtime.onMessage listener body: undefined for anything that is not ours to answer. */
  return async function onMessage(raw: unknown, sender: SenderLike): Promise<unknown> {
    const senderKind = classifySender(sender, deps.extensionId, deps.extensionOrigin);
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      // Our own pages get told, so a refused edit never vanishes silently; anyone else gets nothing.
      return senderKind === 'extension-page' ? fail(t('bg_requestRefused', { reason: parsed.error.issues[0]?.message ?? 'invalid' })) : undefined;
    }
    const request = parsed.data;
    const def = HANDLERS[request.type] as HandlerDef<typeof request.type>;
    if (!def.from.includes(senderKind)) return undefined;
    let host = '';
    try {
      host = sender.url ? new URL(sender.url).host : '';
    } catch {
      // An unparsable URL leaves the host empty; handlers that need it refuse.
    }
    try {
      return await def.handle(request, { deps, sender, senderKind, host });
    } catch (error) {
      return fail(error instanceof Error ? error.message : t('bg_unexpected'));
    }
  };
}
