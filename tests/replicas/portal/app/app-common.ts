/** Helpers shared by the ApplicationMenuBlade sections. */
import type { AppDetail } from '../api-types';
import { api, ApiFailure, type BladeContext } from './core';
import { spinner } from './dom';
import type { Labels } from './i18n';
import { errorBox } from './ui';

export function sectionLabel(L: Labels, section: string): string {
  const map: Record<string, string> = {
    Overview: L.overview,
    Quickstart: L.quickstart,
    IntegrationAssistant: L.integrationAssistant,
    DiagnoseAndSolveProblems: L.diagnoseAndSolve,
    Branding: L.brandingAndProperties,
    Authentication: L.authentication,
    Credentials: L.certificatesAndSecrets,
    TokenConfiguration: L.tokenConfiguration,
    CallAnAPI: L.apiPermissions,
    ExposeAnAPI: L.exposeAnApi,
    AppRoles: L.appRoles,
    Owners: L.owners,
    RolesAndAdministrators: L.rolesAndAdministrators,
    Manifest: L.manifest,
    Troubleshooting: L.troubleshooting,
    NewSupportRequest: L.newSupportRequest,
  };
  return map[section] ?? section;
}

/** Fetches the app (after the portal-like delay) and sets the blade title; null when gone or failed. */
export async function loadApp(ctx: BladeContext, content: HTMLElement, appId: string, opts: { showSpinner?: boolean } = {}): Promise<AppDetail | null> {
  const progress = opts.showSpinner === false ? null : spinner(ctx.L.loading);
  if (progress) content.appendChild(progress);
  try {
    const app = await api<AppDetail>('GET', `apps/${encodeURIComponent(appId)}`);
    if (!(await ctx.settle())) return null;
    progress?.remove();
    const section = ctx.route.kind === 'app' ? ctx.route.section : 'Overview';
    ctx.setTitle(section === 'Overview' ? app.displayName : `${app.displayName} | ${sectionLabel(ctx.L, section)}`);
    return app;
  } catch (e) {
    if (!ctx.alive()) return null;
    progress?.remove();
    if (e instanceof ApiFailure && e.status === 404) ctx.setTitle(ctx.L.notFound);
    content.appendChild(errorBox(ctx, e instanceof Error ? e.message : String(e)));
    return null;
  }
}

export function audienceShort(L: Labels, a: AppDetail['signInAudience']): string {
  return a === 'AzureADMyOrg'
    ? L.myOrgOnly
    : a === 'AzureADMultipleOrgs'
      ? L.multipleOrgs
      : a === 'AzureADandPersonalMicrosoftAccount'
        ? L.allMicrosoftAccounts
        : L.personalAccounts;
}
