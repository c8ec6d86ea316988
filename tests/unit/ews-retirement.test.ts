import { describe, expect, it } from 'vitest';
import { EWS_BLOCK_DATE, EWS_CHECK_COMMAND, EWS_SHUTDOWN_DATE, ewsNotice, ewsPhase } from '../../utils/ews-retirement';

const at = (iso: string) => Date.parse(iso);
const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('EWS retirement dates', () => {
  it('are 1 October 2026 and 1 April 2027', () => {
    expect(new Date(EWS_BLOCK_DATE).toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(new Date(EWS_SHUTDOWN_DATE).toISOString()).toBe('2027-04-01T00:00:00.000Z');
  });

  it('phase: before, between and after each cut-over day', () => {
    expect(ewsPhase(at('2026-06-15T12:00:00Z'))).toBe('before-block');
    expect(ewsPhase(at('2026-09-30T23:59:59Z'))).toBe('before-block');
    expect(ewsPhase(at('2026-10-01T00:00:00Z'))).toBe('allow-list-only');
    expect(ewsPhase(at('2026-12-02T09:00:00Z'))).toBe('allow-list-only');
    expect(ewsPhase(at('2027-03-31T23:59:59Z'))).toBe('allow-list-only');
    expect(ewsPhase(at('2027-04-01T00:00:00Z'))).toBe('switched-off');
    expect(ewsPhase(at('2028-01-01T00:00:00Z'))).toBe('switched-off');
  });
});

describe('ewsNotice', () => {
  it('before 1 October 2026: both dates ahead, the check and the allow list to prepare', () => {
    const n = ewsNotice(at('2026-09-21T00:00:00Z'), CLIENT);
    expect(n.phase).toBe('before-block');
    expect(n.summary).toContain('In 10 day(s), on 1 October 2026');
    expect(n.summary).toContain('1 April 2027');
    expect(n.check).toBe(EWS_CHECK_COMMAND);
    expect(n.actions.join(' ')).toContain(CLIENT);
    expect(n.recommendation).toMatch(/IMAP or POP3 with OAuth/);
  });

  it('between the dates (today, 2 December 2026): blocked unless allowed, 120 days left, check and allow list with the client ID', () => {
    const n = ewsNotice(at('2026-12-02T08:00:00Z'), CLIENT);
    expect(n.phase).toBe('allow-list-only');
    expect(n.title).toContain('blocked unless allowed');
    expect(n.summary).toContain('Since 1 October 2026');
    expect(n.summary).toContain('(in 120 day(s))');
    expect(n.check).toBe('Get-OrganizationConfig | fl EWSEnabled');
    expect(n.checkHint).toMatch(/False: EWS is blocked/);
    const actions = n.actions.join(' ');
    expect(actions).toContain(`this app's client ID (${CLIENT})`);
    expect(actions).toContain('EwsAllowedAppIDs');
    // The allow list's cmdlet parameter is not confirmed in Microsoft's reference: no command is generated for it.
    expect(actions).not.toMatch(/Set-OrganizationConfig/);
  });

  it('from 1 April 2027: EWS is gone, nothing to check, only the recommendation', () => {
    const n = ewsNotice(at('2027-04-01T00:00:00Z'), CLIENT);
    expect(n.phase).toBe('switched-off');
    expect(n.title).toContain('no longer works');
    expect(n.actions).toEqual([]);
    expect(n.check).toBeUndefined();
    expect(n.recommendation).toMatch(/IMAP or POP3 with OAuth/);
  });

  it('without a client ID the allow-list action still names what to add', () => {
    expect(ewsNotice(at('2026-12-02T00:00:00Z')).actions.join(' ')).toContain("this app's client ID to");
  });
});
