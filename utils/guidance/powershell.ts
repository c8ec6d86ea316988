/**
 * The Exchange Online PowerShell for the last steps, generated from the captured values.
 * Unknown values stay as visible `<placeholders>` so nothing half-filled looks runnable.
 * Mailbox restriction is RBAC for Applications only: Application Access Policies are superseded.
 * The `#` comments are in the admin's UI language; the cmdlets and their parameters are PowerShell's own.
 */
import { EWS_CHECK_COMMAND } from '../ews-retirement';
import { isGuid } from '../guid';
import { t } from '../i18n/t';
import type { MailProtocol } from '../oauth-urls';

export interface PowerShellInput {
  clientId?: string;
  tenantId?: string;
  tenantDomain?: string;
  spObjectId?: string;
  appName?: string;
  mailbox?: string;
  /** The protocols ServiceOps uses this app for, app-only; default MAPI/EWS (the path that restricts). */
  protocols?: readonly MailProtocol[];
}

/**
 * RBAC for Applications roles per app-only protocol. EWS has its own role (the Graph mail roles
 * such as "Application Mail.Read" do not cover EWS); app-only SMTP needs "Application
 * SMTP.SendAsApp". IMAP and POP3 have no application role: their access is the mailbox
 * permission given in the service-principal step.
 */
const RBAC_ROLES: Record<MailProtocol, string[]> = {
  mapi: ['Application EWS.AccessAsApp'],
  smtp: ['Application SMTP.SendAsApp'],
  imap: [],
  pop3: [],
};

function rbacRoles(protocols: readonly MailProtocol[] = ['mapi']): string[] {
  return [...new Set((protocols.length ? protocols : ['mapi' as const]).flatMap((p) => RBAC_ROLES[p]))];
}

export interface PowerShellScript {
  text: string;
  /** Placeholders still in the text: the admin must replace them before running it. */
  placeholders: string[];
}

/** A PowerShell single-quoted string: the only escape is a doubled quote. */
function quote(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function mailboxOk(m: string | undefined): m is string {
  return !!m && /^[^\s@'"`]+@[^\s@'"`]+\.[^\s@'"`]+$/.test(m.trim());
}

export function generatePowerShell(kind: 'service-principal' | 'restrict', input: PowerShellInput): PowerShellScript {
  const placeholders: string[] = [];
  const value = (v: string | undefined, ok: boolean, placeholder: string, q = false): string => {
    if (v && ok) return q ? quote(v) : v;
    placeholders.push(placeholder);
    return placeholder;
  };
  const appId = value(input.clientId, isGuid(input.clientId ?? ''), '<Application (client) ID>');
  const org = value(input.tenantDomain ?? input.tenantId, !!(input.tenantDomain || isGuid(input.tenantId ?? '')), '<tenant ID or domain>');
  const sp = value(input.spObjectId, isGuid(input.spObjectId ?? ''), '<Enterprise application Object ID>');
  const mailbox = value(input.mailbox?.trim(), mailboxOk(input.mailbox), '<mailbox address>', true);
  const name = quote(input.appName?.trim() || 'ServiceOps mail');
  const protocols = input.protocols?.length ? input.protocols : (['mapi'] as const);
  const scopeName = quote(`ServiceOps ${input.mailbox?.trim() || 'mailbox'}`);
  const roles = rbacRoles(protocols);
  const lines =
    kind === 'service-principal'
      ? [
          `# ${t('guide_psInstallOnce', { command: 'Install-Module ExchangeOnlineManagement' })}`,
          `Connect-ExchangeOnline -Organization ${org}`,
          `# ${t('guide_psObjectId')}`,
          `New-ServicePrincipal -AppId ${appId} -ObjectId ${sp} -DisplayName ${name}`,
          `Add-MailboxPermission -Identity ${mailbox} -User ${sp} -AccessRights FullAccess`,
        ]
      : [
          `# ${t('guide_psRbac')}`,
          `Connect-ExchangeOnline -Organization ${org}`,
          `New-ManagementScope -Name ${scopeName} -RecipientRestrictionFilter "PrimarySmtpAddress -eq ${mailbox}"`,
          ...roles.map((role) => `New-ManagementRoleAssignment -App ${sp} -Role ${quote(role)} -CustomResourceScope ${scopeName}`),
          ...(protocols.some((p) => p === 'imap' || p === 'pop3') ? [`# ${t('guide_psImapPop')}`] : []),
          `Test-ServicePrincipalAuthorization -Identity ${sp} -Resource ${mailbox}`,
          ...(protocols.includes('mapi') ? [`# ${t('guide_psEwsCheck', { command: EWS_CHECK_COMMAND })}`] : []),
        ];
  return { text: lines.join('\n'), placeholders: [...new Set(placeholders)] };
}
