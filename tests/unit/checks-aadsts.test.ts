import { describe, expect, it } from 'vitest';
import { aadstsCode, EXPLAINED_CODES, explainAadError } from '../../utils/checks/aadsts-errors';

const body = (code: number, error = 'invalid_client') => ({ error, error_description: `AADSTS${code}: something\r\nTrace ID: x`, error_codes: [code] });

describe('aadstsCode', () => {
  it('reads error_codes first, else the description', () => {
    expect(aadstsCode(body(7000215))).toBe('AADSTS7000215');
    expect(aadstsCode({ error_description: 'AADSTS90002: Tenant not found' })).toBe('AADSTS90002');
    expect(aadstsCode({ error: 'x' })).toBeUndefined();
  });
});

describe('every AADSTS code in docs/portal-facts.md has a plain-language cause and fix', () => {
  const FACTS_CODES: [number, RegExp, string | undefined][] = [
    [7000215, /not accept this client secret/, 'create-secret'],
    [7000222, /secret expired/, 'create-secret'],
    [700016, /app is not in this tenant/, 'copy-ids'],
    [90002, /No Microsoft Entra tenant/, 'copy-ids'],
    [900023, /not a valid tenant ID/, 'copy-ids'],
    [500011, /Exchange Online .* not available/, undefined],
    [7000218, /Allow public client flows/, 'public-client'],
    [65001, /Admin consent has not been granted/, 'admin-consent'],
    [9002326, /Origin header/, undefined],
  ];
  for (const [code, cause, step] of FACTS_CODES) {
    it(`AADSTS${code}`, () => {
      expect(EXPLAINED_CODES).toContain(`AADSTS${code}`);
      const e = explainAadError(body(code), { tenant: 'contoso.onmicrosoft.com', clientId: 'abc' });
      expect(e.code).toBe(`AADSTS${code}`);
      expect(e.cause).toMatch(cause);
      expect(e.fix.length).toBeGreaterThan(10);
      expect(e.step).toBe(step);
    });
  }
  it('names the Secret ID when a GUID was sent', () => {
    const e = explainAadError(body(7000215), { secretIsGuid: true });
    expect(e.cause).toBe('This is the Secret ID, not the secret.');
    expect(e.fix).toMatch(/Copy the Value column/);
    expect(e.field).toBe('secret');
  });
  it('dates an expired secret when the expiry is known', () => {
    const e = explainAadError(body(7000222), { secretExpires: '2026-01-15T00:00:00Z', formatDate: (ms) => new Date(ms).toISOString().slice(0, 10) });
    expect(e.cause).toBe('The secret expired on 2026-01-15.');
  });
  it('names the unknown tenant and app', () => {
    expect(explainAadError(body(90002), { tenant: 'nowhere.example' }).cause).toMatch(/"nowhere\.example"/);
    expect(explainAadError(body(700016), { tenant: 'contoso', clientId: '1234' }).cause).toMatch(/client ID 1234 exists in contoso/);
  });
  it('falls back to the first line of an unknown error, with a lookup link', () => {
    const e = explainAadError({ error: 'invalid_request', error_description: 'AADSTS123456: Strange.\r\nTrace ID: 1', error_codes: [123456] });
    expect(e.cause).toBe('Microsoft refused the request: AADSTS123456: Strange.');
    expect(e.fix).toMatch(/error\?code=123456/);
  });
});
