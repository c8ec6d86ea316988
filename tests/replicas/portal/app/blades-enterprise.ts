/** Enterprise application (ManagedAppMenuBlade): Overview and Properties. */
import type { ServicePrincipalInfo } from '../api-types';
import { api, HASH, type Blade } from './core';
import { h, icon, spinner } from './dom';
import { errorBox, essentials, infoBox, menuBlade, sectionHeading } from './ui';

export const enterpriseBlade: Blade = async (ctx) => {
  if (ctx.route.kind !== 'enterprise') return;
  const { L } = ctx;
  const { objectId, appId, section } = ctx.route;
  ctx.setTitle('', L.enterpriseApplication);
  const item = (s: string, label: string, iconName: string) => ({ section: s, label, icon: iconName, href: HASH.enterprise(objectId, appId, s) });
  const content = menuBlade(
    ctx,
    [
      {
        items: [
          item('Overview', L.overview, 'grid'),
          item('DeploymentPlan', L.deploymentPlan, 'book'),
          item('DiagnoseAndSolveProblems', L.diagnoseAndSolve, 'question'),
        ],
      },
      {
        label: L.manage,
        items: [
          item('Properties', L.properties, 'gear'),
          item('Owners', L.owners, 'people'),
          item('RolesAndAdministrators', L.rolesAndAdministrators, 'people'),
          item('UsersAndGroups', L.usersAndGroups, 'people'),
          item('SingleSignOn', L.singleSignOn, 'key'),
          item('Provisioning', L.provisioning, 'refresh'),
          item('Permissions', L.permissions, 'lock'),
        ],
      },
    ],
    section,
  );
  const progress = spinner(L.loading);
  content.appendChild(progress);
  let sp: ServicePrincipalInfo;
  try {
    sp = await api<ServicePrincipalInfo>('GET', `service-principals/${encodeURIComponent(objectId)}`);
    if (!(await ctx.settle())) return;
  } catch (e) {
    if (!ctx.alive()) return;
    progress.remove();
    ctx.setTitle(L.notFound, L.enterpriseApplication);
    content.appendChild(errorBox(ctx, e instanceof Error ? e.message : String(e)));
    return;
  }
  progress.remove();
  ctx.setTitle(section === 'Overview' ? sp.displayName : `${sp.displayName} | ${section === 'Properties' ? L.properties : section}`, L.enterpriseApplication);
  const props = essentials(L.properties, [[{ label: L.name }, { label: L.applicationId }, { label: L.objectId }]]);
  const copy = { copy: L.copyToClipboard, copied: L.copied };
  props.setCopyable(L.name, sp.displayName, copy);
  props.setCopyable(L.applicationId, sp.appId, copy);
  props.setCopyable(L.objectId, sp.id, copy);
  if (section !== 'Overview' && section !== 'Properties') {
    content.appendChild(h('div', { class: 'fxs-blade-content-section' }, infoBox('info', L.notAvailable)));
    return;
  }
  content.appendChild(
    h(
      'div',
      { class: 'fxs-blade-content-section' },
      h(
        'div',
        { class: 'fxs-sp-header' },
        h('span', { class: 'msportalfx-initials-badge fxs-sp-badge', 'aria-hidden': 'true' }, sp.displayName.slice(0, 2).toUpperCase()),
        h('div', { class: 'fxs-sp-properties' }, props.root),
      ),
      section === 'Overview'
        ? h(
            'div',
            null,
            sectionHeading(L.gettingStarted),
            h(
              'div',
              { class: 'fxs-getstarted-tiles' },
              h('div', { class: 'fxs-getstarted-tile' }, icon('people'), h('h3', null, `1. ${L.assignUsers}`)),
              h('div', { class: 'fxs-getstarted-tile' }, icon('key'), h('h3', null, `2. ${L.setUpSso}`)),
            ),
          )
        : null,
    ),
  );
};
