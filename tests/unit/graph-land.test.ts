import { describe, expect, it } from 'vitest';
import { newSetup } from '../../utils/background/setups';
import { newJob, type CreateJob } from '../../utils/graph/create-job';
import { landCreated } from '../../utils/graph/land';
import { replan } from '../../utils/background/handlers/create';

const NOW = 1_800_000_000_000;

function finished(path: 'imap' | 'mapi'): CreateJob {
  const job = newJob(
    {
      setupId: 's1',
      path,
      protocols: path === 'imap' ? ['imap', 'smtp'] : ['mapi'],
      displayName: 'ServiceOps mail',
      redirectUrl: 'https://desk.example.com/oauth/callback',
      lifetimeDays: 180,
      allowShorter: false,
    },
    NOW,
  );
  return {
    ...job,
    tenantId: '11111111-1111-1111-1111-111111111111',
    app: { id: 'aaaaaaaa-0000-0000-0000-000000000001', appId: 'cccccccc-0000-0000-0000-000000000001', displayName: 'ServiceOps mail' },
    sp: { id: 'bbbbbbbb-0000-0000-0000-000000000001' },
    secret: { keyId: 'dddddddd-0000-0000-0000-000000000001', endDateTime: '2027-05-31T08:00:00.000Z', hint: 'abc', lifetimeDays: 180 },
    steps: { application: { state: 'done' }, secret: { state: 'done' }, 'delegated-consent': { state: 'done' } },
  };
}

describe('a created app lands in its setup as a capture would', () => {
  it('fills the IDs with Graph as their source, the secret metadata without its value, and marks the steps done', () => {
    const setup = landCreated(newSetup('s1', NOW - 1000), finished('imap'), NOW);
    expect(setup.clientId).toEqual({ value: 'cccccccc-0000-0000-0000-000000000001', provenance: expect.objectContaining({ source: 'graph' }) });
    expect(setup.tenantId?.value).toBe('11111111-1111-1111-1111-111111111111');
    expect(setup.appObjectId?.value).toBe('aaaaaaaa-0000-0000-0000-000000000001');
    expect(setup.spObjectId?.value).toBe('bbbbbbbb-0000-0000-0000-000000000001');
    expect(setup.redirectUrl?.value).toBe('https://desk.example.com/oauth/callback');
    expect(setup.secretMeta).toMatchObject({ hint: 'abc', keyId: 'dddddddd-0000-0000-0000-000000000001', expires: '2027-05-31T08:00:00.000Z' });
    expect(setup.name).toBe('ServiceOps mail');
    expect(setup.protocols).toEqual(['imap', 'smtp']);
    expect(Object.keys(setup.progress).sort()).toEqual(
      [
        'admin-consent',
        'choose-path',
        'copy-ids',
        'create-secret',
        'enterprise-app-id',
        'graph-delegated',
        'public-client',
        'redirect-uri',
        'register-app',
      ].sort(),
    );
  });

  it('does not mark consent done while a consent step failed, nor public client flows on the MAPI path', () => {
    const job = finished('mapi');
    const setup = landCreated(
      newSetup('s1', NOW),
      { ...job, steps: { ...job.steps, 'delegated-consent': undefined, 'application-consent': { state: 'failed' } } },
      NOW,
    );
    expect(setup.progress['admin-consent']).toBeUndefined();
    expect(setup.progress['public-client']).toBeUndefined();
    expect(setup.progress['exchange-app-permissions']).toBeDefined();
  });

  it('a new plan for a setup whose app exists keeps that app (and its name)', () => {
    const job = finished('imap');
    const next = replan(job, { ...job.plan, displayName: 'Other name', lifetimeDays: 30 }, NOW + 1);
    expect(next.app).toEqual(job.app);
    expect(next.plan.displayName).toBe('ServiceOps mail');
    expect(next.plan.lifetimeDays).toBe(30);
    expect(replan(undefined, job.plan, NOW).app).toBeUndefined();
  });
});
