/** ApplicationMenuBlade (App registration): menu, Overview, Authentication, placeholder sections. */
import type { AppDetail } from '../api-types';
import { api, bare, HASH, type Blade, type BladeContext } from './core';
import { append, clear, copyButton, h, icon, toolbar, toolbarButton, uid } from './dom';
import type { Labels } from './i18n';
import { audienceShort, loadApp, sectionLabel } from './app-common';
import { essentials, infoBox, link, menuBlade, openPane, sectionHeading, tabs, type MenuItem } from './ui';
import { credentialsSection } from './blades-credentials';
import { permissionsSection } from './blades-permissions';

export type SectionRenderer = (ctx: BladeContext, content: HTMLElement, appId: string) => void | Promise<void>;

function menuGroups(L: Labels, appId: string): { label?: string; items: MenuItem[] }[] {
  const item = (section: string, iconName: string): MenuItem => ({ section, label: sectionLabel(L, section), icon: iconName, href: HASH.app(section, appId) });
  return [
    { items: [item('Overview', 'grid'), item('Quickstart', 'bolt'), item('IntegrationAssistant', 'bolt'), item('DiagnoseAndSolveProblems', 'question')] },
    {
      label: L.manage,
      items: [
        item('Branding', 'cube'),
        item('Authentication', 'shield'),
        item('Credentials', 'key'),
        item('TokenConfiguration', 'gear'),
        item('CallAnAPI', 'lock'),
        item('ExposeAnAPI', 'endpoints'),
        item('AppRoles', 'people'),
        item('Owners', 'people'),
        item('RolesAndAdministrators', 'people'),
        item('Manifest', 'book'),
      ],
    },
    { label: L.supportTroubleshooting, items: [item('Troubleshooting', 'question'), item('NewSupportRequest', 'people')] },
  ];
}

function guidValue(ctx: BladeContext, value: string): HTMLElement[] {
  return [
    h('span', { class: 'msportalfx-essentials-text msportalfx-guid' }, value),
    copyButton(() => value, { copy: ctx.L.copyToClipboard, copied: ctx.L.copied }),
  ];
}

const overviewSection: SectionRenderer = async (ctx, content, appId) => {
  const { L } = ctx;
  content.appendChild(
    toolbar(
      'Command bar',
      toolbarButton({ label: L.delete, icon: 'trash', onClick: () => undefined }),
      toolbarButton({ label: L.endpoints, icon: 'endpoints', onClick: () => undefined }),
      toolbarButton({ label: L.previewFeatures, icon: 'bolt', onClick: () => undefined }),
    ),
  );
  const ess = essentials(L.essentials, [
    [{ label: L.displayName }, { label: L.applicationClientId }, { label: L.objectId }, { label: L.directoryTenantId }, { label: L.supportedAccountTypes }],
    [{ label: L.clientCredentials }, { label: L.redirectUris }, { label: L.applicationIdUri }, { label: L.managedApplication }],
  ]);
  content.appendChild(h('div', { class: 'fxs-blade-content-section' }, ess.root));
  const lower = h('div', { class: 'fxs-blade-content-section' });
  content.appendChild(lower);
  const app = await loadApp(ctx, content, appId, { showSpinner: false });
  if (!app) return;
  const certs = 0;
  const secrets = app.secrets.length;
  ess.set(L.displayName, link(HASH.app('Branding', app.appId), app.displayName));
  ess.set(L.applicationClientId, ...guidValue(ctx, app.appId));
  ess.set(L.objectId, ...guidValue(ctx, app.id));
  ess.set(L.directoryTenantId, ...guidValue(ctx, app.tenantId));
  ess.set(L.supportedAccountTypes, link(HASH.app('Authentication', app.appId), audienceShort(L, app.signInAudience)));
  ess.set(L.clientCredentials, link(HASH.app('Credentials', app.appId), certs + secrets ? L.credentialCounts(certs, secrets) : L.addCertOrSecret));
  const w = app.webRedirectUris.length;
  const s = app.spaRedirectUris.length;
  ess.set(L.redirectUris, link(HASH.app('Authentication', app.appId), w + s ? L.redirectCounts(w, s, 0) : L.addRedirectUri));
  ess.set(L.applicationIdUri, link(HASH.app('ExposeAnAPI', app.appId), L.addAppIdUri));
  ess.set(L.managedApplication, app.servicePrincipalId ? link(HASH.enterprise(app.servicePrincipalId, app.appId), app.displayName) : '—');
  lower.appendChild(
    tabs(
      [
        {
          id: 'start',
          label: L.getStarted,
          render: (p) =>
            p.append(
              h('div', { class: 'fxs-getstarted' }, icon('shield', 'fxs-getstarted-icon'), h('h3', null, L.buildYourApp), h('p', null, L.buildYourAppText)),
            ),
        },
        {
          id: 'docs',
          label: L.documentation,
          render: (p) => p.append(h('p', null, 'Microsoft identity platform · Authentication scenarios · Authentication libraries · Code samples')),
        },
      ],
      'start',
      L.overview,
    ).root,
  );
};

