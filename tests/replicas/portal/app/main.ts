/**
 * Entry point of the portal replica's client. On portal.azure.com / entra.microsoft.com it
 * renders the portal shell and either renders blades itself (top mode) or hosts them in a
 * cross-origin ReactView frame (iframe mode); on *.reactblade.portal.azure.net it is that frame.
 */
import type { SessionInfo } from '../api-types';
import { api, FRAME_ORIGIN, HASH, labelsFor, parseRoute, readConfig, routeKey, type Blade, type BladeContext, type NotifyKind, type Route } from './core';
import { clear, h, icon, sleep } from './dom';
import { appListBlade, benchBlade, createBlade, entraBlade, homeBlade, notFoundBlade } from './blades-general';
import { appBlade } from './blades-app';
import { enterpriseBlade } from './blades-enterprise';
import { FLUENT_FRAME_ORIGIN, fluentFrameSrc } from '../fluent/frame-url';

const cfg = readConfig();
const L = labelsFor(cfg.lang);
document.documentElement.lang = cfg.lang;

type Message =
  | { type: 'replica:ready' }
  | { type: 'replica:navigate'; hash: string }
  | { type: 'replica:title'; hash: string; title: string; subtitle: string }
  | { type: 'replica:notify'; kind: NotifyKind; title: string; text: string }
  | { type: 'replica:bench' };

function asMessage(data: unknown): Message | null {
  if (typeof data !== 'object' || data === null || !('type' in data) || typeof data.type !== 'string' || !data.type.startsWith('replica:')) return null;
  return data as Message;
}

function bladeFor(route: Route): Blade {
  switch (route.kind) {
    case 'home':
      return homeBlade;
    case 'entra':
      return entraBlade;
    case 'appList':
      return appListBlade;
    case 'create':
      return createBlade;
    case 'app':
      return appBlade;
    case 'enterprise':
      return enterpriseBlade;
    case 'bench':
      return benchBlade;
    default:
      return notFoundBlade;
  }
}

function normalizeHash(hash: string): string {
  const h0 = hash.startsWith('#') ? hash : `#${hash}`;
  return h0 === '#' ? '#home' : h0;
}

// ---------------------------------------------------------------- notifications (top document)

function toastHost(): HTMLElement {
  let host = document.querySelector<HTMLElement>('.fxs-toast-container');
  if (!host) {
    host = h('div', { class: 'fxs-toast-container', role: 'region', 'aria-label': L.notifications });
    document.body.appendChild(host);
  }
  return host;
}

