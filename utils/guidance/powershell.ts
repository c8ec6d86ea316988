/**
 * The Exchange Online PowerShell for the last steps, generated from the captured values.
 * Unknown values stay as visible `<placeholders>` so nothing half-filled looks runnable.
 */
import { isGuid } from '../guid';

export interface PowerShellInput {
  clientId?: string;
  tenantId?: string;
  tenantDomain?: string;
  spObjectId?: string;
  appName?: string;
  mailbox?: string;
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
  const lines =
    kind === 'service-principal'
      ? [
          '# Once per machine: Install-Module ExchangeOnlineManagement',
          `Connect-ExchangeOnline -Organization ${org}`,
          '# -ObjectId is the Enterprise application Object ID (not the App registration Object ID)',
          `New-ServicePrincipal -AppId ${appId} -ObjectId ${sp} -DisplayName ${name}`,
          `Add-MailboxPermission -Identity ${mailbox} -User ${sp} -AccessRights FullAccess`,
        ]
      : [
          `Connect-ExchangeOnline -Organization ${org}`,
          `New-ManagementScope -Name ${quote(`ServiceOps ${input.mailbox?.trim() || 'mailbox'}`)} -RecipientRestrictionFilter "PrimarySmtpAddress -eq ${mailbox}"`,
          ...['Application Mail.Read', 'Application Mail.ReadWrite', 'Application EWS.AccessAsApp'].map(
            (role) =>
              `New-ManagementRoleAssignment -App ${sp} -Role ${quote(role)} -CustomResourceScope ${quote(`ServiceOps ${input.mailbox?.trim() || 'mailbox'}`)}`,
          ),
          `Test-ServicePrincipalAuthorization -Identity ${sp} -Resource ${mailbox}`,
        ];
  return { text: lines.join('\n'), placeholders: [...new Set(placeholders)] };
}
