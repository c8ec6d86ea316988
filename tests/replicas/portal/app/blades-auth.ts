/**
 * Authentication (`~/Authentication`) in both experiences the portal shows, chosen by
 * `replicaAuthExperience`:
 * - classic: "Platform configurations" with "Add a platform", "Advanced settings" > "Allow public
 *   client flows" as a Yes/No radio group, Save in the command bar;
 * - new ("Authentication (Preview)"): tabs "Redirect URI configuration" ("Add Redirect URI", then a
 *   platform) and "Settings" ("Allow public client flows" as an Enabled/Disabled toggle), Save.
 */
import type { AppDetail, RedirectPlatform } from '../api-types';
import { api, bare, type BladeContext } from './core';
import { append, clear, h, icon, portalButton, roleButton, setDisabled, toolbar, toolbarButton, uid } from './dom';
import { audienceShort, loadApp } from './app-common';
import { dataGrid, gridRow, infoBox, openPane, sectionHeading, tabs, type Pane } from './ui';

export function isValidUri(u: string): boolean {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1'));
  } catch {
    return false;
  }
}

interface AuthState {
  publicClient: boolean;
  web: string[];
  spa: string[];
}

const stateOf = (app: AppDetail): AuthState => ({ publicClient: app.isFallbackPublicClient, web: [...app.webRedirectUris], spa: [...app.spaRedirectUris] });
const copyState = (s: AuthState): AuthState => ({ ...s, web: [...s.web], spa: [...s.spa] });

/** State, Save/Discard and the "Configure platforms" pane shared by both experiences. */
interface AuthModel {
  ctx: BladeContext;
  appId: string;
  app: AppDetail;
  saved: AuthState;
  pending: AuthState;
  render(): void;
}

function platformName(ctx: BladeContext, platform: RedirectPlatform): string {
  return platform === 'web' ? ctx.L.platformWeb : ctx.L.platformSpa;
}

/**
 * The platform picker pane, then the platform's form; "Configure" adds the URI at once (as the
 * portal does) and closes the pane.
 */
function openPlatformPane(model: AuthModel, title: string): void {
  const { ctx } = model;
  const { L } = ctx;
  const pane = openPane(ctx, title);
  const tile = (label: string, text: string, platform: RedirectPlatform | null) => {
    const b = roleButton(
      { class: 'fxs-platform-tile', 'aria-disabled': platform ? null : 'true' },
      () => {
        if (platform) configure(pane, platform);
      },
      icon(platform ? 'globe' : 'cube'),
      h('span', { class: 'fxs-platform-tile-name' }, label),
      h('span', { class: 'fxs-platform-tile-text' }, text),
    );
    return b;
  };
  pane.body.append(
    h('h3', null, L.webApplications),
    h('div', { class: 'fxs-platform-tiles' }, tile(L.platformWeb, L.webTile, 'web'), tile(L.platformSpa, L.spaTile, 'spa')),
    h('h3', null, L.mobileAndDesktopApplications),
    h(
      'div',
      { class: 'fxs-platform-tiles' },
      tile('iOS / macOS', 'Objective-C, Swift, Xamarin', null),
      tile('Android', 'Java, Kotlin, Xamarin', null),
      tile(L.mobileAndDesktopApplications, L.mobileDesktopTile, null),
    ),
  );
  const configure = (p: Pane, platform: RedirectPlatform) => {
    p.setTitle(platform === 'web' ? L.configureWeb : L.configureSpa);
    clear(p.body);
    const id = uid('redirect');
    const input = h('input', { type: 'url', id, class: 'azc-input azc-formControl', placeholder: L.redirectUriPlaceholder, 'aria-required': 'true' });
    const err = h('div', { class: 'azc-validation-message', role: 'alert' });
    const back = roleButton(
      { class: 'fxs-link-button' },
      () => {
        p.close();
        openPlatformPane(model, title);
      },
      icon('chevronLeft'),
      ` ${title}`,
    );
    const logoutId = uid('logout');
    append(
      p.body,
      back,
      h(
        'div',
        { class: 'msportalfx-form-row' },
        h('label', { for: id, class: 'msportalfx-form-label msportalfx-required' }, L.redirectUris),
        h('p', { class: 'msportalfx-form-help' }, L.redirectUrisHelp),
        input,
        err,
      ),
      platform === 'web'
        ? h(
            'div',
            { class: 'msportalfx-form-row' },
            h('label', { for: logoutId, class: 'msportalfx-form-label' }, L.frontChannelLogoutUrl),
            h('input', { type: 'url', id: logoutId, class: 'azc-input azc-formControl', placeholder: 'e.g. https://example.com/logout' }),
          )
        : null,
    );
    clear(p.footer);
    const ok = portalButton({ label: L.configure, primary: true, disabled: true, onClick: () => submit() });
    const cancel = portalButton({ label: L.cancel, onClick: () => p.close() });
    input.addEventListener('input', () => {
      const v = input.value.trim();
      setDisabled(ok, !isValidUri(v));
      err.textContent = v && !isValidUri(v) ? L.invalidUri : '';
    });
    const submit = () => {
      setDisabled(ok, true);
      api<AppDetail>('POST', `apps/${encodeURIComponent(model.appId)}/redirect-uris`, { platform, uris: [input.value.trim()] })
        .then(async (updated) => {
          if (!(await ctx.settle(0.5))) return;
          model.app = updated;
          model.saved = { ...model.saved, web: [...updated.webRedirectUris], spa: [...updated.spaRedirectUris] };
          model.pending = { ...model.pending, web: [...updated.webRedirectUris], spa: [...updated.spaRedirectUris] };
          p.close();
          ctx.notify('success', L.updated(updated.displayName));
          model.render();
        })
        .catch((e: unknown) => {
          err.textContent = e instanceof Error ? e.message : String(e);
          setDisabled(ok, false);
        });
    };
    p.footer.append(ok, cancel);
    input.focus();
  };
}

