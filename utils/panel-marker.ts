/**
 * The mark the checklist panel leaves in the portal page's content-script world. The background
 * looks for it before injecting the panel: running the script again would make WXT retire the
 * running copy and mount a fresh React tree on every blade change.
 */
export const PANEL_MARKER_KEY = 'serviceops-azure-helper-panel';

/** Runs in the page (scripting.executeScript): self-contained, it gets the key as an argument. */
export function panelMounted(key: string): boolean {
  return Boolean((globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)]);
}

/** The mark the checklist's frame script leaves in each frame it runs in (see portal-guidance.content.ts). */
export const GUIDANCE_FRAME_MARKER = 'serviceops-azure-helper-guidance-frame';
