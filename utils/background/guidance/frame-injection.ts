/**
 * Brings the checklist's frame script into a portal tab's frames while a step is watched there:
 * into every frame when the watch starts, and into a frame that reports in later (a ReactView
 * frame the portal opens for the next blade). Frames that already run it are left alone:
 * running it again would retire the running copy and drop its ring.
 */
import { browser } from 'wxt/browser';
import { GUIDANCE_FRAME_MARKER, panelMounted } from '../../panel-marker';

const GUIDANCE_FRAME_SCRIPT = '/content-scripts/portal-guidance.js';

/** Injections under way, per tab: a watch starting and a frame reporting in at once inject once. */
const pending = new Map<number, Promise<void>>();

export function ensureGuidanceFrames(tabId: number, frameId?: number): Promise<void> {
  const run = (pending.get(tabId) ?? Promise.resolve()).then(() => inject(tabId, frameId));
  pending.set(tabId, run);
  void run.finally(() => pending.get(tabId) === run && pending.delete(tabId));
  return run;
}

async function inject(tabId: number, frameId?: number): Promise<void> {
  try {
    const target = frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] };
    const present = await browser.scripting.executeScript({ target, func: panelMounted, args: [GUIDANCE_FRAME_MARKER] });
    const missing = present.filter((r) => r.result !== true).map((r) => r.frameId);
    if (missing.length) await browser.scripting.executeScript({ target: { tabId, frameIds: missing }, files: [GUIDANCE_FRAME_SCRIPT] });
  } catch {
    // The tab closed or navigated away, or a frame is not ours to script: nothing to point at there.
  }
}
