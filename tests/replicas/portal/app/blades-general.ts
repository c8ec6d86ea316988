/** Home, Microsoft Entra ID, App registrations list, New registration, Not found, benchmark. */
import type { AppDetail, AppSummary, SignInAudience } from '../api-types';
import { api, bare, HASH, type Blade } from './core';
import { badge, clear, formatDate, h, icon, portalButton, setDisabled, spinner, toolbar, toolbarButton, uid } from './dom';
import { dataGrid, errorBox, gridRow, infoBox, link, menuBlade, sectionHeading, tabs } from './ui';

export const homeBlade: Blade = (ctx) => {
  ctx.setTitle(ctx.L.home);
  const tile = (href: string, iconName: string, label: string) =>
    h(
      'li',
      null,
      h('a', { href, class: 'fxs-home-tile' }, h('span', { class: 'fxs-home-tile-icon' }, icon(iconName)), h('span', { class: 'fxs-home-tile-label' }, label)),
    );
  ctx.content.appendChild(
    h(
      'div',
      { class: 'fxs-home fxs-blade-content-section' },
      sectionHeading(ctx.L.azureServices),
      h(
        'ul',
        { class: 'fxs-home-tiles' },
        tile(HASH.entra, 'shield', ctx.L.entraId),
        tile(HASH.appList, 'grid', ctx.L.appRegistrations),
        tile(HASH.bench, 'bench', ctx.L.benchTitle),
      ),
    ),
  );
};

export const entraBlade: Blade = (ctx) => {
  ctx.setTitle(`${ctx.session.tenant.displayName} | ${ctx.L.overview}`, ctx.L.entraId);
  const content = menuBlade(
    ctx,
    [
      { items: [{ section: 'Overview', label: ctx.L.overview, icon: 'info', href: HASH.entra }] },
      {
        label: ctx.L.manage,
        items: [
          { section: 'RegisteredApps', label: ctx.L.appRegistrations, icon: 'grid', href: HASH.appList },
          { section: 'Properties', label: ctx.L.properties, icon: 'gear', href: '#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/Properties' },
        ],
      },
    ],
    ctx.route.kind === 'entra' ? ctx.route.section : 'Overview',
  );
  const t = ctx.session.tenant;
  content.appendChild(
    h(
      'div',
      { class: 'fxs-blade-content-section' },
      h('p', null, ctx.L.tenantOverviewText),
      sectionHeading(ctx.L.basicInformation, 3),
      h(
        'dl',
        { class: 'msportalfx-properties' },
        h('dt', null, ctx.L.name),
        h('dd', null, t.displayName),
        h('dt', null, ctx.L.tenantId),
        h('dd', null, t.id),
        h('dt', null, ctx.L.primaryDomain),
        h('dd', null, t.domain),
      ),
    ),
  );
};

