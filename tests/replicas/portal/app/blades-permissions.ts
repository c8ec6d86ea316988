/** API permissions (`~/CallAnAPI`): configured permissions grid, admin consent, "Request API permissions" pane. */
import type { CatalogPermission, CatalogResource, PermissionStatus, PermissionType } from '../api-types';
import { api, bare, type BladeContext } from './core';
import { clear, h, icon, portalButton, roleButton, setDisabled, spinner, toolbar, toolbarButton, uid } from './dom';
import { loadApp } from './app-common';
import { confirmDialog, dataGrid, errorBox, gridRow, infoBox, openPane, sectionHeading, tabs, type Pane } from './ui';

let catalogCache: Promise<CatalogResource[]> | undefined;
function loadCatalog(): Promise<CatalogResource[]> {
  catalogCache ??= api<CatalogResource[]>('GET', 'resources');
  catalogCache.catch(() => {
    catalogCache = undefined;
  });
  return catalogCache;
}

/** Tiles and org APIs shown for realism; they expose nothing in the replica. */
const DECORATIVE_TILES = [
  'Azure Rights Management Services',
  'Azure Service Management',
  'Dynamics 365 Business Central',
  'Intune',
  'Office 365 Management APIs',
  'SharePoint',
  'Skype for Business',
];
const DECORATIVE_ORG_APIS: [string, string][] = [
  ['Office 365 SharePoint Online', '00000003-0000-0ff1-ce00-000000000000'],
  ['Skype for Business Online', '00000004-0000-0ff1-ce00-000000000000'],
  ['Windows Azure Active Directory', '00000002-0000-0000-c000-000000000000'],
  ['Windows Azure Service Management API', '797f4846-ba00-4fd7-ba43-dac1f8f63013'],
];

function groupName(p: CatalogPermission, openId: string): string {
  if (['openid', 'email', 'profile', 'offline_access'].includes(p.value)) return openId;
  const dot = p.value.indexOf('.');
  return dot > 0 ? p.value.slice(0, dot) : p.value;
}

