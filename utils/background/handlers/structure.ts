/**
 * "The helper can't read this page": the checklist asks, the background runs the snapshot in every
 * frame of the tab it can reach (scripting.executeScript with allFrames) and answers the report.
 * The snapshot function is injected only here, on the admin's click: it is not part of the
 * per-frame sensor.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { t } from '../../i18n/t';
import { assembleReport, reportWords, SNAPSHOT_LIMITS, snapshotFrame } from '../../structure-snapshot';
import { fail, ok, type HandlerTable } from './types';

/** The extension's own UI in portal pages: the checklist panel and the highlight ring. */
const OWN_TAGS = ['soah-guidance-panel', 'soah-ring'];

/** What a frame answers is parsed like any other message: a frame could not be made to send more. */
const frameSnapshotSchema = z.object({
  url: z.string().max(3000),
  lang: z.string().max(100),
  title: z.string().max(1000),
  lines: z.array(z.string().max(400)).max(SNAPSHOT_LIMITS.maxNodes),
  nodes: z.number().int().min(0),
  truncated: z.boolean(),
});

export const structureHandlers: Pick<HandlerTable, 'structure-report'> = {
  'structure-report': {
    from: ['portal-frame'],
    async handle(_request, { deps, sender }) {
      const tabId = sender.frameId === 0 ? sender.tab?.id : undefined;
      if (tabId === undefined) return fail(t('bg_reportTopFrameOnly'));
      let results: { frameId: number; result?: unknown }[];
      try {
        results = await browser.scripting.executeScript({
          target: { tabId, allFrames: true },
          func: snapshotFrame,
          args: [{ words: reportWords(), skipTags: OWN_TAGS, ...SNAPSHOT_LIMITS }],
        });
      } catch {
        return fail(t('bg_framesUnreadable'));
      }
      const frames = results.map((r) => ({ frameId: r.frameId, result: frameSnapshotSchema.safeParse(r.result).data }));
      return ok(assembleReport(frames, { version: browser.runtime.getManifest().version, date: new Date(deps.now()).toISOString() }));
    },
  },
};
