import { describe, expect, it } from 'vitest';
import { checkClientId, checkSecret, checkTenantId } from '../../utils/validation';
import { cleanGuid, cleanPasted } from '../../utils/clean-input';

const GUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SECRET = 'abc8Q~' + 'x'.repeat(30) + 'Ab_9';

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
