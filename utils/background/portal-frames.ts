/**
 * Which portal frames of which tab reported which route (storage.session), under a lock of its
 * own: a navigation must not wait behind the setups' writes, and a closed tab's records must not
 * race a frame that reports at the same moment.
 */
import { parsePortalHash, routeAppId, type PortalRoute } from '../portal-route';
import { portalFramesItem, type PortalFrame } from '../storage-items';
import { createLock } from './lock';
import type { SenderLike } from './sender';

type Frames = Record<string, Record<string, PortalFrame>>;

const framesLock = createLock();

/** The one way to change the frame records: `change` answers the next records, or undefined to leave them. */
function updateFrames(change: (all: Frames) => Frames | undefined): Promise<void> {
  return framesLock(async () => {
    const next = change(await portalFramesItem.getValue());
    if (next) await portalFramesItem.setValue(next);
  });
}

export function recordFrame(sender: SenderLike, frame: PortalFrame): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return Promise.resolve();
  return updateFrames((all) => ({ ...all, [tabId]: { ...all[tabId], [sender.frameId ?? 0]: frame } }));
}

export function forgetTabFrames(tabId: number): Promise<void> {
  return updateFrames((all) => {
    if (!(tabId in all)) return undefined;
    const { [tabId]: _gone, ...rest } = all;
    return rest;
  });
}

/** The sending tab's top frame: its host, its route and the app the route names. */
export async function topFrameOf(sender: SenderLike): Promise<{ host?: string; appId?: string; route?: PortalRoute }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return {};
  const top = (await portalFramesItem.getValue())[tabId]?.[0];
  const route = top ? parsePortalHash(top.hash) : undefined;
  return top ? { host: top.host, appId: routeAppId(route), route } : {};
}
