/**
 * The per-frame portal sensor: turns what its frame shows into facts for the background.
 * It sleeps (one hashchange listener) on frames that show no App-registration blade, and
 * observes mutations only while a blade it reads is open, batched to animation frames.
 */
import type { Fact } from '../messages';
import { isAppOverview, parsePortalHash, routeAppId, type PortalRoute } from '../portal-route';
import { readEssentials } from './essentials';

export interface SensorEnv {
  window: Window;
  isTopFrame: boolean;
  send: (fact: Fact) => void;
}

/** Blades whose DOM the sensor reads. Frames without a portal route of their own (framed blades) are read too. */
function wantsDom(route: PortalRoute | undefined, isTopFrame: boolean): boolean {
  return isAppOverview(route) || (!isTopFrame && !route);
}

export function startSensor(env: SensorEnv): () => void {
  const { window: win } = env;
  const doc = win.document;
  let observer: MutationObserver | undefined;
  let frame = 0;
  let lastSent = '';
  let route: PortalRoute | undefined;

  const sendOnce = (fact: Fact) => {
    const key = JSON.stringify(fact);
    if (key === lastSent) return;
    lastSent = key;
    env.send(fact);
  };

  const read = () => {
    frame = 0;
    const reading = readEssentials(doc.body, routeAppId(route));
    if (!reading.clientId || (!reading.tenantId && !reading.ambiguous.length)) return;
    sendOnce({
      kind: 'app-essentials',
      clientId: reading.clientId,
      tenantId: reading.tenantId,
      appObjectId: reading.appObjectId,
      displayName: reading.displayName,
      ambiguousGuids: reading.tenantId ? undefined : reading.ambiguous,
    });
  };

  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(read);
  };

  const onRoute = () => {
    route = parsePortalHash(win.location.hash);
    env.send({ kind: 'route', host: win.location.host, hash: win.location.hash.slice(0, 2000), topFrame: env.isTopFrame });
    observer?.disconnect();
    observer = undefined;
    if (!wantsDom(route, env.isTopFrame) || !doc.body) return;
    observer = new MutationObserver(schedule);
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    schedule();
  };

  win.addEventListener('hashchange', onRoute);
  onRoute();
  return () => {
    win.removeEventListener('hashchange', onRoute);
    observer?.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
  };
}
