import { describe, expect, it } from 'vitest';
import { newJob, type CreateJob } from '../../utils/graph/create-job';
import { consentUrl, handOffText, leftovers, problemText, summary } from '../../utils/graph/describe';
import { setUiLanguage } from './i18n-setup';

const NOW = 1_800_000_000_000;
const TENANT = '11111111-1111-1111-1111-111111111111';

function partial(path: 'imap' | 'mapi'): CreateJob {
  const job = newJob({ setupId: 's1', path, protocols: [path], displayName: 'ServiceOps mail', lifetimeDays: 180, allowShorter: false }, NOW);
  return {
    ...job,
    status: 'failed',
    tenantId: TENANT,
    access: [{ resourceAppId: '00000002-0000-0ff1-ce00-000000000000', resourceAccess: [{ id: 'r1', type: 'Role' }] }],
    app: { id: 'aaaaaaaa-0000-0000-0000-000000000001', appId: 'cccccccc-0000-0000-0000-000000000001', displayName: 'ServiceOps mail' },
    sp: { id: 'bbbbbbbb-0000-0000-0000-000000000001' },
    secret: { keyId: 'k', endDateTime: '2027-05-31T08:00:00.000Z', hint: 'abc', lifetimeDays: 180 },
    steps: {
      resources: { state: 'done' },
      application: { state: 'done' },
      secret: { state: 'done' },
      'service-principal': { state: 'done' },
      'application-consent': { state: 'failed' },
    },
    problems: [{ step: 'application-consent', kind: 'forbidden', status: 403, code: 'Authorization_RequestDenied', role: 'otherAppRoles', needsConsent: true }],
  };
}

describe('Set it up for me in words', () => {
  it('names the role a refusal needs, and the Graph roles need Privileged Role Administrator', () => {
    const job = partial('mapi');
    expect(problemText(job.problems![0]!, job)).toContain('Cloud Application Administrator or Application Administrator');
    expect(problemText({ ...job.problems![0]!, role: 'graphAppRoles' }, job)).toContain('Privileged Role Administrator');
    expect(problemText({ step: 'secret', kind: 'lifetime-policy', status: 400, code: 'CredentialInvalidLifetimeAsPerAppPolicy' }, job)).toMatch(
      /policy.*180 days/,
    );
    expect(summary(job)).toContain('Admin consent (application permissions)');
  });

  it('hands off the admin-consent link, the Exchange PowerShell with the IDs, and what to check', () => {
    const text = handOffText(partial('mapi'))!;
    expect(text).toContain(`https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=cccccccc-0000-0000-0000-000000000001`);
    expect(consentUrl(TENANT, 'x')).toBe(`https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=x`);
    expect(text).toContain('New-ServicePrincipal -AppId cccccccc-0000-0000-0000-000000000001 -ObjectId bbbbbbbb-0000-0000-0000-000000000001');
    expect(text).toContain('New-ManagementRoleAssignment');
    expect(text).toContain('full_access_as_app');
    expect(text).toContain('Cloud Application Administrator');
    expect(handOffText({ ...partial('imap'), app: undefined })).toBeUndefined();
  });

  it('lists what is half-made with how to remove it', () => {
    const lines = leftovers(partial('imap'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/App registrations > ServiceOps mail > Delete/);
    expect(lines[1]).toContain('"abc"');
    expect(leftovers({ ...partial('imap'), app: undefined })).toEqual([]);
  });

  it('speaks German in a German browser', () => {
    setUiLanguage('de');
    expect(summary({ ...partial('imap'), status: 'done' })).toMatch(/^Fertig/);
  });
});
