/** Portal building blocks: context pane, confirm dialog, tabs, menu blade, essentials, info boxes. */
import { h, icon, uid, clear, type Child } from './dom';
import type { BladeContext } from './core';

export interface Pane {
  root: HTMLElement;
  body: HTMLElement;
  footer: HTMLElement;
  setTitle(title: string): void;
  close(): void;
}

/** The right-side context pane (`fxs-contextpane`), a modal dialog. */
export function openPane(ctx: BladeContext, title: string, onClose?: () => void): Pane {
  ctx.overlay.querySelector('.fxs-contextpane-host')?.remove();
  const titleId = uid('fxs-contextpane-title');
  const heading = h('h2', { class: 'fxs-contextpane-title fxs-blade-title-titleText', id: titleId }, title);
  const body = h('div', { class: 'fxs-contextpane-content fxs-blade-content-wrapper' });
  const footer = h('div', { class: 'fxs-contextpane-footer msportalfx-form-footer' });
  const closeBtn = h(
    'button',
    { type: 'button', class: 'fxs-blade-close fxs-contextpane-close', 'aria-label': ctx.L.close, title: ctx.L.close },
    icon('close'),
  );
  const root = h(
    'div',
    { class: 'fxs-contextpane-host' },
    h('div', { class: 'fxs-contextpane-scrim', 'aria-hidden': 'true' }),
    h(
      'section',
      { class: 'fxs-contextpane fxs-blade', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
      h('header', { class: 'fxs-contextpane-header fxs-blade-header' }, h('div', { class: 'fxs-blade-title' }, heading), closeBtn),
      body,
      footer,
    ),
  );
  let closed = false;
  const pane: Pane = {
    root,
    body,
    footer,
    setTitle: (t) => {
      heading.textContent = t;
    },
    close: () => {
      if (closed) return;
      closed = true;
      root.remove();
      document.removeEventListener('keydown', onKey);
      onClose?.();
    },
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') pane.close();
  };
  document.addEventListener('keydown', onKey);
  closeBtn.addEventListener('click', () => pane.close());
  ctx.onLeave(() => pane.close());
  ctx.overlay.appendChild(root);
  return pane;
}

/** A modal confirmation (role=alertdialog) with Yes/No buttons. */
export function confirmDialog(ctx: BladeContext, title: string, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = uid('fxs-dialog-title');
    const textId = uid('fxs-dialog-text');
    const yes = h('button', { type: 'button', class: 'fxs-button fxs-button-primary' }, ctx.L.yes);
    const no = h('button', { type: 'button', class: 'fxs-button' }, ctx.L.no);
    const root = h(
      'div',
      { class: 'fxs-dialog-host' },
      h('div', { class: 'fxs-dialog-scrim', 'aria-hidden': 'true' }),
      h(
        'div',
        { class: 'fxs-dialog msportalfx-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': textId },
        h('h2', { class: 'fxs-dialog-title', id: titleId }, title),
        h('p', { class: 'fxs-dialog-text', id: textId }, text),
        h('div', { class: 'fxs-dialog-buttons' }, yes, no),
      ),
    );
    const done = (v: boolean) => {
      root.remove();
      resolve(v);
    };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    ctx.onLeave(() => done(false));
    ctx.overlay.appendChild(root);
    yes.focus();
  });
}

export function infoBox(kind: 'info' | 'warning' | 'success' | 'error', ...children: Child[]): HTMLElement {
  const iconName = kind === 'success' ? 'check' : kind === 'info' ? 'info' : 'warning';
  return h(
    'div',
    { class: `msportalfx-infobox msportalfx-infobox-${kind} fxs-infobox`, role: kind === 'error' ? 'alert' : 'note' },
    icon(iconName, 'msportalfx-infobox-icon'),
    h('div', { class: 'msportalfx-infobox-text' }, ...children),
  );
}

export interface TabDef {
  id: string;
  label: string;
  render: (panel: HTMLElement) => void;
}

/** role=tablist + role=tabpanel. Returns a function to relabel tabs. */
export function tabs(
  tabDefs: TabDef[],
  selected: string,
  ariaLabel: string,
): { root: HTMLElement; relabel(id: string, label: string): void; select(id: string): void } {
  const list = h('div', { class: 'fxc-pivot azc-tabs', role: 'tablist', 'aria-label': ariaLabel });
  const panel = h('div', { class: 'fxc-pivot-panel', role: 'tabpanel' });
  const buttons = new Map<string, HTMLButtonElement>();
  const select = (id: string) => {
    const def = tabDefs.find((t) => t.id === id) ?? tabDefs[0];
    if (!def) return;
    for (const [tid, b] of buttons) {
      const on = tid === def.id;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      b.classList.toggle('fxc-pivot-selected', on);
    }
    panel.setAttribute('aria-labelledby', buttons.get(def.id)?.id ?? '');
    clear(panel);
    def.render(panel);
  };
  for (const t of tabDefs) {
    const b = h('button', { type: 'button', role: 'tab', id: uid('fxc-tab'), class: 'fxc-pivot-item', 'aria-selected': 'false' }, t.label);
    b.addEventListener('click', () => select(t.id));
    buttons.set(t.id, b);
    list.appendChild(b);
  }
  select(selected);
  return {
    root: h('div', { class: 'fxc-pivot-container' }, list, panel),
    relabel: (id, label) => {
      const b = buttons.get(id);
      if (b) b.textContent = label;
    },
    select,
  };
}