export async function authenticationSection(ctx: BladeContext, content: HTMLElement, appId: string): Promise<void> {
  const { L } = ctx;
  const isNew = ctx.cfg.authExperience === 'new';
  const loaded = await loadApp(ctx, content, appId);
  if (!loaded) return;
  if (isNew) ctx.setTitle(`${loaded.displayName} | ${L.authenticationPreview}`);
  const model: AuthModel = { ctx, appId, app: loaded, saved: stateOf(loaded), pending: stateOf(loaded), render: () => render() };
  const dirty = () => JSON.stringify(model.saved) !== JSON.stringify(model.pending);

  const save = async () => {
    const current = model.app;
    const bad = [...model.pending.web, ...model.pending.spa].filter((u) => u.trim() && !isValidUri(u.trim()));
    if (bad.length) {
      ctx.notify('error', L.updateFailed(current.displayName), L.invalidUri);
      return;
    }
    try {
      const app = await api<AppDetail>('PATCH', `apps/${encodeURIComponent(appId)}`, {
        isFallbackPublicClient: model.pending.publicClient,
        webRedirectUris: model.pending.web.map((u) => u.trim()).filter(Boolean),
        spaRedirectUris: model.pending.spa.map((u) => u.trim()).filter(Boolean),
      });
      if (!(await ctx.settle(0.5))) return;
      model.app = app;
      model.saved = stateOf(app);
      model.pending = copyState(model.saved);
      ctx.notify('success', L.updated(app.displayName));
      render();
    } catch (e) {
      ctx.notify('error', L.updateFailed(current.displayName), e instanceof Error ? e.message : String(e));
    }
  };
  const discard = () => {
    model.pending = copyState(model.saved);
    render();
  };

  const saveBtn = toolbarButton({ label: L.save, icon: 'save', onClick: () => void save(), disabled: true });
  const discardBtn = toolbarButton({ label: L.discard, icon: 'undo', onClick: discard, disabled: true });
  const body = h('div', { class: `fxs-blade-content-section fxs-auth${isNew ? ' fxs-auth-preview' : ''}` });
  const unsaved = h('div', { class: 'fxs-unsaved', role: 'status' });
  content.append(
    toolbar(L.commandBar, saveBtn, discardBtn, toolbarButton({ label: L.gotFeedback, icon: 'feedback', onClick: () => undefined })),
    unsaved,
    body,
  );
  const refreshDirty = () => {
    const d = dirty();
    setDisabled(saveBtn, !d);
    setDisabled(discardBtn, !d);
    unsaved.textContent = d ? L.unsavedChanges : '';
  };

  let selectedTab = 'redirects';
  const render = () => {
    clear(body);
    if (isNew) {
      const t = tabs(
        [
          {
            id: 'redirects',
            label: L.redirectUriConfiguration,
            render: (p) => {
              selectedTab = 'redirects';
              renderRedirectTab(model, p, refreshDirty);
            },
          },
          {
            id: 'settings',
            label: L.settings,
            render: (p) => {
              selectedTab = 'settings';
              renderSettingsTab(model, p, refreshDirty);
            },
          },
        ],
        selectedTab,
        L.authenticationPreview,
      );
      body.appendChild(t.root);
    } else renderClassic(model, body, refreshDirty);
    refreshDirty();
  };
  render();
}

