import { describe, expect, it } from 'vitest';
import { classifyPaste, PASTE_MAX, PASTE_PROMPT_MS, pasteFieldsFor, pasteWanted, type PasteContext } from '../../utils/paste-classify';
import type { Provenance } from '../../utils/schemas';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER = 'dddddddd-1111-4222-8333-444444444444';
const APP_OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
const SP = 'cccccccc-1111-4222-8333-444444444444';
const SECRET_ID = 'bbbbbbbb-2222-4333-8444-555555555555';
const SECRET = 'Abc8Q~dEf.gHi_jKl-mNoPqRsTuVwXyZ0123456a';
const OLD_SECRET = 'k9Zq+3Lm/PxW7vB2nR4tY6uI8oA1sD5fG0hJ=';

const ctx = (step: string, over: Partial<PasteContext> = {}): PasteContext => ({ expected: pasteFieldsFor(step), known: {}, ...over });

describe('classifyPaste: GUIDs, by the step and what is known', () => {
  it("takes the route's app ID as the client ID, and the other GUID on the IDs step as the tenant ID", () => {
    expect(classifyPaste(APP, ctx('copy-ids', { routeAppId: APP }))).toMatchObject({ outcome: 'accepted', field: 'clientId', value: APP });
    expect(classifyPaste(` {${TENANT.toUpperCase()}}\n`, ctx('copy-ids', { routeAppId: APP }))).toMatchObject({
      outcome: 'accepted',
      field: 'tenantId',
      value: TENANT,
    });
    expect(classifyPaste(TENANT, ctx('copy-ids', { known: { clientId: APP } }))).toMatchObject({ outcome: 'accepted', field: 'tenantId' });
  });

  it('asks with two choices when neither the route nor the setup can tell the client ID from the tenant ID', () => {
    const v = classifyPaste(OTHER, ctx('copy-ids'));
    expect(v).toMatchObject({ outcome: 'ask', options: ['clientId', 'tenantId'], value: OTHER });
    expect(v.message).toMatch(/Which one/);
  });

  it('says when a value is already known, and asks before replacing a different one', () => {
    expect(classifyPaste(TENANT, ctx('copy-ids', { known: { clientId: APP, tenantId: TENANT } }))).toMatchObject({ outcome: 'same', field: 'tenantId' });
    expect(classifyPaste(OTHER, ctx('copy-ids', { routeAppId: APP, known: { clientId: APP, tenantId: TENANT } }))).toMatchObject({
      outcome: 'ask',
      options: ['tenantId'],
    });
  });

  it("refuses the App registration's Object ID on the Enterprise application step, and takes another GUID there", () => {
    const known = { clientId: APP, tenantId: TENANT, appObjectId: APP_OBJECT };
    expect(classifyPaste(APP_OBJECT, ctx('enterprise-app-id', { known })).message).toMatch(/App registration's Object ID/);
    expect(classifyPaste(APP_OBJECT, ctx('enterprise-app-id', { known })).outcome).toBe('refused');
    expect(classifyPaste(SP, ctx('enterprise-app-id', { known, routeAppId: APP }))).toMatchObject({ outcome: 'accepted', field: 'spObjectId', value: SP });
    expect(classifyPaste(APP, ctx('enterprise-app-id', { known, routeAppId: APP })).outcome).toBe('same');
  });

  it("refuses Microsoft's own API IDs and known Secret IDs", () => {
    expect(classifyPaste('00000003-0000-0000-c000-000000000000', ctx('copy-ids')).message).toMatch(/Microsoft Graph/);
    expect(classifyPaste(SECRET_ID, ctx('copy-ids', { knownSecretIds: [SECRET_ID] })).message).toMatch(/Secret ID/);
  });
});

describe('classifyPaste: the secret value', () => {
  it('takes a current secret value on the secret step, and anywhere by its unmistakable shape', () => {
    expect(classifyPaste(SECRET, ctx('create-secret'))).toMatchObject({ outcome: 'accepted', field: 'secret', value: SECRET });
    expect(classifyPaste(`"${SECRET}"`, ctx('copy-ids'))).toMatchObject({ outcome: 'accepted', field: 'secret', value: SECRET });
  });

  it('takes an older secret shape on the secret step only, with a note', () => {
    const v = classifyPaste(OLD_SECRET, ctx('create-secret'));
    expect(v).toMatchObject({ outcome: 'accepted', field: 'secret', value: OLD_SECRET });
    expect(v.message).toMatch(/usual shape/);
    expect(classifyPaste(OLD_SECRET, ctx('copy-ids')).outcome).toBe('refused');
  });

  it('refuses a GUID pasted as the secret and says it is the Secret ID', () => {
    for (const step of ['create-secret']) {
      const v = classifyPaste(SECRET_ID, ctx(step));
      expect(v.outcome).toBe('refused');
      expect(v.message).toMatch(/Secret ID.*Value column/);
      expect(v.value).toBeUndefined();
    }
    expect(classifyPaste(APP, ctx('create-secret', { known: { clientId: APP } })).message).toMatch(/client\) ID.*not the secret/);
  });

  it('refuses a masked value, text with spaces, addresses and anything else, never repeating it', () => {
    const cases = ['Abc***********************', 'abc def ghi jkl mno pqr', 'https://login.microsoftonline.com/x', 'hello', '<script>alert(1)</script>'];
    for (const text of cases) {
      const v = classifyPaste(text, ctx('create-secret'));
      expect(v.outcome).toBe('refused');
      expect(v.message.length).toBeGreaterThan(10);
      expect(v.message).not.toContain(text);
    }
    expect(classifyPaste('Abc***********************', ctx('create-secret')).message).toMatch(/masked/);
    expect(classifyPaste('', ctx('create-secret')).message).toMatch(/no text/);
    expect(classifyPaste('x'.repeat(PASTE_MAX + 1), ctx('create-secret')).message).toMatch(/longer/);
  });
});