export interface MenuItem {
  section: string;
  label: string;
  icon: string;
  href: string;
}

/** A MenuBlade: left resource menu + content area. Returns the content element. */
export function menuBlade(ctx: BladeContext, groups: { label?: string; items: MenuItem[] }[], active: string): HTMLElement {
  const search = h('input', { type: 'search', class: 'fxs-menu-search azc-input', placeholder: `${ctx.L.searchMenu}`, 'aria-label': ctx.L.searchMenu });
  const nav = h('nav', { class: 'fxs-menu fxs-resourcemenu', 'aria-label': ctx.L.resourceMenu });
  nav.appendChild(h('div', { class: 'fxs-menu-search-container' }, icon('search'), search));
  const links: HTMLElement[] = [];
  for (const g of groups) {
    const ul = h('ul', { class: 'fxs-menu-group-items' });
    for (const item of g.items) {
      const a = h(
        'a',
        {
          href: item.href,
          class: `fxs-menu-item${item.section === active ? ' fxs-menu-item-selected' : ''}`,
          'aria-current': item.section === active ? 'page' : null,
        },
        icon(item.icon, 'fxs-menu-item-icon'),
        h('span', { class: 'fxs-menu-item-label' }, item.label),
      );
      links.push(a);
      ul.appendChild(h('li', null, a));
    }
    nav.appendChild(
      h('div', { class: 'fxs-menu-group' }, g.label ? h('div', { class: 'fxs-menu-group-header', role: 'heading', 'aria-level': 3 }, g.label) : null, ul),
    );
  }
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    for (const a of links) (a.parentElement as HTMLElement).hidden = !!q && !(a.textContent ?? '').toLowerCase().includes(q);
  });
  const content = h('div', { class: 'fxs-menublade-content fxs-blade-content-section' });
  ctx.content.appendChild(h('div', { class: 'fxs-menublade' }, nav, content));
  return content;
}

export interface EssentialsItem {
  label: string;
  id?: string;
}

/** Essentials panel: labelled dt/dd pairs; values filled later via the returned setters. */
export function essentials(title: string, columns: EssentialsItem[][]): { root: HTMLElement; set(label: string, ...value: Child[]): void } {
  const dds = new Map<string, HTMLElement>();
  const cols = columns.map((items) => {
    const dl = h('dl', { class: 'msportalfx-essentials-column' });
    for (const item of items) {
      const dtId = uid('essentials-label');
      const dd = h(
        'dd',
        { class: 'msportalfx-essentials-value', 'aria-labelledby': dtId, 'aria-busy': 'true' },
        h('span', { class: 'msportalfx-shimmer', 'aria-hidden': 'true' }),
      );
      dds.set(item.label, dd);
      dl.appendChild(h('div', { class: 'msportalfx-essentials-item' }, h('dt', { class: 'msportalfx-essentials-label', id: dtId }, item.label), dd));
    }
    return dl;
  });
  const headerId = uid('essentials-header');
  const body = h('div', { class: 'msportalfx-essentials-body', id: uid('essentials-body') }, ...cols);
  const toggle = h(
    'button',
    { type: 'button', class: 'msportalfx-essentials-toggle', 'aria-expanded': 'true', 'aria-controls': body.id, id: headerId },
    icon('chevronDown'),
    h('span', null, title),
  );
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    body.hidden = !open;
  });
  const root = h('section', { class: 'msportalfx-essentials', 'aria-labelledby': headerId }, h('h2', { class: 'msportalfx-essentials-header' }, toggle), body);
  return {
    root,
    set: (label, ...value) => {
      const dd = dds.get(label);
      if (!dd) return;
      clear(dd);
      dd.removeAttribute('aria-busy');
      dd.appendChild(h('div', { class: 'msportalfx-essentials-value-content' }, ...value));
    },
  };
}

export function sectionHeading(text: string, level: 2 | 3 = 2): HTMLElement {
  return h(level === 2 ? 'h2' : 'h3', { class: 'msportalfx-section-header' }, text);
}

export function link(href: string, text: string, cls = 'msportalfx-text-link'): HTMLAnchorElement {
  return h('a', { href, class: cls }, text);
}

/** A grid row (`fxc-gc-row`) with gridcells. */
export function gridRow(cells: Child[], cls = ''): HTMLElement {
  return h('div', { class: `fxc-gc-row ${cls}`.trim(), role: 'row' }, ...cells.map((c) => h('div', { class: 'fxc-gc-cell', role: 'gridcell' }, c)));
}

export function gridHeader(cols: string[]): HTMLElement {
  return h(
    'div',
    { class: 'fxc-gc-row fxc-gc-header-row', role: 'row' },
    ...cols.map((c) => h('div', { class: 'fxc-gc-columnheader', role: 'columnheader' }, c ? c : h('span', { class: 'msportalfx-visually-hidden' }, ''))),
  );
}

export function errorBox(ctx: BladeContext, message: string): HTMLElement {
  return infoBox('error', h('strong', null, ctx.L.requestFailed), ' ', message);
}
