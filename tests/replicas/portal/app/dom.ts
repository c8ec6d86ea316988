/** Small DOM helpers for the replica's vanilla client. */

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

let idCounter = 0;
/** A unique element id with a portal-like prefix. */
export function uid(prefix = 'fxc'): string {
  idCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${idCounter}`;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...c);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

/** `h('button', { class: 'x', onclick: () => ... }, 'text')` */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (typeof value === 'function') {
        el.addEventListener(key.replace(/^on/, ''), value);
      } else if (key === 'value' && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)) {
        el.value = String(value);
      } else if (key === 'checked' && el instanceof HTMLInputElement) {
        el.checked = value === true;
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
  }
  append(el, ...children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

const ICON_PATHS: Record<string, string> = {
  plus: 'M8 1v14M1 8h14',
  close: 'M3 3l10 10M13 3L3 13',
  copy: 'M5 5h8v9H5zM3 11V2h7',
  trash: 'M2 4h12M6 4V2h4v2M4 4l1 10h6l1-10M7 7v5M9 7v5',
  refresh: 'M13 8a5 5 0 1 1-1.5-3.5M13 2v3h-3',
  check: 'M2 8.5l4 4L14 4',
  warning: 'M8 1.5L15 14H1zM8 6v4M8 11.5v1',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM8 7v5M8 4.5v1',
  search: 'M6.5 1.5a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM10 10l4.5 4.5',
  home: 'M1.5 8L8 2l6.5 6M3.5 6.5V14h3.5v-4h2v4h3.5V6.5',
  globe: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM1 8h14M8 1c2.2 2 2.2 12 0 14M8 1c-2.2 2-2.2 12 0 14',
  grid: 'M2 2h5v5H2zM9 2h5v5H9zM2 9h5v5H2zM9 9h5v5H9z',
  key: 'M10 2a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM7 9l-5.5 5.5M3 13l1.5 1.5M4.5 11.5L6 13',
  shield: 'M8 1l6 2.5v4c0 3.5-2.5 6-6 7.5-3.5-1.5-6-4-6-7.5v-4z',
  lock: 'M4 7V5a4 4 0 0 1 8 0v2M3 7h10v8H3z',
  people: 'M6 7a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1 15c0-3 2.2-5 5-5s5 2 5 5M11 1.5a3 3 0 0 1 0 5.5M13 10c1.2.8 2 2.5 2 5',
  gear: 'M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.5 1.5M11.5 11.5L13 13M3 13l1.5-1.5M11.5 4.5L13 3',
  bell: 'M4 11V7a4 4 0 0 1 8 0v4l1.5 2h-11zM6.5 14.5h3',
  question: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM6 6a2 2 0 1 1 2.5 2c-.5.2-.5.8-.5 1.5M8 11.5v1',
  menu: 'M1.5 3.5h13M1.5 8h13M1.5 12.5h13',
  chevronRight: 'M6 3l5 5-5 5',
  chevronDown: 'M3 6l5 5 5-5',
  chevronLeft: 'M10 3L5 8l5 5',
  ellipsis: 'M3 8h.01M8 8h.01M13 8h.01',
  download: 'M8 1v10M4 7l4 4 4-4M2 14h12',
  feedback: 'M2 2h12v9H6l-4 3z',
  endpoints: 'M2 8h12M10 4l4 4-4 4M6 4L2 8l4 4',
  book: 'M2 2h5a1 1 0 0 1 1 1v11a1 1 0 0 0-1-1H2zM14 2H9a1 1 0 0 0-1 1v11a1 1 0 0 1 1-1h5z',
  save: 'M2 2h10l2 2v10H2zM5 2v4h6V2M5 14V9h6v5',
  undo: 'M4 6h6a4 4 0 0 1 0 8H6M4 6l3-3M4 6l3 3',
  cube: 'M8 1l6 3.5v7L8 15l-6-3.5v-7zM2 4.5L8 8l6-3.5M8 8v7',
  bolt: 'M9 1L3 9h4l-1 6 6-8H8z',
  bench: 'M2 14V8M6 14V4M10 14V6M14 14V2',
};

export function icon(name: keyof typeof ICON_PATHS | string, cls = ''): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', `msportalfx-svg-icon fxs-icon-${name} ${cls}`.trim());
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', ICON_PATHS[name] ?? ICON_PATHS.info ?? '');
  svg.appendChild(path);
  return svg;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Visually hidden text for screen readers. */
export function srOnly(text: string): HTMLSpanElement {
  return h('span', { class: 'msportalfx-visually-hidden' }, text);
}

export function spinner(label: string): HTMLElement {
  return h(
    'div',
    { class: 'fxs-blade-progress msportalfx-loading', role: 'progressbar', 'aria-label': label, 'aria-busy': 'true' },
    h('span', { class: 'fxs-progress-dots', 'aria-hidden': 'true' }, h('span'), h('span'), h('span')),
  );
}

export function shimmer(): HTMLElement {
  return h('span', { class: 'msportalfx-shimmer', 'aria-hidden': 'true' });
}

async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall back to the legacy path (e.g. clipboard permission denied in a frame).
  }
  const ta = h('textarea', { class: 'msportalfx-offscreen', 'aria-hidden': 'true', readonly: true });
  ta.value = text;
  document.body.appendChild(ta);
  ta.select();
  try {
    document.execCommand('copy');
  } catch {
    // nothing more to try
  }
  ta.remove();
}

/** The Fluent MDL2 "Copy" glyph: the portal's icon fonts draw icons from the Unicode private-use area. */
export const COPY_GLYPH = '\uE8C8';

/**
 * A Knockout button: a `div[role=button]` (not a `<button>`), named by `aria-label`, disabled by
 * `aria-disabled`, activated by click, Enter and Space.
 */
export function roleButton(attrs: Attrs, onClick: () => void, ...children: Child[]): HTMLElement {
  const el = h('div', { role: 'button', tabindex: 0, ...attrs }, ...children);
  const activate = (e: Event) => {
    if (el.getAttribute('aria-disabled') === 'true') return;
    e.preventDefault();
    onClick();
  };
  el.addEventListener('click', activate);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') activate(e);
  });
  return el;
}

/** Enables or disables a `roleButton` (or a toolbar item holding one). */
export function setDisabled(el: HTMLElement, disabled: boolean): void {
  const target = el.matches('[role=button]') ? el : (el.querySelector<HTMLElement>('[role=button]') ?? el);
  if (disabled) target.setAttribute('aria-disabled', 'true');
  else target.removeAttribute('aria-disabled');
  target.tabIndex = disabled ? -1 : 0;
  target.classList.toggle('fxs-button-disabled', disabled);
  el.classList.toggle('azc-toolbarButton-disabled', disabled && el.classList.contains('azc-toolbarButton'));
}

/** The portal's form button (`div.fxs-button[role=button]` with its text in `.fxs-button-text`). */
export function portalButton(opts: { label: string; onClick: () => void; primary?: boolean; disabled?: boolean }): HTMLElement {
  const el = roleButton(
    { class: `fxs-button fxt-button fxs-inner-solid-border${opts.primary ? ' fxs-portal-button-primary' : ''}`, title: opts.label },
    opts.onClick,
    h('div', { class: 'fxs-button-text' }, opts.label),
  );
  if (opts.disabled) setDisabled(el, true);
  return el;
}

/**
 * The portal's copy button next to a value: `div[role=button]` named "Copy to clipboard" whose
 * icon is an icon-font glyph (a private-use character in the element's text). Copies `getText()`
 * and shows a transient "Copied" tooltip.
 */
export function copyButton(getText: () => string, labels: { copy: string; copied: string }): HTMLElement {
  const btn = roleButton(
    { class: 'fxs-copyable-button azc-copyableLabel-button', 'aria-label': labels.copy, title: labels.copy },
    () => {
      void writeClipboard(getText()).then(() => {
        btn.querySelector('.msportalfx-copied-tooltip')?.remove();
        const tip = h('span', { class: 'msportalfx-copied-tooltip', role: 'status' }, labels.copied);
        btn.appendChild(tip);
        setTimeout(() => tip.remove(), 1800);
      });
    },
    h('span', { class: 'fxs-icon-glyph fxs-icon-glyph-copy', 'aria-hidden': 'true' }, COPY_GLYPH),
  );
  // The portal's own handler keeps the click from reaching the row (selection) below it.
  btn.addEventListener('click', (e) => e.stopPropagation());
  return btn;
}

/**
 * A Knockout command bar item: `li.azc-toolbarButton > div.azc-toolbarButton-container[role=button]`
 * named by `aria-label`, its text in `.azc-toolbarButton-label`. `bare` renders the redesign's
 * icon-only item, without role, name or text.
 */
export function toolbarButton(opts: { label: string; icon: string; onClick: () => void; disabled?: boolean; bare?: boolean; primary?: boolean }): HTMLElement {
  const li = h('li', { class: `azc-toolbarButton fxs-commandBar-item${opts.primary ? ' azc-toolbarButton-primary' : ''}`, role: 'presentation' });
  if (opts.bare) {
    li.classList.add('fxs-commandbar-iconOnly');
    const container = h('div', { class: 'azc-toolbarButton-container' }, h('div', { class: 'azc-toolbarButton-icon' }, icon(opts.icon)));
    container.addEventListener('click', () => opts.onClick());
    li.appendChild(container);
    return li;
  }
  li.title = opts.label;
  li.appendChild(
    roleButton(
      { class: 'azc-toolbarButton-container fxs-commandBar-item-buttoncontainer', 'aria-label': opts.label },
      opts.onClick,
      h('div', { class: 'azc-toolbarButton-icon fxs-commandBar-item-icon' }, icon(opts.icon)),
      h('div', { class: 'azc-toolbarButton-label fxs-commandBar-item-text' }, opts.label),
    ),
  );
  if (opts.disabled) setDisabled(li, true);
  return li;
}

/** The command bar: `div.fxs-commandBar` around `ul.azc-toolbar-container` of toolbar items. */
export function toolbar(label: string, ...buttons: Child[]): HTMLElement {
  return h(
    'div',
    { class: 'fxs-commandBar azc-toolbar msportalfx-commandbar' },
    h('ul', { class: 'azc-toolbar-container fxs-commandBar-itemList', role: 'toolbar', 'aria-label': label }, ...buttons),
  );
}

export function formatDate(iso: string, lang: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-US', { year: 'numeric', month: 'numeric', day: 'numeric' });
}

export function formatDateTime(iso: string, lang: string): string {
  const d = new Date(iso);
  return d.toLocaleString(lang === 'de' ? 'de-DE' : 'en-US', { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** Two-letter badge like the portal's app initials. */
export function initials(name: string): string {
  const parts = name.split(/[\s\-_.]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? parts[0]?.[1] ?? '')).toUpperCase();
}

const BADGE_COLORS = ['#0078d4', '#8764b8', '#038387', '#ca5010', '#498205', '#c239b3', '#986f0b', '#4f6bed'];
export function badge(name: string): HTMLElement {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return h(
    'span',
    { class: 'msportalfx-initials-badge', 'aria-hidden': 'true', style: `background:${BADGE_COLORS[hash % BADGE_COLORS.length]}` },
    initials(name),
  );
}
