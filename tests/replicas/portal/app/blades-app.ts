/** ApplicationMenuBlade (App registration): menu, Overview, Authentication, placeholder sections. */
import { HASH, type Blade, type BladeContext } from './core';
import { h, icon, toolbar, toolbarButton } from './dom';
import type { Labels } from './i18n';
import { audienceShort, loadApp, sectionLabel } from './app-common';
import { essentials, infoBox, link, menuBlade, tabs, type MenuItem } from './ui';
import { authenticationSection } from './blades-auth';
import { credentialsSection } from './blades-credentials';
import { permissionsSection } from './blades-permissions';

export type SectionRenderer = (ctx: BladeContext, content: HTMLElement, appId: string) => void | Promise<void>;

function menuGroups(L: Labels, appId: string, authPreview: boolean): { label?: string; items: MenuItem[] }[] {
  const item = (section: string, iconName: string): MenuItem => ({
    section,
    label: section === 'Authentication' && authPreview ? L.authenticationPreview : sectionLabel(L, section),
    icon: iconName,
    href: HASH.app(section, appId),
  });
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

const overviewSection: SectionRenderer = async (ctx, content, appId) => {
  const { L } = ctx;
  content.appendChild(
    toolbar(
      L.commandBar,
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
  const copy = { copy: L.copyToClipboard, copied: L.copied };
  const lower = h('div', { class: 'fxs-blade-content-section' });
  content.appendChild(lower);
  const app = await loadApp(ctx, content, appId, { showSpinner: false });
  if (!app) return;
  const certs = 0;
  const secrets = app.secrets.length;
  ess.set(L.displayName, link(HASH.app('Branding', app.appId), app.displayName));
  ess.setCopyable(L.applicationClientId, app.appId, copy);
  ess.setCopyable(L.objectId, app.id, copy);
  ess.setCopyable(L.directoryTenantId, app.tenantId, copy);
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
  const content = menuBlade(ctx, menuGroups(ctx.L, appId, ctx.cfg.authExperience === 'new'), section);
  await (SECTIONS[section] ?? placeholderSection)(ctx, content, appId);
};
