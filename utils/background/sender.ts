/** Who sent a message: only our own pages may ask for anything but reporting facts. */
import { isPortalHost } from '../portal-hosts';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
  /** The sending document (Chrome 106+; Firefox has none): replies that carry values target it. */
  documentId?: string;
}

/**
 * 'serviceops-frame': our own content script in the top frame of an https tab that is not a portal
 * page. Whether that origin is a granted ServiceOps origin is checked by the handler (it needs the
 * permissions API, which is async).
 */
export type SenderKind = 'extension-page' | 'portal-frame' | 'serviceops-frame' | 'other';

export function classifySender(sender: SenderLike, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId || !sender.url) return 'other';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return 'other';
  }
  // A popup opened as a normal tab (sender.tab set) is still one of our pages.
  if (`${url.protocol}//${url.host}` === extensionOrigin.replace(/\/$/, '')) return 'extension-page';
  if (url.protocol === 'https:' && isPortalHost(url.hostname)) return 'portal-frame';
  if (url.protocol === 'https:' && sender.tab?.id !== undefined && sender.frameId === 0 && (!sender.origin || sender.origin === url.origin))
    return 'serviceops-frame';
  return 'other';
}

/** Whether the sending extension page is one of `pages` (paths such as '/rotate.html'); the caller checks it is ours. */
export function isSenderPage(sender: SenderLike, pages: readonly string[]): boolean {
  try {
    return pages.includes(new URL(sender.url ?? '').pathname);
  } catch {
    return false;
  }
}