export const appListBlade: Blade = async (ctx) => {
  const { L } = ctx;
  ctx.setTitle(L.appRegistrations, '');
  const root = h('div', { class: 'fxs-blade-content-section fxs-applist' });
  ctx.content.appendChild(
    toolbar(
      L.commandBar,
      toolbarButton({ label: L.newRegistration, icon: 'plus', onClick: () => ctx.navigate(HASH.create), bare: bare(ctx) }),
      toolbarButton({ label: L.endpoints, icon: 'endpoints', onClick: () => undefined }),
      toolbarButton({ label: L.troubleshooting, icon: 'question', onClick: () => undefined }),
      toolbarButton({ label: L.refresh, icon: 'refresh', onClick: () => void load() }),
      toolbarButton({ label: L.download, icon: 'download', onClick: () => undefined }),
      toolbarButton({ label: L.previewFeatures, icon: 'bolt', onClick: () => undefined }),
      toolbarButton({ label: L.gotFeedback, icon: 'feedback', onClick: () => undefined }),
    ),
  );
  ctx.content.appendChild(root);
  const gridHost = h('div', { class: 'fxc-gc-host' });
  const filter = h('input', { type: 'search', class: 'azc-input fxs-filter', placeholder: L.listFilterPlaceholder, 'aria-label': L.listFilterPlaceholder });
  const count = h('div', { class: 'msportalfx-count', role: 'status' });
  let apps: AppSummary[] = [];
  const renderGrid = () => {
    const q = filter.value.trim().toLowerCase();
    const shown = apps.filter((a) => !q || a.displayName.toLowerCase().includes(q) || a.appId.includes(q));
    count.textContent = L.appsFound(shown.length);
    const grid = dataGrid(L.appRegistrations, [L.displayName, L.applicationClientId, L.createdOn, L.certificatesAndSecrets]);
    grid.table.setAttribute('aria-rowcount', String(shown.length + 1));
    for (const a of shown) {
      grid.body.appendChild(
        gridRow([
          h('span', { class: 'fxs-name-cell' }, badge(a.displayName), link(HASH.app('Overview', a.appId), a.displayName)),
          h('span', { class: 'msportalfx-guid' }, a.appId),
          formatDate(a.createdDateTime, ctx.cfg.lang),
          a.secretCount ? h('span', { class: 'fxs-status-ok' }, icon('check'), ' ', L.current) : '',
        ]),
      );
    }
    grid.setEmpty(shown.length ? '' : L.noApplications);
    clear(gridHost);
    gridHost.appendChild(grid.root);
  };
  filter.addEventListener('input', renderGrid);
  const tabsEl = tabs(
    [
      { id: 'all', label: L.allApplications, render: (p) => p.append(h('div', { class: 'fxs-filter-bar' }, icon('search'), filter), count, gridHost) },
      { id: 'owned', label: L.ownedApplications, render: (p) => p.append(h('p', null, L.noApplications)) },
      { id: 'deleted', label: L.deletedApplications, render: (p) => p.append(h('p', null, L.noApplications)) },
    ],
    'all',
    L.appRegistrations,
  );
  root.appendChild(tabsEl.root);
  const load = async () => {
    clear(gridHost);
    gridHost.appendChild(spinner(L.loading));
    try {
      const list = await api<AppSummary[]>('GET', 'apps');
      if (!(await ctx.settle())) return;
      apps = list;
      renderGrid();
    } catch (e) {
      if (!ctx.alive()) return;
      clear(gridHost);
      gridHost.appendChild(errorBox(ctx, String(e instanceof Error ? e.message : e)));
    }
  };
  await load();
};

export const createBlade: Blade = (ctx) => {
  const { L } = ctx;
  ctx.setTitle(L.registerAnApplication);
  const tenant = ctx.session.tenant.displayName;
  const nameId = uid('name');
  const name = h('input', {
    type: 'text',
    id: nameId,
    class: 'azc-input azc-validatableControl',
    required: true,
    'aria-required': 'true',
    autocomplete: 'off',
    'aria-describedby': `${nameId}-help`,
  });
  const audiences: { value: SignInAudience; label: string }[] = [
    { value: 'AzureADMyOrg', label: L.audienceMyOrg(tenant) },
    { value: 'AzureADMultipleOrgs', label: L.audienceMulti },
    { value: 'AzureADandPersonalMicrosoftAccount', label: L.audienceMultiPersonal },
    { value: 'PersonalMicrosoftAccount', label: L.audiencePersonal },
  ];
  const groupName = uid('audience');
  const audienceLabelId = uid('audience-label');
  const radios = audiences.map((a, i) => {
    const id = uid('audience-opt');
    const input = h('input', { type: 'radio', name: groupName, id, value: a.value, checked: i === 0 });
    return { input, el: h('div', { class: 'azc-optionPicker-item' }, input, h('label', { for: id }, a.label)) };
  });
  const platformId = uid('platform');
  const platform = h(
    'select',
    { id: platformId, class: 'azc-input azc-dropdown', 'aria-label': L.selectPlatform },
    h('option', { value: '' }, L.selectPlatform),
    h('option', { value: 'web' }, L.platformWeb),
    h('option', { value: 'spa' }, L.platformSpa),
    h('option', { value: 'public' }, L.platformPublic),
  );
  const uri = h('input', { type: 'url', class: 'azc-input', placeholder: L.redirectUriPlaceholder, 'aria-label': L.redirectUri });
  const error = h('div', { class: 'azc-validation-message', role: 'alert' });
  const register = portalButton({ label: L.register, primary: true, disabled: true, onClick: () => form.requestSubmit() });
  const update = () => setDisabled(register, !name.value.trim());
  name.addEventListener('input', update);
  const form = h(
    'form',
    { class: 'fxs-blade-content-section msportalfx-form fxs-create-form', novalidate: true },
    h(
      'div',
      { class: 'msportalfx-form-row' },
      h('label', { for: nameId, class: 'msportalfx-form-label msportalfx-required' }, L.name),
      h('div', { id: `${nameId}-help`, class: 'msportalfx-form-help' }, L.nameHelp),
      name,
    ),
    sectionHeading(L.supportedAccountTypes),
    h(
      'div',
      { class: 'msportalfx-form-row' },
      h('div', { id: audienceLabelId, class: 'msportalfx-form-label' }, L.whoCanUse),
      h('div', { role: 'radiogroup', 'aria-labelledby': audienceLabelId, class: 'azc-optionPicker' }, ...radios.map((r) => r.el)),
      h('a', { href: '#home', class: 'msportalfx-text-link', onclick: (e: Event) => e.preventDefault() }, L.helpMeChoose),
    ),
    sectionHeading(L.redirectUriOptional),
    h('p', { class: 'msportalfx-form-help' }, L.redirectUriHelp),
    h('div', { class: 'msportalfx-form-row fxs-inline-fields' }, platform, uri),
    error,
    h('div', { class: 'msportalfx-form-footer fxs-create-footer' }, h('p', null, L.policies), register),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (register.getAttribute('aria-disabled') === 'true') return;
    const displayName = name.value.trim();
    const signInAudience = radios.find((r) => r.input.checked)?.input.value as SignInAudience;
    const uriValue = uri.value.trim();
    const plat = platform.value === 'spa' ? 'spa' : 'web';
    setDisabled(register, true);
    error.textContent = '';
    ctx.notify('progress', L.registering(displayName));
    api<AppDetail>('POST', 'apps', { displayName, signInAudience, redirectUri: uriValue ? { platform: plat, uri: uriValue } : undefined })
      .then(async (app) => {
        await ctx.settle(1.5);
        ctx.notify('success', L.createdApp(app.displayName));
        ctx.navigate(HASH.app('Overview', app.appId));
      })
      .catch((err: unknown) => {
        if (!ctx.alive()) return;
        error.textContent = err instanceof Error ? err.message : String(err);
        update();
      });
  });
  ctx.content.appendChild(form);
  name.focus();
};

