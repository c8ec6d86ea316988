import { describe, expect, it } from 'vitest';
import { describeSecret } from '../../components/format';
import { checkSpObjectId } from '../../components/popup/values-form';
import { newSetup } from '../../utils/background/setups';

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const APP_OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
const SP = '11111111-2222-4333-8444-555555555555';
const portal = { source: 'portal' as const, detail: 'Certificates & secrets on portal.azure.com', capturedAt: Date.UTC(2026, 10, 26, 18, 0) };

describe('checkSpObjectId', () => {
  const setup = { ...newSetup('s', 1), appObjectId: { value: APP_OBJECT, provenance: portal } };
  it('accepts the Enterprise application Object ID', () => expect(checkSpObjectId(SP, setup, CLIENT).level).toBe('ok'));
  it("names the App registration's Object ID as the wrong one", () =>
    expect(checkSpObjectId(APP_OBJECT.toUpperCase(), setup, CLIENT).message).toMatch(/App registration's Object ID.*Managed application in local directory/));
  it('refuses the client ID', () => expect(checkSpObjectId(CLIENT, setup, CLIENT).message).toMatch(/client ID/));
  it('explains a value that is not a GUID', () =>
    expect(checkSpObjectId('12345', setup, CLIENT).message).toMatch(/Enterprise application Object ID has 32 hexadecimal digits/));
});

describe('describeSecret', () => {
  it('says where and when a captured secret came from, what it is, and how long it is kept, never the value', () => {
    const text = describeSecret(
      { setupId: 's', present: true, hint: 'abc', length: 40, capturedAt: portal.capturedAt, source: portal.detail, value: 'abc8Q~secret' },
      { description: 'mail', expires: '2027-05-25', hint: 'abc', provenance: portal },
      30,
    );
    expect(text).toMatch(
      /^Captured from Certificates & secrets on portal\.azure\.com, .* · "mail", expires 2027-05-25 · Kept in memory only, until the browser closes or 30 minutes unused/,
    );
    expect(text).not.toContain('abc8Q~');
  });
  it('describes a typed secret without the metadata of an earlier capture', () => {
    const text = describeSecret(
      { setupId: 's', present: true, hint: 'xyz', capturedAt: portal.capturedAt, source: 'Typed or pasted in the popup' },
      { description: 'mail', hint: 'abc', provenance: portal },
      10,
    );
    expect(text).toMatch(/^Typed or pasted in the popup, /);
    expect(text).not.toContain('mail');
  });
});
