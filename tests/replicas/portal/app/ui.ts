/** Portal building blocks: context pane, confirm dialog, tabs, menu blade, essentials, info boxes. */
import { append, clear, copyButton, h, icon, portalButton, roleButton, uid, type Child } from './dom';
import type { BladeContext } from './core';

export interface Pane {
  root: HTMLElement;
  body: HTMLElement;
  footer: HTMLElement;
  setTitle(title: string): void;
  close(): void;
}

/**
 * The right-side context pane of the Knockout portal: `section.fxs-contextpane` with
 * `role=complementary`, named by its title. Not a modal dialog: no scrim, no `aria-modal`, the
 * blade behind it stays usable; Escape or its close button dismisses it.
 */
export function openPane(ctx: BladeContext, title: string, onClose?: () => void): Pane {
  ctx.overlay.querySelector('.fxs-contextpane-container')?.remove();
  const titleId = uid('fxs-contextpane-title');
  const heading = h('h2', { class: 'fxs-blade-title-titleText msportalfx-tooltip-overflow', id: titleId }, title);
  const body = h('div', { class: 'fxs-blade-content fxs-contextpane-content' });
  const footer = h('div', { class: 'fxs-blade-actionbar fxs-contextpane-actionbar' });
  const closeBtn = roleButton(
    { class: 'fxs-blade-close fxs-contextpane-close', 'aria-label': ctx.L.close, title: ctx.L.close },
    () => pane.close(),
    icon('close'),
  );
  const root = h(
    'div',
    { class: 'fxs-contextpane-container' },
    h(
      'section',
      { class: 'fxs-contextpane fxs-contextpane-right fxs-blade fxs-blade-maximized', role: 'complementary', 'aria-labelledby': titleId },
      h(
        'header',
        { class: 'fxs-blade-header fxs-contextpane-header' },
        h('div', { class: 'fxs-blade-title' }, heading),
        h('div', { class: 'fxs-blade-actions' }, closeBtn),
      ),
      h('div', { class: 'fxs-blade-content-container fxs-contextpane-content-container' }, body),
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
  ctx.onLeave(() => pane.close());
  ctx.overlay.appendChild(root);
  return pane;
}

/** A modal confirmation (role=alertdialog) with Yes/No buttons. */
export function confirmDialog(ctx: BladeContext, title: string, text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = uid('fxs-dialog-title');
    const textId = uid('fxs-dialog-text');
    const yes = portalButton({ label: ctx.L.yes, primary: true, onClick: () => done(true) });
    const no = portalButton({ label: ctx.L.no, onClick: () => done(false) });
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
}

export interface Essentials {
  root: HTMLElement;
  /** Shows `value` (links, text) for the item labelled `label`. */
  set(label: string, ...value: Child[]): void;
  /**
   * Shows a copyable value the way the portal does: the text, its copy button and a hidden
   * duplicate of the text all in the one value element.
   */
  setCopyable(label: string, value: string, labels: { copy: string; copied: string }): void;
}

let weaveId = 0;
/** Knockout's generated element ids. */
function weave(): string {
  weaveId += 1;
  return `_weave_e_${weaveId}`;
}

/**
 * Essentials in the Knockout portal's `fxc-essentials-*` layout: per item a label element and a
 * value element that names it by `aria-labelledby`; values are filled in once loaded.
 */
export function essentials(title: string, columns: EssentialsItem[][]): Essentials {
  const values = new Map<string, HTMLElement>();
  const cols = columns.map((items, i) =>
    h(
      'div',
      { class: `fxc-essentials-column fxc-essentials-column-${i === 0 ? 'left' : 'right'}` },
      ...items.map((item) => {
        const labelId = weave();
        const value = h(
          'div',
          { class: 'fxc-essentials-value msportalfx-tooltip-overflow', 'aria-labelledby': labelId, 'aria-busy': 'true' },
          h('span', { class: 'msportalfx-shimmer', 'aria-hidden': 'true' }),
        );
        values.set(item.label, value);
        return h(
          'div',
          { class: 'fxc-essentials-item' },
          h(
            'div',
            { class: 'fxc-essentials-label-container' },
            h('label', { class: 'fxc-essentials-label msportalfx-tooltip-overflow', id: labelId }, item.label),
          ),
          h('div', { class: 'fxc-essentials-value-wrapper' }, value),
        );
      }),
    ),
  );
  const body = h('div', { class: 'fxc-essentials-columns', id: weave() }, ...cols);
  const expander = roleButton(
    { class: 'fxc-essentials-expander', 'aria-expanded': 'true', 'aria-controls': body.id },
    () => {
      const open = expander.getAttribute('aria-expanded') !== 'true';
      expander.setAttribute('aria-expanded', String(open));
      body.style.display = open ? '' : 'none';
    },
    icon('chevronDown', 'fxc-essentials-expander-icon'),
    h('span', { class: 'fxc-essentials-title' }, title),
  );
  const root = h('div', { class: 'fxc-essentials azc-control' }, h('div', { class: 'fxc-essentials-header' }, expander), body);
  const fill = (label: string, ...children: Child[]) => {
    const el = values.get(label);
    if (!el) return;
    clear(el);
    el.removeAttribute('aria-busy');
    append(el, ...children);
  };
  return {
    root,
    set: fill,
    setCopyable: (label, value, labels) =>
      fill(
        label,
        value,
        copyButton(() => value, labels),
        h('span', { class: 'fxc-essentials-copyable-text', style: 'display: none;' }, value),
      ),
  };
}

export function sectionHeading(text: string, level: 2 | 3 = 2): HTMLElement {
  return h(level === 2 ? 'h2' : 'h3', { class: 'msportalfx-section-header' }, text);
}

export function link(href: string, text: string, cls = 'msportalfx-text-link'): HTMLAnchorElement {
  return h('a', { href, class: cls }, text);
}

export interface DataGrid {
  /** `div.fxc-gc.azc-fabric.fxc-gc-dataGrid`, to mount. */
  root: HTMLElement;
  /** The `role=grid` element (`.fxc-gc-table`). */
  table: HTMLElement;
  /** Where data rows go (`role=rowgroup`). */
  body: HTMLElement;
  /** Shows `text` instead of rows (or hides it with ''). */
  setEmpty(text: string): void;
}

/**
 * A Knockout data grid: `fxc-gc azc-fabric fxc-gc-dataGrid` around `.fxc-gc-table[role=grid]`,
 * a header row of `.fxc-gc-columnheader` and data rows added with `gridRow`.
 */
export function dataGrid(label: string, columns: string[], cls = ''): DataGrid {
  const header = h(
    'div',
    { class: 'fxc-gc-row fxc-gc-row-header', role: 'row' },
    ...columns.map((c) =>
      h(
        'div',
        { class: 'fxc-gc-columnheader', role: 'columnheader' },
        h('div', { class: 'fxc-gc-columnheader-content' }, c ? h('span', { class: 'fxc-gc-text' }, c) : null),
      ),
    ),
  );
  const body = h('div', { class: 'fxc-gc-tbody', role: 'rowgroup' });
  const table = h(
    'div',
    { class: 'fxc-gc-table', role: 'grid', 'aria-label': label, 'aria-colcount': columns.length },
    h('div', { class: 'fxc-gc-thead', role: 'rowgroup' }, header),
    body,
  );
  const empty = h('div', { class: 'fxc-gc-noRowsMessage', style: 'display: none;' });
  const root = h('div', { class: `fxc-gc azc-fabric fxc-gc-dataGrid ${cls}`.trim() }, h('div', { class: 'fxc-gc-tablecontainer' }, table), empty);
  return {
    root,
    table,
    body,
    setEmpty: (text) => {
      empty.textContent = text;
      empty.style.display = text ? '' : 'none';
    },
  };
}

/** A data row: `.fxc-gc-row[role=row]` whose gridcells sit in a `.fxc-gc-row-content` wrapper. */
export function gridRow(cells: Child[], cls = ''): HTMLElement {
  return h(
    'div',
    { class: `fxc-gc-row ${cls}`.trim(), role: 'row' },
    h('div', { class: 'fxc-gc-row-content' }, ...cells.map((c) => h('div', { class: 'fxc-gc-cell', role: 'gridcell' }, c))),
  );
}

export function errorBox(ctx: BladeContext, message: string): HTMLElement {
  return infoBox('error', h('strong', null, ctx.L.requestFailed), ' ', message);
}