export const notFoundBlade: Blade = (ctx) => {
  ctx.setTitle(ctx.L.notFound);
  ctx.content.appendChild(
    h('div', { class: 'fxs-blade-content-section fxs-notfound' }, icon('warning', 'fxs-notfound-icon'), h('p', null, ctx.L.notFoundText)),
  );
};

/** ~11,000 DOM nodes (~7,800 elements); "Re-render grid" replaces every row in one burst of mutations. */
export const benchBlade: Blade = (ctx) => {
  const ROWS = 700;
  ctx.setTitle(ctx.L.benchTitle);
  let generation = 0;
  const grid = dataGrid(ctx.L.benchTitle, ['Name', 'Id', 'Status', 'Resource group', 'Generation'], 'fxs-bench-grid');
  grid.table.setAttribute('aria-rowcount', String(ROWS + 1));
  const makeRow = (i: number) =>
    gridRow([
      h('span', { class: 'fxs-bench-name' }, `Resource ${i + 1}`),
      h('span', { class: 'msportalfx-guid' }, `${(i * 2654435761) % 4294967296}`.padStart(10, '0')),
      h('span', null, generation % 2 ? 'Running' : 'Stopped'),
      h('span', null, `rg-${i % 17}`),
      `${generation}`,
    ]);
  for (let i = 0; i < ROWS; i++) grid.body.appendChild(makeRow(i));
  const rerender = () => {
    generation += 1;
    const rows = Array.from(grid.body.querySelectorAll<HTMLElement>(':scope > .fxc-gc-row'));
    rows.forEach((row, i) => row.replaceWith(makeRow(i)));
  };
  ctx.content.append(
    toolbar(ctx.L.commandBar, toolbarButton({ label: ctx.L.rerender, icon: 'refresh', onClick: rerender })),
    h('div', { class: 'fxs-blade-content-section' }, infoBox('info', `${ROWS} rows`), grid.root),
  );
  const w = window as Window & { __replicaBench?: { rerender(): void } };
  w.__replicaBench = { rerender };
  ctx.onLeave(() => {
    if (w.__replicaBench?.rerender === rerender) delete w.__replicaBench;
  });
};