// ---------------------------------------------------------------- classic

function renderClassic(model: AuthModel, body: HTMLElement, refreshDirty: () => void): void {
  const { ctx } = model;
  const { L } = ctx;
  const uriList = (platform: RedirectPlatform) => {
    const list = h('ul', { class: 'fxs-redirect-list' });
    model.pending[platform].forEach((uri, i) => {
      const input = h('input', { type: 'url', class: 'azc-input azc-formControl', value: uri, 'aria-label': L.redirectUri });
      input.addEventListener('input', () => {
        model.pending[platform][i] = input.value;
        refreshDirty();
      });
      const remove = roleButton(
        { class: 'fxs-icon-button', 'aria-label': L.removeUri(uri || L.redirectUri), title: L.delete },
        () => {
          model.pending[platform].splice(i, 1);
          model.render();
        },
        icon('trash'),
      );
      list.appendChild(h('li', { class: 'fxs-redirect-item' }, input, remove));
    });
    const add = roleButton(
      { class: 'fxs-link-button' },
      () => {
        model.pending[platform].push('');
        model.render();
        const inputs = body.querySelectorAll<HTMLInputElement>(`[data-platform="${platform}"] input[type=url]`);
        inputs[inputs.length - 1]?.focus();
      },
      L.addUri,
    );
    return h(
      'div',
      { class: 'fxs-platform-card', 'data-platform': platform },
      h('h4', null, platformName(ctx, platform)),
      h('div', { class: 'msportalfx-form-label' }, L.redirectUris),
      h('p', { class: 'msportalfx-form-help' }, L.redirectUrisHelp),
      list,
      add,
    );
  };
  const addPlatform = roleButton(
    { class: 'fxs-link-button fxs-add-platform' },
    () => openPlatformPane(model, L.configurePlatforms),
    icon('plus'),
    ` ${L.addAPlatform}`,
  );
  const cards = (['web', 'spa'] as const).filter((p) => model.pending[p].length || model.saved[p].length).map(uriList);
  body.append(
    sectionHeading(L.platformConfigurations),
    h('p', null, L.platformIntro),
    addPlatform,
    ...(cards.length ? cards : [h('p', { class: 'fxs-empty' }, L.noPlatforms)]),
    sectionHeading(L.supportedAccountTypes),
    h('p', null, L.supportedAccountTypesText, ' ', h('strong', null, audienceShort(L, model.app.signInAudience))),
    sectionHeading(L.advancedSettings),
    publicClientRadios(model),
  );
}

/** Knockout's OptionsGroup: `div[role=radiogroup]` of `div[role=radio]` Yes / No. */
function publicClientRadios(model: AuthModel): HTMLElement {
  const { ctx } = model;
  const { L } = ctx;
  if (bare(ctx)) return bareToggle(model);
  const labelId = uid('public-client-label');
  const focusChecked = (group: HTMLElement) => group.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
  const set = (value: boolean) => {
    model.pending.publicClient = value;
    model.render();
  };
  const option = (value: boolean, label: string) => {
    const on = model.pending.publicClient === value;
    return h(
      'div',
      { role: 'radio', 'aria-checked': String(on), tabindex: on ? 0 : -1, class: `azc-optionsGroup-item${on ? ' azc-optionsGroup-selected' : ''}` },
      label,
    );
  };
  const group = h('div', { role: 'radiogroup', 'aria-labelledby': labelId, class: 'azc-optionsGroup' }, option(true, L.yes), option(false, L.no));
  group.addEventListener('click', (e) => {
    const radio = e.target instanceof Element ? e.target.closest('[role=radio]') : null;
    if (!radio) return;
    set(radio === group.firstElementChild);
    focusChecked(document.querySelector('.fxs-auth .azc-optionsGroup') ?? group);
  });
  group.addEventListener('keydown', (e) => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    set(!model.pending.publicClient);
    focusChecked(document.querySelector('.fxs-auth .azc-optionsGroup') ?? group);
  });
  return h(
    'div',
    { class: 'fxs-public-client msportalfx-form-row' },
    h(
      'div',
      { class: 'fxs-setting-label', id: labelId },
      L.allowPublicClientFlows,
      ' ',
      h('span', { class: 'fxs-info', title: L.allowPublicClientFlows }, icon('info')),
    ),
    h(
      'div',
      { class: 'fxs-setting-body' },
      h('div', { class: 'fxs-setting-text' }, L.enableMobileDesktopFlows),
      group,
      h('ul', { class: 'fxs-bullets' }, ...L.publicClientBullets.map((t) => h('li', null, t))),
    ),
  );
}

