/** Facts reported by portal frames: frame bookkeeping, then captured values. */
import { portalFramesItem, type PortalFrame } from '../../storage-items';
import type { SenderLike } from '../sender';
import { applyFact } from '../setups';
import { loadSetups, saveSetups } from '../setups-store';
import { exclusive, ok, type HandlerTable } from './types';

async function recordFrame(sender: SenderLike, frame: PortalFrame): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const all = await portalFramesItem.getValue();
  await portalFramesItem.setValue({ ...all, [tabId]: { ...all[tabId], [sender.frameId ?? 0]: frame } });
}

export async function forgetTab(tabId: number): Promise<void> {
  const all = await portalFramesItem.getValue();
  if (!(tabId in all)) return;
  const { [tabId]: _gone, ...rest } = all;
  await portalFramesItem.setValue(rest);
}

export const factHandlers: Pick<HandlerTable, 'fact'> = {
  fact: {
    from: ['portal-frame'],
    handle: (request, ctx) =>
      exclusive(async () => {
        const { fact } = request;
        if (fact.kind === 'route') {
          await recordFrame(ctx.sender, { host: fact.host, hash: fact.hash, topFrame: fact.topFrame, at: ctx.deps.now() });
          return ok(null);
        }
        const state = await loadSetups();
        await saveSetups(applyFact(state, fact, { now: ctx.deps.now(), host: ctx.host, newId: ctx.deps.newId }));
        return ok(null);
      }),
  },
};
