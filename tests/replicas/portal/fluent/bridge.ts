/**
 * The frame side of the shell's postMessage protocol (`replica:*`, see app/main.ts): the shell sends
 * the route with `replica:navigate` (after `replica:ready` and on every hash change); the frame
 * answers with the blade title, notifications and navigation requests. The frame's own URL never
 * changes.
 */
import type { NotifyKind } from '../app/core';
import type { Lang } from '../app/i18n';
import type { AuthExperience, FluentRendering } from './frame-url';

export interface FrameConfig {
  rendering: FluentRendering;
  lang: Lang;
  parentOrigin: string;
  /** Base delay (ms) before async content shows, like the real portal's loads. */
  delay: number;
  authExperience: AuthExperience;
  iconsBase: string;
}

export function readFrameConfig(): FrameConfig {
  let boot: Record<string, unknown> = {};
  try {
    const v: unknown = JSON.parse(document.getElementById('reactview-bootstrap')?.textContent ?? '{}');
    if (typeof v === 'object' && v !== null) boot = v as Record<string, unknown>;
  } catch {
    // defaults below
  }
  const s = (k: string) => (typeof boot[k] === 'string' ? boot[k] : '');
  return {
    rendering: s('rendering') === 'fluent9' ? 'fluent9' : 'fluent8',
    lang: s('lang') === 'de' ? 'de' : 'en',
    parentOrigin: s('parentOrigin') || 'https://portal.azure.com',
    delay: /^\d+$/.test(s('delay')) ? Number(s('delay')) : 350,
    authExperience: s('authExperience') === 'new' ? 'new' : 'classic',
    iconsBase: s('iconsBase'),
  };
}

export interface Bridge {
  title(hash: string, title: string, subtitle: string): void;
  notify(kind: NotifyKind, title: string, text?: string): void;
  navigate(hash: string): void;
}

function normalizeHash(hash: string): string {
  const h = hash.startsWith('#') ? hash : `#${hash}`;
  return h === '#' ? '#home' : h;
}

/** Connects to the portal shell; `onNavigate` receives every route the shell sends. */
export function connect(cfg: FrameConfig, onNavigate: (hash: string) => void): Bridge {
  const framed = window.parent !== window;
  const post = (m: Record<string, unknown>) => {
    if (framed) window.parent.postMessage(m, cfg.parentOrigin);
  };
  const bridge: Bridge = {
    title: (hash, title, subtitle) => {
      document.title = title || 'ReactView';
      post({ type: 'replica:title', hash, title, subtitle });
    },
    notify: (kind, title, text = '') => post({ type: 'replica:notify', kind, title, text }),
    navigate: (hash) => {
      if (framed) post({ type: 'replica:navigate', hash: normalizeHash(hash) });
      else onNavigate(normalizeHash(hash));
    },
  };
  // In-blade links go through the portal, which owns the address bar.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a) return;
    e.preventDefault();
    bridge.navigate(a.getAttribute('href') ?? '#home');
  });
  window.addEventListener('message', (e) => {
    if (e.origin !== cfg.parentOrigin || e.source !== window.parent) return;
    const data: unknown = e.data;
    if (typeof data !== 'object' || data === null || !('type' in data)) return;
    if (data.type === 'replica:navigate' && 'hash' in data && typeof data.hash === 'string') onNavigate(normalizeHash(data.hash));
    // The shell's __replicaBench.rerender() reaches the benchmark blade through here.
    else if (data.type === 'replica:bench') (window as Window & { __replicaBench?: { rerender(): void } }).__replicaBench?.rerender();
  });
  if (framed) post({ type: 'replica:ready' });
  // Opened on its own (no portal around it), the frame shows its own hash, for debugging.
  else onNavigate(normalizeHash(location.hash));
  return bridge;
}
