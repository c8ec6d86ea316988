import { describe, expect, it } from 'vitest';
import { checkClientId, checkExpiry, checkSecret, checkTenantId, tenantIsDomain } from '../../utils/validation';
import { clientIdInputSchema, credentialsInputSchema, secretValueInputSchema, tenantInputSchema } from '../../utils/validation-schemas';

const GUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SECRET = 'abc8Q~' + 'x'.repeat(30) + 'Ab_9';
const NOW = Date.parse('2026-11-26T12:00:00Z');
const DAY = 86_400_000;

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
  it('tells a domain tenant from a GUID', () => {
    expect(tenantIsDomain(' Contoso.onmicrosoft.com ')).toBe(true);
    expect(tenantIsDomain(GUID)).toBe(false);
  });
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

describe('zod schemas', () => {
  it('yield the cleaned value', () => {
    expect(clientIdInputSchema.parse(` {${GUID.toUpperCase()}} `)).toBe(GUID);
    expect(tenantInputSchema.parse('contoso.onmicrosoft.com')).toBe('contoso.onmicrosoft.com');
    expect(secretValueInputSchema.parse(`'${SECRET}'`)).toBe(SECRET);
  });
  it('refuse with the specific message', () => {
    const r = secretValueInputSchema.safeParse(GUID);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Secret ID/);
  });
  it('check the three values together, each problem at its field', () => {
    const r = credentialsInputSchema.safeParse({ clientId: GUID, tenantId: GUID, secret: GUID });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath.tenantId).toMatch(/client ID again/);
    expect(byPath.secret).toMatch(/Secret ID/);
    expect(byPath.clientId).toBeUndefined();
    expect(credentialsInputSchema.parse({ clientId: GUID, tenantId: 'contoso.onmicrosoft.com', secret: SECRET })).toEqual({
      clientId: GUID,
      tenantId: 'contoso.onmicrosoft.com',
      secret: SECRET,
    });
  });
});