/** The redesign's toggle: a styled div with no role, no name and no state text. */
function bareToggle(model: AuthModel): HTMLElement {
  const track = h('div', { class: 'fxs-bare-toggle' + (model.pending.publicClient ? ' is-on' : '') }, h('div', { class: 'fxs-bare-toggle-thumb' }));
  track.addEventListener('click', () => {
    model.pending.publicClient = !model.pending.publicClient;
    model.render();
  });
  return h('div', { class: 'fxs-public-client' }, h('div', { class: 'fxs-setting-text' }, model.ctx.L.enableMobileDesktopFlows), track);
}

// ---------------------------------------------------------------- new experience

function renderRedirectTab(model: AuthModel, panel: HTMLElement, refreshDirty: () => void): void {
  const { ctx } = model;
  const { L } = ctx;
  const grid = dataGrid(L.redirectUris, [L.redirectUri, L.platform, ''], 'fxs-redirect-grid');
  for (const platform of ['web', 'spa'] as const) {
    model.pending[platform].forEach((uri, i) => {
      const remove = roleButton(
        { class: 'fxs-icon-button', 'aria-label': L.removeUri(uri), title: L.delete },
        () => {
          model.pending[platform].splice(i, 1);
          model.render();
        },
        icon('trash'),
      );
      grid.body.appendChild(gridRow([h('span', { class: 'fxs-redirect-uri' }, uri), platformName(ctx, platform), remove]));
    });
  }
  grid.setEmpty(model.pending.web.length + model.pending.spa.length ? '' : L.noRedirectUris);
  panel.append(
    h('p', null, L.redirectUriIntro),
    toolbar(
      L.redirectUriConfiguration,
      toolbarButton({ label: L.addRedirectUriButton, icon: 'plus', onClick: () => openPlatformPane(model, L.selectPlatformToAdd), bare: bare(ctx) }),
    ),
    grid.root,
  );
  refreshDirty();
}

function renderSettingsTab(model: AuthModel, panel: HTMLElement, refreshDirty: () => void): void {
  const { ctx } = model;
  const { L } = ctx;
  const labelId = uid('public-client-setting');
  const on = model.pending.publicClient;
  const flip = () => {
    model.pending.publicClient = !model.pending.publicClient;
    model.render();
    document.querySelector<HTMLElement>('.fxs-auth-preview [role=switch]')?.focus();
  };
  const toggle = bare(ctx)
    ? bareToggle(model)
    : h('div', { class: 'azc-toggleSwitch' }, roleSwitch(on, labelId, flip), h('span', { class: 'azc-toggleSwitch-stateText' }, on ? L.enabled : L.disabled));
  panel.append(
    h(
      'div',
      { class: 'fxs-public-client fxs-setting msportalfx-form-row' },
      h('div', { class: 'fxs-setting-label', id: labelId }, L.allowPublicClientFlows),
      h(
        'div',
        { class: 'fxs-setting-body' },
        h('div', { class: 'fxs-setting-text' }, L.enableMobileDesktopFlows),
        h('ul', { class: 'fxs-bullets' }, ...L.publicClientBullets.map((t) => h('li', null, t))),
        toggle,
      ),
    ),
    infoBox('info', L.settingsSaveHint),
  );
  refreshDirty();
}

/** `div[role=switch]` named by its setting's label, Space or Enter flips it. */
function roleSwitch(on: boolean, labelId: string, flip: () => void): HTMLElement {
  const sw = h(
    'div',
    {
      role: 'switch',
      tabindex: 0,
      'aria-checked': String(on),
      'aria-labelledby': labelId,
      class: `azc-toggleSwitch-switch${on ? ' azc-toggleSwitch-on' : ''}`,
    },
    h('span', { class: 'azc-toggleSwitch-thumb' }),
  );
  sw.addEventListener('click', flip);
  sw.addEventListener('keydown', (e) => {
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      flip();
    }
  });
  return sw;
}