export async function permissionsSection(ctx: BladeContext, content: HTMLElement, appId: string): Promise<void> {
  const { L } = ctx;
  const tenant = ctx.session.tenant.displayName;
  const app = await loadApp(ctx, content, appId);
  if (!app) return;
  const gridHost = h('div', { class: 'fxc-gc-host' });
  const warning = h('div', { class: 'fxs-permissions-warning' });
  let statuses: PermissionStatus[] = [];

  const renderGrid = () => {
    if (!ctx.alive()) return;
    const grid = dataGrid(L.configuredPermissions, [L.apiPermissionName, L.type, L.description, L.adminConsentRequired, L.status, ''], 'fxs-permissions-grid');
    const byResource = new Map<string, PermissionStatus[]>();
    for (const s of statuses) byResource.set(s.resourceDisplayName, [...(byResource.get(s.resourceDisplayName) ?? []), s]);
    for (const [resourceName, perms] of byResource) {
      const rows: HTMLElement[] = [];
      const toggle = roleButton(
        { class: 'fxc-gc-group-expander', 'aria-expanded': 'true' },
        () => {
          const open = toggle.getAttribute('aria-expanded') !== 'true';
          toggle.setAttribute('aria-expanded', String(open));
          for (const r of rows) r.hidden = !open;
        },
        icon('chevronDown'),
        ` ${resourceName} (${perms.length})`,
      );
      grid.body.appendChild(gridRow([toggle, '', '', '', '', ''], 'fxc-gc-group-row'));
      for (const p of perms) {
        const more = roleButton(
          { class: 'fxs-icon-button', 'aria-label': L.moreActions(p.value), 'aria-haspopup': 'menu', title: L.moreActions(p.value) },
          () => openMenu(more, p),
          icon('ellipsis'),
        );
        more.addEventListener('click', (e) => e.stopPropagation());
        const status = p.granted
          ? h('span', { class: 'fxs-status-granted' }, icon('check', 'fxs-status-icon-success'), ` ${L.grantedFor(tenant)}`)
          : h('span', { class: 'fxs-status-notgranted' }, icon('warning', 'fxs-status-icon-warning'), ` ${L.notGrantedFor(tenant)}`);
        const row = gridRow(
          [
            h('span', { class: 'fxs-permission-name msportalfx-text-link' }, p.value),
            p.type === 'Scope' ? L.delegated : L.application,
            p.description,
            p.adminConsentRequired ? L.yes : L.no,
            status,
            more,
          ],
          'fxs-permission-row',
        );
        rows.push(row);
        grid.body.appendChild(row);
      }
    }
    grid.setEmpty(statuses.length ? '' : L.noPermissions);
    clear(gridHost);
    gridHost.appendChild(grid.root);
  };

  const refresh = async (factor = 1) => {
    try {
      const next = await api<PermissionStatus[]>('GET', `apps/${encodeURIComponent(appId)}/permissions`);
      if (!(await ctx.settle(factor))) return;
      statuses = next;
      renderGrid();
    } catch (e) {
      if (!ctx.alive()) return;
      clear(gridHost);
      gridHost.appendChild(errorBox(ctx, e instanceof Error ? e.message : String(e)));
    }
  };

  const openMenu = (anchor: HTMLElement, p: PermissionStatus) => {
    ctx.overlay.querySelector('.fxs-popup-menu')?.remove();
    const rect = anchor.getBoundingClientRect();
    const item = h('button', { type: 'button', role: 'menuitem', class: 'fxs-popup-menu-item' }, icon('trash'), ` ${L.removePermission}`);
    const menu = h('div', { class: 'fxs-popup-menu', role: 'menu', style: `top:${rect.bottom + 4}px;left:${Math.max(8, rect.right - 200)}px` }, item);
    const close = () => {
      menu.remove();
      document.removeEventListener('click', close);
    };
    item.addEventListener('click', (e) => {
      e.stopPropagation();
      close();
      api<PermissionStatus[]>('DELETE', `apps/${encodeURIComponent(appId)}/permissions?resourceAppId=${p.resourceAppId}&id=${p.id}&type=${p.type}`)
        .then((next) => {
          statuses = next;
          renderGrid();
          ctx.notify('success', L.permissionsUpdated);
        })
        .catch((err: unknown) => ctx.notify('error', L.requestFailed, err instanceof Error ? err.message : String(err)));
    });
    setTimeout(() => document.addEventListener('click', close), 0);
    ctx.onLeave(close);
    ctx.overlay.appendChild(menu);
    item.focus();
  };

  const grant = async () => {
    const ok = await confirmDialog(ctx, L.grantConfirmTitle, L.grantConfirmText(tenant));
    if (!ok || !ctx.alive()) return;
    ctx.notify('progress', L.grantAdminConsent(tenant));
    try {
      await api<PermissionStatus[]>('POST', `apps/${encodeURIComponent(appId)}/consent`);
      ctx.notify('success', L.consentGranted);
      await refresh(1.5);
    } catch (e) {
      ctx.notify('error', L.requestFailed, e instanceof Error ? e.message : String(e));
    }
  };

  const openRequest = () => {
    const pane = openPane(ctx, L.requestApiPermissions);
    void loadCatalog()
      .then((catalog) => showApiPicker(pane, catalog))
      .catch((e: unknown) => pane.body.appendChild(errorBox(ctx, e instanceof Error ? e.message : String(e))));
    pane.body.appendChild(spinner(L.loading));
  };

  const showApiPicker = (pane: Pane, catalog: CatalogResource[]) => {
    clear(pane.body);
    clear(pane.footer);
    const pick = (r: CatalogResource) => showResource(pane, catalog, r);
    const tileFor = (name: string, text: string, r?: CatalogResource) => {
      return roleButton(
        { class: 'fxs-api-tile', 'aria-disabled': r ? null : 'true' },
        () => {
          if (r) pick(r);
        },
        h('span', { class: 'fxs-api-tile-name' }, name),
        h('span', { class: 'fxs-api-tile-text' }, text),
      );
    };
    const common = catalog.filter((r) => r.commonlyUsed);
    const t = tabs(
      [
        {
          id: 'microsoft',
          label: L.microsoftApis,
          render: (p) =>
            p.append(
              h('h3', null, L.commonlyUsedApis),
              h('div', { class: 'fxs-api-tiles fxs-api-tiles-featured' }, ...common.map((r) => tileFor(r.displayName, r.tileDescription, r))),
              h('div', { class: 'fxs-api-tiles' }, ...DECORATIVE_TILES.map((n) => tileFor(n, ''))),
            ),
        },
        {
          id: 'org',
          label: L.apisMyOrgUses,
          render: (p) => {
            const search = h('input', { type: 'search', class: 'azc-input', placeholder: L.orgApiSearch, 'aria-label': L.orgApiSearch });
            const host = h('div');
            const entries: { name: string; appId: string; r?: CatalogResource }[] = [
              ...catalog.map((r) => ({ name: r.displayName, appId: r.appId, r })),
              ...DECORATIVE_ORG_APIS.map(([name, id]) => ({ name, appId: id })),
            ].sort((a, b) => a.name.localeCompare(b.name));
            const render = () => {
              const q = search.value.trim().toLowerCase();
              const grid = dataGrid(L.apisMyOrgUses, [L.name, L.applicationClientId]);
              for (const e of entries.filter((x) => !q || x.name.toLowerCase().includes(q) || x.appId.includes(q))) {
                const r = e.r;
                const nameEl = r ? roleButton({ class: 'fxs-link-button' }, () => pick(r), e.name) : h('span', null, e.name);
                grid.body.appendChild(gridRow([nameEl, h('span', { class: 'msportalfx-guid' }, e.appId)], 'fxc-gc-selectable'));
              }
              clear(host);
              host.appendChild(grid.root);
            };
            search.addEventListener('input', render);
            render();
            p.append(h('div', { class: 'fxs-filter-bar' }, icon('search'), search), host);
          },
        },
        { id: 'mine', label: L.myApis, render: (p) => p.append(h('p', null, L.noMyApis)) },
      ],
      'microsoft',
      L.selectAnApi,
    );
    pane.body.append(h('h3', { class: 'fxs-pane-subheader' }, L.selectAnApi), t.root);
  };

  const showResource = (pane: Pane, catalog: CatalogResource[], resource: CatalogResource) => {
    clear(pane.body);
    clear(pane.footer);
    const existing = new Set(statuses.filter((s) => s.resourceAppId === resource.appId).map((s) => `${s.type}:${s.id}`));
    const selected = new Set<string>(existing);
    let type: PermissionType | null = null;
    const back = roleButton({ class: 'fxs-link-button' }, () => showApiPicker(pane, catalog), icon('chevronLeft'), ` ${L.allApis}`);
    const permsHost = h('div', { class: 'fxs-permission-picker' });
    const typeLabelId = uid('perm-type');
    const choice = (value: PermissionType, title: string, help: string) => {
      const b = h(
        'div',
        { role: 'radio', tabindex: 0, 'aria-checked': 'false', class: 'fxs-permission-type' },
        h('span', { class: 'fxs-permission-type-title' }, title),
        h('span', { class: 'fxs-permission-type-help' }, help),
      );
      const pickType = () => {
        type = value;
        for (const c of typeGroup.querySelectorAll('[role=radio]')) c.setAttribute('aria-checked', String(c === b));
        renderPerms();
      };
      b.addEventListener('click', pickType);
      b.addEventListener('keydown', (e) => {
        if (e.key === ' ' || e.key === 'Enter') {
          e.preventDefault();
          pickType();
        }
      });
      return b;
    };
    const typeGroup = h(
      'div',
      { role: 'radiogroup', 'aria-labelledby': typeLabelId, class: 'fxs-permission-types' },
      choice('Scope', L.delegatedPermissions, L.delegatedHelp),
      choice('Role', L.applicationPermissions, L.applicationHelp),
    );
    const addBtn = portalButton({ label: L.addPermissions, primary: true, disabled: true, onClick: () => submit() });
    const discard = portalButton({ label: L.discard, onClick: () => pane.close() });
    const updateAdd = () =>
      setDisabled(
        addBtn,
        [...selected].every((k) => existing.has(k)),
      );
    const submit = () => {
      setDisabled(addBtn, true);
      const permissions = [...selected].map((k) => {
        const [t, id] = k.split(':');
        return { id, type: t };
      });
      api<PermissionStatus[]>('POST', `apps/${encodeURIComponent(appId)}/permissions`, { resourceAppId: resource.appId, permissions })
        .then(async (next) => {
          pane.close();
          ctx.notify('success', L.permissionsUpdated);
          if (!(await ctx.settle(0.5))) return;
          statuses = next;
          clear(warning);
          warning.appendChild(infoBox('warning', L.editingWarning));
          renderGrid();
        })
        .catch((e: unknown) => {
          ctx.notify('error', L.requestFailed, e instanceof Error ? e.message : String(e));
          updateAdd();
        });
    };

    const renderPerms = () => {
      clear(permsHost);
      if (!type) return;
      const perms = resource.permissions.filter((p) => p.type === type);
      if (!perms.length) {
        permsHost.appendChild(h('p', null, L.noPermissionsOfType));
        return;
      }
      const search = h('input', { type: 'search', class: 'azc-input', placeholder: L.permissionSearch, 'aria-label': L.permissionSearch });
      const expandAll = h('button', { type: 'button', class: 'fxs-link-button' }, L.expandAll);
      const listHost = h('div', { class: 'fxs-permission-groups' });
      const expanded = new Set<string>();
      const groups = new Map<string, CatalogPermission[]>();
      for (const p of perms) {
        const g = groupName(p, L.openIdPermissions);
        groups.set(g, [...(groups.get(g) ?? []), p]);
      }
      const sortedGroups = [...groups.keys()].sort((a, b) => (a === L.openIdPermissions ? -1 : b === L.openIdPermissions ? 1 : a.localeCompare(b)));
      const renderList = () => {
        const q = search.value.trim().toLowerCase();
        clear(listHost);
        listHost.appendChild(
          h('div', { class: 'fxs-permission-columns', 'aria-hidden': 'true' }, h('span', null, L.permission), h('span', null, L.adminConsentRequired)),
        );
        for (const g of sortedGroups) {
          const items = (groups.get(g) ?? []).filter((p) => !q || p.value.toLowerCase().includes(q) || p.description.toLowerCase().includes(q));
          if (!items.length) continue;
          const open = expanded.has(g) || !!q;
          const checkedCount = items.filter((p) => selected.has(`${p.type}:${p.id}`)).length;
          const headerBtn = h(
            'button',
            { type: 'button', class: 'fxs-permission-group-toggle', 'aria-expanded': String(open) },
            icon(open ? 'chevronDown' : 'chevronRight'),
            ` ${g} (${checkedCount ? `${checkedCount}/` : ''}${items.length})`,
          );
          headerBtn.addEventListener('click', () => {
            if (expanded.has(g)) expanded.delete(g);
            else expanded.add(g);
            renderList();
          });
          const list = h('ul', { class: 'fxs-permission-list', hidden: !open });
          for (const p of items) {
            const key = `${p.type}:${p.id}`;
            const id = uid('perm');
            const descId = `${id}-desc`;
            const cb = h('input', { type: 'checkbox', id, checked: selected.has(key), 'aria-describedby': descId, value: p.value });
            cb.addEventListener('change', () => {
              if (cb.checked) selected.add(key);
              else selected.delete(key);
              updateAdd();
            });
            list.appendChild(
              h(
                'li',
                { class: 'fxs-permission-item' },
                h(
                  'div',
                  { class: 'fxs-permission-check' },
                  cb,
                  h(
                    'div',
                    null,
                    h('label', { for: id, class: 'fxs-permission-value' }, p.value),
                    h('div', { id: descId, class: 'fxs-permission-desc' }, p.description),
                  ),
                ),
                h('div', { class: 'fxs-permission-consent' }, p.adminConsentRequired ? L.yes : L.no),
              ),
            );
          }
          listHost.appendChild(h('div', { class: 'fxs-permission-group' }, headerBtn, list));
        }
      };
      expandAll.addEventListener('click', () => {
        const all = sortedGroups.every((g) => expanded.has(g));
        if (all) expanded.clear();
        else for (const g of sortedGroups) expanded.add(g);
        expandAll.textContent = all ? L.expandAll : L.collapseAll;
        renderList();
      });
      search.addEventListener('input', renderList);
      permsHost.append(
        h('h3', null, L.selectPermissions),
        h('div', { class: 'fxs-permission-tools' }, h('div', { class: 'fxs-filter-bar' }, icon('search'), search), expandAll),
        listHost,
      );
      renderList();
    };

    pane.body.append(
      back,
      h('div', { class: 'fxs-api-header' }, h('h3', null, resource.displayName), h('div', { class: 'msportalfx-guid fxs-api-appid' }, resource.appId)),
      h('h4', { id: typeLabelId }, L.whatType),
      typeGroup,
      permsHost,
    );
    pane.footer.append(addBtn, discard);
  };

  const isBare = bare(ctx);
  content.appendChild(
    toolbar(
      L.commandBar,
      toolbarButton({ label: L.refresh, icon: 'refresh', onClick: () => void refresh(0.5) }),
      toolbarButton({ label: L.gotFeedback, icon: 'feedback', onClick: () => undefined }),
    ),
  );
  const addButton = isBare ? null : toolbarButton({ label: L.addAPermission, icon: 'plus', onClick: openRequest });
  const grantButton = toolbarButton({ label: L.grantAdminConsent(tenant), icon: 'check', onClick: () => void grant(), bare: isBare });
  content.appendChild(
    h(
      'div',
      { class: 'fxs-blade-content-section fxs-permissions' },
      warning,
      sectionHeading(L.configuredPermissions),
      h('p', null, L.configuredIntro),
      toolbar(L.configuredPermissions, addButton, grantButton),
      gridHost,
    ),
  );
  gridHost.appendChild(spinner(L.loading));
  await refresh(0.5);
}