const placeholderSection: SectionRenderer = async (ctx, content, appId) => {
  const app = await loadApp(ctx, content, appId);
  if (!app) return;
  content.appendChild(h('div', { class: 'fxs-blade-content-section' }, infoBox('info', ctx.L.notAvailable)));
};

function isValidUri(u: string): boolean {
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

const authenticationSection: SectionRenderer = async (ctx, content, appId) => {
  const { L } = ctx;
  const isBare = bare(ctx);
  let app = await loadApp(ctx, content, appId);
  if (!app) return;
  let saved: AuthState = { publicClient: app.isFallbackPublicClient, web: [...app.webRedirectUris], spa: [...app.spaRedirectUris] };
  let pending: AuthState = { ...saved, web: [...saved.web], spa: [...saved.spa] };
  const dirty = () => JSON.stringify(saved) !== JSON.stringify(pending);

  const saveBtn = toolbarButton({ label: L.save, icon: 'save', onClick: () => void save(), disabled: true });
  const discardBtn = toolbarButton({ label: L.discard, icon: 'undo', onClick: () => discard(), disabled: true });
  const body = h('div', { class: 'fxs-blade-content-section fxs-auth' });
  const unsaved = h('div', { class: 'fxs-unsaved', role: 'status' });
  content.append(
    toolbar('Command bar', saveBtn, discardBtn, toolbarButton({ label: L.gotFeedback, icon: 'feedback', onClick: () => undefined })),
    unsaved,
    body,
  );

  const refreshDirty = () => {
    const d = dirty();
    for (const b of [saveBtn, discardBtn]) {
      if (b instanceof HTMLButtonElement) {
        b.disabled = !d;
        if (d) b.removeAttribute('aria-disabled');
        else b.setAttribute('aria-disabled', 'true');
      }
    }
    unsaved.textContent = d ? L.unsavedChanges : '';
  };

  const save = async () => {
    const current = app;
    if (!current) return;
    const bad = [...pending.web, ...pending.spa].filter((u) => u.trim() && !isValidUri(u.trim()));
    if (bad.length) {
      ctx.notify('error', L.updateFailed(current.displayName), L.invalidUri);
      return;
    }
    try {
      app = await api<AppDetail>('PATCH', `apps/${encodeURIComponent(appId)}`, {
        isFallbackPublicClient: pending.publicClient,
        webRedirectUris: pending.web.map((u) => u.trim()).filter(Boolean),
        spaRedirectUris: pending.spa.map((u) => u.trim()).filter(Boolean),
      });
      if (!(await ctx.settle(0.5))) return;
      saved = { publicClient: app.isFallbackPublicClient, web: [...app.webRedirectUris], spa: [...app.spaRedirectUris] };
      pending = { ...saved, web: [...saved.web], spa: [...saved.spa] };
      ctx.notify('success', L.updated(app.displayName));
      render();
    } catch (e) {
      ctx.notify('error', L.updateFailed(current.displayName), e instanceof Error ? e.message : String(e));
    }
  };
  const discard = () => {
    pending = { ...saved, web: [...saved.web], spa: [...saved.spa] };
    render();
  };

  const uriList = (platform: 'web' | 'spa') => {
    const list = h('ul', { class: 'fxs-redirect-list' });
    pending[platform].forEach((uri, i) => {
      const input = h('input', { type: 'url', class: 'azc-input', value: uri, 'aria-label': L.redirectUri });
      input.addEventListener('input', () => {
        pending[platform][i] = input.value;
        refreshDirty();
      });
      const remove = h('button', { type: 'button', class: 'fxs-icon-button', 'aria-label': L.removeUri(uri || L.redirectUri), title: L.delete }, icon('trash'));
      remove.addEventListener('click', () => {
        pending[platform].splice(i, 1);
        render();
      });
      list.appendChild(h('li', { class: 'fxs-redirect-item' }, input, remove));
    });
    const add = h('button', { type: 'button', class: 'fxs-link-button' }, L.addUri);
    add.addEventListener('click', () => {
      pending[platform].push('');
      render();
      const inputs = body.querySelectorAll<HTMLInputElement>(`[data-platform="${platform}"] input[type=url]`);
      inputs[inputs.length - 1]?.focus();
    });
    return h(
      'div',
      { class: 'fxs-platform-card', 'data-platform': platform },
      h('h4', null, platform === 'web' ? L.platformWeb : L.platformSpa),
      h('div', { class: 'msportalfx-form-label' }, L.redirectUris),
      h('p', { class: 'msportalfx-form-help' }, L.redirectUrisHelp),
      list,
      add,
    );
  };

  const toggle = () => {
    const labelId = uid('public-client-label');
    if (isBare) {
      const track = h('div', { class: 'fxs-bare-toggle' + (pending.publicClient ? ' is-on' : '') }, h('div', { class: 'fxs-bare-toggle-thumb' }));
      track.addEventListener('click', () => {
        pending.publicClient = !pending.publicClient;
        render();
      });
      return h('div', { class: 'fxs-public-client' }, h('div', { class: 'fxs-setting-text' }, L.enableMobileDesktopFlows), track);
    }
    const option = (value: boolean, label: string) => {
      const on = pending.publicClient === value;
      const b = h(
        'button',
        {
          type: 'button',
          role: 'radio',
          'aria-checked': String(on),
          tabindex: on ? 0 : -1,
          class: `azc-optionsGroup-item${on ? ' azc-optionsGroup-selected' : ''}`,
        },
        label,
      );
      b.addEventListener('click', () => {
        pending.publicClient = value;
        render();
        body.querySelector<HTMLElement>('.azc-optionsGroup [aria-checked="true"]')?.focus();
      });
      b.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'ArrowDown') {
          e.preventDefault();
          pending.publicClient = !pending.publicClient;
          render();
          body.querySelector<HTMLElement>('.azc-optionsGroup [aria-checked="true"]')?.focus();
        }
      });
      return b;
    };
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
        h('div', { role: 'radiogroup', 'aria-labelledby': labelId, class: 'azc-optionsGroup' }, option(true, L.yes), option(false, L.no)),
        h('ul', { class: 'fxs-bullets' }, ...L.publicClientBullets.map((t) => h('li', null, t))),
      ),
    );
  };

  const openAddPlatform = () => {
    const pane = openPane(ctx, L.configurePlatforms);
    const tile = (label: string, text: string, platform: 'web' | 'spa' | null) => {
      const b = h(
        'button',
        { type: 'button', class: 'fxs-platform-tile', 'aria-disabled': platform ? null : 'true' },
        icon(platform === 'spa' ? 'globe' : platform === 'web' ? 'globe' : 'cube'),
        h('span', { class: 'fxs-platform-tile-name' }, label),
        h('span', { class: 'fxs-platform-tile-text' }, text),
      );
      if (platform) b.addEventListener('click', () => configure(platform));
      return b;
    };
    pane.body.append(
      h('h3', null, L.webApplications),
      h('div', { class: 'fxs-platform-tiles' }, tile(L.platformWeb, L.webTile, 'web'), tile(L.platformSpa, L.spaTile, 'spa')),
      h('h3', null, 'Mobile and desktop applications'),
      h(
        'div',
        { class: 'fxs-platform-tiles' },
        tile('iOS / macOS', 'Objective-C, Swift, Xamarin', null),
        tile('Android', 'Java, Kotlin, Xamarin', null),
        tile('Mobile and desktop applications', 'Windows, UWP, Console, IoT & Limited-entry Devices, Classic iOS + Android', null),
      ),
    );
    const configure = (platform: 'web' | 'spa') => {
      pane.setTitle(platform === 'web' ? L.configureWeb : L.configureSpa);
      clear(pane.body);
      const id = uid('redirect');
      const input = h('input', { type: 'url', id, class: 'azc-input', placeholder: L.redirectUriPlaceholder, required: true });
      const err = h('div', { class: 'azc-validation-message', role: 'alert' });
      const back = h('button', { type: 'button', class: 'fxs-link-button' }, icon('chevronLeft'), ` ${L.configurePlatforms}`);
      back.addEventListener('click', () => {
        pane.close();
        openAddPlatform();
      });
      append(
        pane.body,
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
              h(
                'label',
                { class: 'msportalfx-form-label' },
                'Front-channel logout URL',
                h('input', { type: 'url', class: 'azc-input', placeholder: 'e.g. https://example.com/logout' }),
              ),
            )
          : null,
      );
      clear(pane.footer);
      const ok = h('button', { type: 'button', class: 'fxs-button fxs-button-primary', disabled: true }, L.configure);
      const cancel = h('button', { type: 'button', class: 'fxs-button' }, L.cancel);
      input.addEventListener('input', () => {
        const v = input.value.trim();
        ok.disabled = !isValidUri(v);
        err.textContent = v && !isValidUri(v) ? L.invalidUri : '';
      });
      cancel.addEventListener('click', () => pane.close());
      ok.addEventListener('click', () => {
        ok.disabled = true;
        api<AppDetail>('POST', `apps/${encodeURIComponent(appId)}/redirect-uris`, { platform, uris: [input.value.trim()] })
          .then(async (updated) => {
            if (!(await ctx.settle(0.5))) return;
            app = updated;
            saved = { ...saved, web: [...updated.webRedirectUris], spa: [...updated.spaRedirectUris] };
            pending = { ...pending, web: [...updated.webRedirectUris], spa: [...updated.spaRedirectUris] };
            pane.close();
            ctx.notify('success', L.updated(updated.displayName));
            render();
          })
          .catch((e: unknown) => {
            err.textContent = e instanceof Error ? e.message : String(e);
            ok.disabled = false;
          });
      });
      pane.footer.append(ok, cancel);
      input.focus();
    };
  };

  const render = () => {
    clear(body);
    const addPlatform = h('button', { type: 'button', class: 'fxs-link-button fxs-add-platform' }, icon('plus'), ` ${L.addAPlatform}`);
    addPlatform.addEventListener('click', openAddPlatform);
    const cards = [pending.web.length || saved.web.length ? uriList('web') : null, pending.spa.length || saved.spa.length ? uriList('spa') : null].filter(
      (c): c is HTMLDivElement => c !== null,
    );
    body.append(
      sectionHeading(L.platformConfigurations),
      h('p', null, L.platformIntro),
      addPlatform,
      ...(cards.length ? cards : [h('p', { class: 'fxs-empty' }, L.noPlatforms)]),
      sectionHeading(L.supportedAccountTypes),
      h('p', null, L.supportedAccountTypesText, ' ', h('strong', null, app ? audienceShort(L, app.signInAudience) : '')),
      sectionHeading(L.advancedSettings),
      toggle(),
    );
    refreshDirty();
  };
  render();
};

export const SECTIONS: Record<string, SectionRenderer> = {
  Overview: overviewSection,
  Authentication: authenticationSection,
  Credentials: credentialsSection,
  CallAnAPI: permissionsSection,
};

export const appBlade: Blade = async (ctx) => {
  if (ctx.route.kind !== 'app') return;
  const { section, appId } = ctx.route;
  ctx.setTitle('');
  const content = menuBlade(ctx, menuGroups(ctx.L, appId), section);
  await (SECTIONS[section] ?? placeholderSection)(ctx, content, appId);
};