describe('pasteFieldsFor', () => {
  it('lists what each capture step asks for, plus the field the panel points at', () => {
    expect(pasteFieldsFor('copy-ids')).toEqual(['clientId', 'tenantId']);
    expect(pasteFieldsFor('create-secret')).toEqual(['secret']);
    expect(pasteFieldsFor('enterprise-app-id')).toEqual(['spObjectId']);
    expect(pasteFieldsFor('public-client')).toEqual([]);
    expect(pasteFieldsFor('public-client', 'secret')).toEqual(['secret']);
    expect(pasteFieldsFor('create-secret', 'secret')).toEqual(['secret']);
  });
});

describe('pasteWanted', () => {
  const at = (capturedAt: number) => ({ value: APP, provenance: { source: 'portal', detail: '', capturedAt } as Provenance });
  it('points at the paste field after an unread copy until that value is captured', () => {
    expect(pasteWanted({ copyUnread: { field: 'secret', at: 100 } }, undefined, 200)).toEqual({ field: 'secret', reason: 'copy-unread' });
    expect(pasteWanted({ copyUnread: { field: 'secret', at: 100 } }, { capturedAt: 150 }, 200)).toBeUndefined();
    expect(pasteWanted({ copyUnread: { field: 'tenantId', at: 100 } }, undefined, 200)).toEqual({ field: 'tenantId', reason: 'copy-unread' });
    expect(pasteWanted({ copyUnread: { field: 'tenantId', at: 100 }, tenantId: at(120) }, undefined, 200)).toBeUndefined();
    expect(pasteWanted({ copyUnread: { at: 100 }, clientId: at(120) }, undefined, 200)).toBeUndefined();
  });
  it('points at it after the Secret ID was copied instead of the Value', () => {
    expect(pasteWanted({ secretIdCopiedAt: 100 }, undefined, 200)).toEqual({ field: 'secret', reason: 'secret-id-copied' });
    expect(pasteWanted({ secretIdCopiedAt: 100 }, { capturedAt: 101 }, 200)).toBeUndefined();
  });
  it('lets go after a while', () => {
    expect(pasteWanted({ copyUnread: { field: 'secret', at: 100 } }, undefined, 100 + PASTE_PROMPT_MS)).toBeUndefined();
  });
});