function showToast(kind: NotifyKind, title: string, text = ''): void {
  const host = toastHost();
  host.querySelectorAll('.fxs-toast-progress').forEach((t) => t.remove());
  const iconName = kind === 'success' ? 'check' : kind === 'error' ? 'warning' : kind === 'progress' ? 'refresh' : 'info';
  const close = h('button', { type: 'button', class: 'fxs-toast-close', 'aria-label': L.close }, icon('close'));
  const toast = h(
    'div',
    { class: `fxs-toast fxs-toast-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'aria-live': kind === 'error' ? 'assertive' : 'polite' },
    h('span', { class: 'fxs-toast-icon' }, icon(iconName)),
    h('div', { class: 'fxs-toast-body' }, h('div', { class: 'fxs-toast-title' }, title), text ? h('div', { class: 'fxs-toast-text' }, text) : null),
    close,
  );
  close.addEventListener('click', () => toast.remove());
  host.appendChild(toast);
  const all = host.querySelectorAll('.fxs-toast');
  for (let i = 0; i < all.length - 3; i++) all[i]?.remove();
  setTimeout(() => toast.remove(), kind === 'progress' ? 3000 : 6000);
}

// ---------------------------------------------------------------- blade rendering (top or frame)

interface Renderer {
  render(hash: string): void;
  title: { title: string; subtitle: string };
}

function createRenderer(opts: {
  container: HTMLElement;
  overlay: HTMLElement;
  session: SessionInfo;
  navigate: (hash: string) => void;
  notify: (kind: NotifyKind, title: string, text?: string) => void;
  onTitle: (title: string, subtitle: string, route: Route) => void;
}): Renderer {
  let current: { key: string; alive: boolean; leave: (() => void)[] } | null = null;
  const renderer: Renderer = {
    title: { title: '', subtitle: '' },
    render(hash: string) {
      const route = parseRoute(hash);
      const key = routeKey(route);
      if (current?.key === key) return;
      if (current) {
        current.alive = false;
        for (const fn of current.leave.splice(0)) {
          try {
            fn();
          } catch {
            // a leave hook must not break navigation
          }
        }
      }
      const state = { key, alive: true, leave: [] as (() => void)[] };
      current = state;
      clear(opts.container);
      clear(opts.overlay);
      const content = h('div', { class: `fxs-blade-content-wrapper fxs-blade-content-${route.kind}` });
      opts.container.appendChild(content);
      renderer.title = { title: '', subtitle: '' };
      opts.onTitle('', '', route);
      const ctx: BladeContext = {
        L,
        cfg,
        session: opts.session,
        route,
        content,
        overlay: opts.overlay,
        setTitle: (title, subtitle = '') => {
          if (!state.alive) return;
          renderer.title = { title, subtitle };
          opts.onTitle(title, subtitle, route);
        },
        navigate: (next) => {
          if (state.alive) opts.navigate(next);
        },
        notify: (kind, title, text) => opts.notify(kind, title, text),
        alive: () => state.alive,
        onLeave: (fn) => {
          state.leave.push(fn);
        },
        settle: async (factor = 1) => {
          await sleep(Math.round(cfg.delay * factor));
          return state.alive;
        },
      };
      const fail = (e: unknown) => {
        if (state.alive)
          content.appendChild(
            h('div', { class: 'msportalfx-infobox msportalfx-infobox-error', role: 'alert' }, L.requestFailed, ' ', e instanceof Error ? e.message : String(e)),
          );
      };
      try {
        const result = bladeFor(route)(ctx);
        if (result) result.catch(fail);
      } catch (e) {
        fail(e);
      }
    },
  };
  return renderer;
}

// ---------------------------------------------------------------- top document

function breadcrumbFor(route: Route): { label: string; href: string }[] {
  const home = { label: L.home, href: HASH.home };
  switch (route.kind) {
    case 'home':
      return [];
    case 'create':
    case 'app':
      return [home, { label: L.appRegistrations, href: HASH.appList }];
    case 'enterprise':
      return [home, { label: L.entraId, href: HASH.entra }];
    default:
      return [home];
  }
}

function startTop(session: SessionInfo): void {
  const isEntra = location.hostname === 'entra.microsoft.com';
  const root = document.getElementById('web-container') ?? document.body;
  clear(root);
  const sidebarLink = (href: string, iconName: string, label: string) =>
    h('li', null, h('a', { href, class: 'fxs-sidebar-item' }, icon(iconName), h('span', { class: 'fxs-sidebar-label' }, label)));
  const sidebar = h(
    'nav',
    { class: 'fxs-sidebar', 'aria-label': L.portalMenu },
    h('ul', null, sidebarLink(HASH.home, 'home', L.home), sidebarLink(HASH.entra, 'shield', L.entraId), sidebarLink(HASH.appList, 'grid', L.appRegistrations)),
  );
  const menuBtn = h(
    'button',
    { type: 'button', class: 'fxs-topbar-button fxs-topbar-menu', 'aria-label': L.showPortalMenu, 'aria-expanded': 'true' },
    icon('menu'),
  );
  menuBtn.addEventListener('click', () => {
    const open = menuBtn.getAttribute('aria-expanded') !== 'true';
    menuBtn.setAttribute('aria-expanded', String(open));
    sidebar.hidden = !open;
  });
  const search = h('input', {
    type: 'search',
    class: 'fxs-search-input',
    placeholder: L.searchPlaceholder,
    'aria-label': L.searchPlaceholder,
    autocomplete: 'off',
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && /app/i.test(search.value)) location.hash = HASH.appList;
  });
  const topIcon = (name: string, label: string) => h('button', { type: 'button', class: 'fxs-topbar-button', 'aria-label': label, title: label }, icon(name));
  const topbar = h(
    'header',
    { class: 'fxs-topbar', role: 'banner' },
    menuBtn,
    h('a', { href: HASH.home, class: 'fxs-topbar-brand' }, isEntra ? 'Microsoft Entra admin center' : L.microsoftAzure),
    h('div', { class: 'fxs-topbar-search', role: 'search' }, icon('search'), search),
    h(
      'div',
      { class: 'fxs-topbar-icons' },
      topIcon('bell', L.notifications),
      topIcon('gear', L.settings),
      topIcon('question', L.help),
      topIcon('feedback', L.feedback),
    ),
    h(
      'button',
      { type: 'button', class: 'fxs-avatarmenu', 'aria-label': `${L.account}: ${session.user.upn}` },
      h(
        'span',
        { class: 'fxs-avatarmenu-text' },
        h('span', { class: 'fxs-avatarmenu-username' }, session.user.upn),
        h('span', { class: 'fxs-avatarmenu-tenant' }, `${session.tenant.displayName.toUpperCase()} (${session.tenant.domain.toUpperCase()})`),
      ),
      h('span', { class: 'fxs-avatarmenu-picture', 'aria-hidden': 'true' }, 'MB'),
    ),
  );
  const breadcrumb = h('nav', { class: 'fxs-breadcrumb', 'aria-label': L.breadcrumb });
  const titleText = h('h1', { class: 'fxs-blade-title-titleText', id: 'fxs-blade-title' });
  const subtitle = h('div', { class: 'fxs-blade-title-subtitle' });
  const closeBtn = h('button', { type: 'button', class: 'fxs-blade-close', 'aria-label': L.close, title: L.close }, icon('close'));
  const header = h(
    'header',
    { class: 'fxs-blade-header' },
    h('div', { class: 'fxs-blade-title' }, titleText, subtitle),
    h('div', { class: 'fxs-blade-actions' }, closeBtn),
  );
  const container = h('div', { class: 'fxs-blade-content-container' });
  const blade = h('section', { class: 'fxs-blade fxs-stacklayout', 'aria-labelledby': 'fxs-blade-title' }, header, container);
  const overlay = h('div', { class: 'fxs-overlay-host' });
  root.append(topbar, h('div', { class: 'fxs-portal-main' }, sidebar, h('main', { class: 'fxs-journey' }, breadcrumb, blade)), overlay);
  toastHost();

  let route: Route = parseRoute(location.hash);
  let routeKeyNow = routeKey(route);
  const setTitle = (title: string, sub: string) => {
    titleText.textContent = title;
    titleText.classList.toggle('fxs-title-loading', !title);
    subtitle.textContent = sub;
    subtitle.hidden = !sub;
    document.title = title
      ? `${title} - ${isEntra ? 'Microsoft Entra admin center' : L.microsoftAzure}`
      : isEntra
        ? 'Microsoft Entra admin center'
        : L.microsoftAzure;
  };
  const updateChrome = () => {
    clear(breadcrumb);
    const crumbs = breadcrumbFor(route);
    const ol = h('ol', null);
    crumbs.forEach((c, i) =>
      ol.appendChild(
        h(
          'li',
          null,
          h('a', { href: c.href, class: 'fxs-breadcrumb-link' }, c.label),
          i < crumbs.length ? icon('chevronRight', 'fxs-breadcrumb-separator') : null,
        ),
      ),
    );
    breadcrumb.appendChild(ol);
    breadcrumb.hidden = !crumbs.length;
    header.hidden = route.kind === 'home';
    closeBtn.onclick = () => {
      location.hash = crumbs[crumbs.length - 1]?.href ?? HASH.home;
    };
  };

  if (cfg.mode === 'iframe') {
    const fluent = cfg.rendering === 'default' ? null : cfg.rendering;
    const frameOrigin = fluent ? FLUENT_FRAME_ORIGIN : FRAME_ORIGIN;
    const src = new URL(`${FRAME_ORIGIN}/reactview/index.html`);
    src.searchParams.set('replicaLang', cfg.lang);
    src.searchParams.set('replicaVariant', cfg.variant);
    src.searchParams.set('replicaAuthExperience', cfg.authExperience);
    src.searchParams.set('replicaDelay', String(cfg.delay));
    src.searchParams.set('parentOrigin', location.origin);
    // replicaFrameRoute=hidden: the frame's own URL never carries the route (the sensor must read such
    // frames by content; the benchmark uses it for its worst case, every reader watching).
    if (new URLSearchParams(location.search).get('replicaFrameRoute') === 'hidden') src.searchParams.set('replicaFrameRoute', 'hidden');
    else src.hash = normalizeHash(location.hash).slice(1);
    const frame = h('iframe', {
      class: `fxs-reactview-frame fxs-part-frame${fluent ? ' fxs-reactview-frame-active' : ''}`,
      title: 'ReactView',
      name: 'ReactView',
      src: fluent ? fluentFrameSrc({ ...cfg, rendering: fluent, parentOrigin: location.origin }) : src.toString(),
      allow: 'clipboard-read; clipboard-write',
    });
    container.appendChild(frame);
    container.classList.add('fxs-blade-content-framed');
    const post = (m: Message) => frame.contentWindow?.postMessage(m, frameOrigin);
    window.addEventListener('message', (e) => {
      if (e.origin !== frameOrigin || e.source !== frame.contentWindow) return;
      const m = asMessage(e.data);
      if (!m) return;
      if (m.type === 'replica:ready') post({ type: 'replica:navigate', hash: normalizeHash(location.hash) });
      else if (m.type === 'replica:navigate') {
        if (normalizeHash(location.hash) !== normalizeHash(m.hash)) location.hash = m.hash;
      } else if (m.type === 'replica:title') {
        if (routeKey(parseRoute(m.hash)) === routeKeyNow) setTitle(m.title, m.subtitle);
      } else if (m.type === 'replica:notify') showToast(m.kind, m.title, m.text);
    });
    const onHash = () => {
      const next = parseRoute(location.hash);
      const key = routeKey(next);
      route = next;
      if (key !== routeKeyNow) setTitle('', '');
      routeKeyNow = key;
      updateChrome();
      post({ type: 'replica:navigate', hash: normalizeHash(location.hash) });
    };
    window.addEventListener('hashchange', onHash);
    updateChrome();
    setTitle('', '');
    (window as Window & { __replicaBench?: { rerender(): void } }).__replicaBench = { rerender: () => post({ type: 'replica:bench' }) };
    return;
  }

  const renderer = createRenderer({
    container,
    overlay,
    session,
    navigate: (hash) => {
      location.hash = hash;
    },
    notify: showToast,
    onTitle: (title, sub) => setTitle(title, sub),
  });
  const onHash = () => {
    route = parseRoute(location.hash);
    routeKeyNow = routeKey(route);
    updateChrome();
    renderer.render(location.hash);
  };
  window.addEventListener('hashchange', onHash);
  onHash();
}

// ---------------------------------------------------------------- ReactView frame

function startFrame(session: SessionInfo): void {
  const root = document.getElementById('reactview-root') ?? document.body;
  clear(root);
  const container = h('div', { class: 'fxs-blade-content-container fxs-reactview-content' });
  const overlay = h('div', { class: 'fxs-overlay-host' });
  root.append(container, overlay);
  const framed = window.parent !== window;
  const toParent = (m: Message) => {
    if (framed) window.parent.postMessage(m, cfg.parentOrigin);
  };
  const renderer = createRenderer({
    container,
    overlay,
    session,
    navigate: (hash) => {
      if (framed) toParent({ type: 'replica:navigate', hash: normalizeHash(hash) });
      else location.hash = hash;
    },
    notify: (kind, title, text = '') => (framed ? toParent({ type: 'replica:notify', kind, title, text }) : showToast(kind, title, text)),
    onTitle: (title, subtitle) => {
      document.title = title || 'ReactView';
      toParent({ type: 'replica:title', hash: normalizeHash(location.hash), title, subtitle });
    },
  });
  const renderHere = (hash: string) => {
    renderer.render(hash);
    toParent({ type: 'replica:title', hash: normalizeHash(location.hash), ...renderer.title });
  };
  const hideRoute = new URLSearchParams(location.search).get('replicaFrameRoute') === 'hidden';
  if (framed) {
    // In-blade links go through the portal, which owns the address bar.
    document.addEventListener('click', (e) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
      if (!a) return;
      e.preventDefault();
      toParent({ type: 'replica:navigate', hash: normalizeHash(a.getAttribute('href') ?? '#home') });
    });
    window.addEventListener('message', (e) => {
      if (e.origin !== cfg.parentOrigin || e.source !== window.parent) return;
      const m = asMessage(e.data);
      if (m?.type === 'replica:navigate') {
        const hash = normalizeHash(m.hash);
        if (!hideRoute && normalizeHash(location.hash) !== hash) history.replaceState(null, '', hash);
        renderHere(hash);
      } else if (m?.type === 'replica:bench') {
        (window as Window & { __replicaBench?: { rerender(): void } }).__replicaBench?.rerender();
      }
    });
  } else {
    window.addEventListener('hashchange', () => renderHere(location.hash));
  }
  renderHere(location.hash);
  toParent({ type: 'replica:ready' });
}

async function main(): Promise<void> {
  let session: SessionInfo;
  try {
    session = await api<SessionInfo>('GET', 'session');
  } catch {
    session = { tenant: { id: '', domain: 'contoso.onmicrosoft.com', displayName: 'Contoso' }, user: { name: 'Admin', upn: 'admin@contoso.onmicrosoft.com' } };
  }
  if (cfg.frame) startFrame(session);
  else startTop(session);
}

void main();
