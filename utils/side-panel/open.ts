/**
 * Opening the browser's side panel. Chrome (side_panel) opens it only inside the admin's click, so
 * the call must be made before anything is awaited; Firefox (sidebar_action) opens it only from an
 * extension page's own click handler. Where neither works, the caller falls back to the in-page checklist.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n/t';

export interface SidePanelApis {
  /** Chrome's sidePanel: a global panel, opened in a tab's or a window's side panel. */
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  /** Firefox's sidebarAction. */
  sidebarAction?: { open(): Promise<void> };
}

const hasOpen = (api: unknown): api is { open: (...args: never[]) => Promise<void> } =>
  !!api && typeof api === 'object' && 'open' in api && typeof api.open === 'function';

/** The side panel APIs this browser has (none in a browser without a side panel). */
export function sidePanelApis(root: object = browser): SidePanelApis {
  const apis: SidePanelApis = {};
  if ('sidePanel' in root && hasOpen(root.sidePanel)) apis.sidePanel = root.sidePanel;
  if ('sidebarAction' in root && hasOpen(root.sidebarAction)) apis.sidebarAction = root.sidebarAction;
  return apis;
}

export type OpenTarget = { tabId: number; windowId?: number } | { windowId: number };

/**
 * Opens the side panel for a tab or a window. The browser's call is made synchronously (the click's
 * user activation does not survive an await); its refusal becomes an error message.
 */
export function openSidePanel(target: OpenTarget, apis: SidePanelApis = sidePanelApis()): Promise<{ ok: true } | { ok: false; error: string }> {
  let opening: Promise<void>;
  try {
    if (apis.sidePanel) opening = apis.sidePanel.open(target);
    else if (apis.sidebarAction) opening = apis.sidebarAction.open();
    else return Promise.resolve({ ok: false, error: noSidePanel() });
  } catch (error) {
    return Promise.resolve({ ok: false, error: errorText(error) });
  }
  return Promise.resolve(opening).then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, error: errorText(error) }) as const,
  );
}

/** Why no side panel opened, in the browser's language. */
export function noSidePanel(): string {
  return t('bg_noSidePanel');
}

function errorText(error: unknown): string {
  return `${noSidePanel()} (${error instanceof Error ? error.message : String(error)})`;
}
