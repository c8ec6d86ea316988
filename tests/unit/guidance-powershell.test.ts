import { describe, expect, it } from 'vitest';
import { generatePowerShell } from '../../utils/guidance/powershell';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const SP = '9c2c1a9a-1b9b-4e26-86d2-6bcfe852fe48';

describe('Exchange Online PowerShell', () => {
  it('uses the captured values, the Enterprise application Object ID and the mailbox', () => {
    const { text, placeholders } = generatePowerShell('service-principal', {
      clientId: APP,
      tenantId: TENANT,
      spObjectId: SP,
      appName: 'ServiceOps',
      mailbox: 'support@contoso.com',
    });
    expect(placeholders).toEqual([]);
    expect(text).toContain(`Connect-ExchangeOnline -Organization ${TENANT}`);
    expect(text).toContain(`New-ServicePrincipal -AppId ${APP} -ObjectId ${SP} -DisplayName 'ServiceOps'`);
    expect(text).toContain(`Add-MailboxPermission -Identity 'support@contoso.com' -User ${SP} -AccessRights FullAccess`);
  });

  it('shows clear placeholders for what is unknown or malformed', () => {
    const { text, placeholders } = generatePowerShell('service-principal', { clientId: APP, spObjectId: 'not-a-guid', mailbox: 'support' });
    expect(placeholders).toEqual(['<tenant ID or domain>', '<Enterprise application Object ID>', '<mailbox address>']);
    expect(text).toContain('-ObjectId <Enterprise application Object ID>');
    expect(text).not.toContain('not-a-guid');
  });

  it('prefers the tenant domain and escapes quotes in names', () => {
    const { text } = generatePowerShell('service-principal', {
      clientId: APP,
      tenantDomain: 'contoso.onmicrosoft.com',
      spObjectId: SP,
      appName: "O'Brien's mail",
      mailbox: 'a@b.co',
    });
    expect(text).toContain('-Organization contoso.onmicrosoft.com');
    expect(text).toContain("-DisplayName 'O''Brien''s mail'");
  });

  it('restricts with RBAC for Applications and checks the result', () => {
    const { text } = generatePowerShell('restrict', { clientId: APP, tenantId: TENANT, spObjectId: SP, mailbox: 'support@contoso.com' });
    expect(text).toContain(
      `New-ManagementScope -Name 'ServiceOps support@contoso.com' -RecipientRestrictionFilter "PrimarySmtpAddress -eq 'support@contoso.com'"`,
    );
    expect(text).toContain(`New-ManagementRoleAssignment -App ${SP} -Role 'Application EWS.AccessAsApp' -CustomResourceScope 'ServiceOps support@contoso.com'`);
    expect(text).toContain(`Test-ServicePrincipalAuthorization -Identity ${SP} -Resource 'support@contoso.com'`);
    expect(text).toContain('Get-OrganizationConfig | fl EWSEnabled');
    expect(text).not.toContain('New-ApplicationAccessPolicy');
  });

  it('assigns the RBAC for Applications roles of each app-only protocol, and no others', () => {
    const roles = (protocols: Parameters<typeof generatePowerShell>[1]['protocols']) =>
      [...generatePowerShell('restrict', { spObjectId: SP, mailbox: 'support@contoso.com', protocols }).text.matchAll(/-Role '([^']+)'/g)].map((m) => m[1]);
    expect(roles(['mapi'])).toEqual(['Application EWS.AccessAsApp']);
    expect(roles(['smtp'])).toEqual(['Application SMTP.SendAsApp']);
    expect(roles(['mapi', 'smtp'])).toEqual(['Application EWS.AccessAsApp', 'Application SMTP.SendAsApp']);
    // Graph mail roles do not reach EWS, and IMAP/POP3 have no application role at all.
    expect(roles(['mapi'])).not.toContain('Application Mail.Read');
    expect(roles(['imap', 'pop3'])).toEqual([]);
    expect(generatePowerShell('restrict', { spObjectId: SP, protocols: ['pop3'] }).text).toContain('FullAccess mailbox permission');
    for (const protocols of [['mapi'], ['smtp'], ['imap'], ['pop3', 'smtp']] as const) {
      expect(generatePowerShell('restrict', { spObjectId: SP, protocols: [...protocols] }).text).not.toContain('ApplicationAccessPolicy');
    }
  });
});
