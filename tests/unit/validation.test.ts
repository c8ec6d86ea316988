import { describe, expect, it } from 'vitest';
import { checkClientId, checkExpiry, checkSecret, checkTenantId } from '../../utils/validation';
import { cleanGuid, cleanPasted } from '../../utils/clean-input';

const GUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SECRET = 'abc8Q~' + 'x'.repeat(30) + 'Ab_9';
const NOW = Date.parse('2026-11-26T12:00:00Z');
const DAY = 86_400_000;

describe('clean input', () => {
  it('removes quotes, braces, invisible characters and spaces, and says so', () => {
    expect(cleanGuid(`  "{${GUID.toUpperCase()}}"\u200b`)).toEqual({
      value: GUID,
      removed: ['invisible characters', 'spaces or line breaks at the ends', 'surrounding quotes', 'braces'],
    });
    expect(cleanPasted('\u201cvalue\u201d').value).toBe('value');
  });
});

describe('checkClientId', () => {
  it('accepts a GUID', () => expect(checkClientId(GUID).level).toBe('ok'));
  it('warns but accepts a braced, upper-case GUID', () => expect(checkClientId(`{${GUID.toUpperCase()}}`)).toMatchObject({ level: 'warning', cleaned: GUID }));
  it('explains a short value', () => expect(checkClientId('3f2504e0-4f89').message).toMatch(/32 hexadecimal digits.*this has 12/));
  it('explains a URL', () => expect(checkClientId('https://portal.azure.com').message).toMatch(/web address/));
  it('requires a value', () => expect(checkClientId('').level).toBe('error'));
});

describe('checkTenantId', () => {
  it('accepts a GUID', () => expect(checkTenantId(GUID).level).toBe('ok'));
  it('accepts a verified domain with a note', () =>
    expect(checkTenantId('contoso.onmicrosoft.com')).toMatchObject({ level: 'warning', cleaned: 'contoso.onmicrosoft.com' }));
  it('refuses the client ID pasted twice', () => expect(checkTenantId(GUID, GUID).message).toMatch(/client ID again/));
  it('refuses junk', () => expect(checkTenantId('<b>x</b>').level).toBe('error'));
});

describe('checkSecret', () => {
  it('accepts a current-shape value', () => expect(checkSecret(SECRET).level).toBe('ok'));
  it('refuses a Secret ID', () => expect(checkSecret(GUID)).toMatchObject({ level: 'error', message: expect.stringMatching(/Secret ID.*Value column/) }));
  it('names a known Secret ID as such', () => expect(checkSecret(GUID, [GUID]).message).toMatch(/^This is the Secret ID/));
  it('refuses the masked value', () => expect(checkSecret('abc' + '*'.repeat(37)).message).toMatch(/masked/));
  it('warns on an unusual shape without refusing', () => expect(checkSecret('an-older-secret-value+with/slash=').level).toBe('warning'));
  it('refuses inner whitespace', () => expect(checkSecret('abc8Q~ xx').level).toBe('error'));
});

describe('more format checks', () => {
  it("refuses Microsoft Graph's own ID as the client ID", () =>
    expect(checkClientId('00000003-0000-0000-c000-000000000000').message).toMatch(/Microsoft Graph/));
  it('refuses common/organizations as the tenant', () => {
    expect(checkTenantId('common')).toMatchObject({ level: 'error', message: expect.stringMatching(/not a tenant/) });
    expect(checkTenantId('Organizations').level).toBe('error');
  });
  it('points at the tenant inside a pasted authority URL', () =>
    expect(checkTenantId(`https://login.microsoftonline.com/${GUID}/oauth2/v2.0/token`).message).toMatch(
      new RegExp(`use only the tenant part of it: ${GUID}`),
    ));
  it('flags a current-shape secret that was cut off', () =>
    expect(checkSecret(SECRET.slice(0, 30))).toMatchObject({ level: 'warning', message: expect.stringMatching(/30 characters instead of 40.*cut off/) }));
  it('handles a quoted secret with an invisible character', () =>
    expect(checkSecret(`"${SECRET}\u200b"`)).toMatchObject({
      level: 'warning',
      cleaned: SECRET,
      message: expect.stringMatching(/invisible characters.*surrounding quotes/),
    }));
});

describe('checkExpiry', () => {
  it('flags a past date as expired, with the date', () =>
    expect(checkExpiry(new Date(NOW - 3 * DAY).toISOString(), NOW)).toMatchObject({
      level: 'error',
      message: expect.stringMatching(/^The secret expired on .*2026/),
    }));
  it('warns within 30 days, counting the days', () =>
    expect(checkExpiry(new Date(NOW + 10 * DAY + 1000).toISOString(), NOW)).toMatchObject({ level: 'warning', message: expect.stringMatching(/in 10 days/) }));
  it('warns at less than a day', () => expect(checkExpiry(new Date(NOW + 3600_000).toISOString(), NOW).message).toMatch(/less than a day/));
  it('accepts a date far enough away', () => expect(checkExpiry(new Date(NOW + 180 * DAY).toISOString(), NOW).level).toBe('ok'));
  it('says so when the date is unknown or unreadable', () => {
    expect(checkExpiry(undefined, NOW).message).toMatch(/not known/);
    expect(checkExpiry('someday', NOW).message).toMatch(/Could not read/);
  });
});
