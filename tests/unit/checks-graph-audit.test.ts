import { describe, expect, it } from 'vitest';
import { auditApp, GraphAccessError, type GraphGet } from '../../utils/checks/graph-audit';
import { EXCHANGE_APP_ID, GRAPH_APP_ID, requiredPermissions } from '../../utils/checks/required-permissions';
import { setUiLanguage } from './i18n-setup';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SP = 'aaaaaaaa-0000-4000-8000-000000000001';
const GRAPH_SP = 'aaaaaaaa-0000-4000-8000-000000000002';
const EXO_SP = 'aaaaaaaa-0000-4000-8000-000000000003';
const NOW = Date.parse('2026-11-26T12:00:00Z');
const DAY = 86_400_000;

interface Fixture {
  app?: Record<string, unknown> | 'forbidden';
  sp?: boolean;
  grants?: { resourceId: string; consentType: string; scope: string }[];
  assignments?: { resourceId: string; appRoleId: string }[];
  /** A 200 answer's body as is, in place of the one built from the fields above. */
  raw?: Partial<Record<Endpoint, unknown>>;
}

type Endpoint = 'app' | 'sp' | 'graphSp' | 'exchangeSp' | 'grants' | 'assignments';

function fullyConfigured(path: 'imap' | 'mapi'): Fixture {
  const required = requiredPermissions(path);
  return {
    app: {
      id: 'app-object-id',
      displayName: 'ServiceOps',
      isFallbackPublicClient: true,
      requiredResourceAccess: [GRAPH_APP_ID, EXCHANGE_APP_ID].map((r) => ({
        resourceAppId: r,
        resourceAccess: required.filter((p) => p.resourceAppId === r).map((p) => ({ id: p.id ?? '', type: p.type })),
      })),
      passwordCredentials: [{ keyId: 'k', hint: 'abc', displayName: 'ServiceOps', endDateTime: new Date(NOW + 180 * DAY).toISOString() }],
    },
    sp: true,
    grants: [
      {
        resourceId: GRAPH_SP,
        consentType: 'AllPrincipals',
        scope: required
          .filter((p) => p.type === 'Scope')
          .map((p) => p.value)
          .join(' '),
      },
    ],
    assignments: required.filter((p) => p.type === 'Role').map((p) => ({ resourceId: EXO_SP, appRoleId: p.id ?? '' })),
  };
}

function graph(f: Fixture): GraphGet {
  const raw = f.raw ?? {};
  return async (path) => {
    if (path.startsWith(`/v1.0/applications(appId='${APP_ID}')`)) {
      if (f.app === 'forbidden')
        return { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } };
      if ('app' in raw) return { status: 200, body: raw.app };
      return f.app ? { status: 200, body: f.app } : { status: 404, body: { error: { message: 'not found' } } };
    }
    if (path.startsWith(`/v1.0/servicePrincipals(appId='${APP_ID}')`)) {
      if ('sp' in raw) return { status: 200, body: raw.sp };
      return f.sp ? { status: 200, body: { id: SP } } : { status: 404, body: {} };
    }
    if (path.startsWith(`/v1.0/servicePrincipals(appId='${GRAPH_APP_ID}')`)) return { status: 200, body: 'graphSp' in raw ? raw.graphSp : { id: GRAPH_SP } };
    if (path.startsWith(`/v1.0/servicePrincipals(appId='${EXCHANGE_APP_ID}')`))
      return { status: 200, body: 'exchangeSp' in raw ? raw.exchangeSp : { id: EXO_SP } };
    if (path.startsWith('/v1.0/oauth2PermissionGrants?$filter=')) {
      expect(decodeURIComponent(path)).toContain(`clientId eq '${SP}'`);
      return { status: 200, body: 'grants' in raw ? raw.grants : { value: f.grants ?? [] } };
    }
    if (path === `/v1.0/servicePrincipals/${SP}/appRoleAssignments`)
      return { status: 200, body: 'assignments' in raw ? raw.assignments : { value: f.assignments ?? [] } };
    throw new Error(`unexpected ${path}`);
  };
}

const levels = (items: { id: string; level: string }[]) => Object.fromEntries(items.map((i) => [i.id, i.level]));

describe('auditApp', () => {
  for (const path of ['imap', 'mapi'] as const) {
    it(`is all green for a fully configured ${path} app, with both Object IDs`, async () => {
      const result = await auditApp({ clientId: APP_ID, path, secretHint: 'abc', now: NOW }, graph(fullyConfigured(path)));
      expect(levels(result.items)).toEqual({ app: 'ok', 'public-client': 'ok', permissions: 'ok', consent: 'ok', secret: 'ok', 'service-principal': 'ok' });
      expect(result.spObjectId).toBe(SP);
      expect(result.appObjectId).toBe('app-object-id');
      expect(result.items.find((i) => i.id === 'service-principal')?.detail).toContain(SP);
    });
  }

  it('stops at an app that is not in the tenant, linking to registration', async () => {
    const result = await auditApp({ clientId: APP_ID, path: 'imap', now: NOW }, graph({}));
    expect(result.items).toEqual([
      expect.objectContaining({ id: 'app', level: 'error', step: 'register-app', detail: expect.stringMatching(/not in this tenant/) }),
    ]);
  });

  it('throws a clear error when the signed-in account may not read apps', async () => {
    await expect(auditApp({ clientId: APP_ID, path: 'imap', now: NOW }, graph({ app: 'forbidden' }))).rejects.toThrow(GraphAccessError);
  });

  it('flags public client flows off for IMAP, with a link to Authentication', async () => {
    const f = fullyConfigured('imap');
    f.app = { ...(f.app as object), isFallbackPublicClient: false };
    const item = (await auditApp({ clientId: APP_ID, path: 'imap', secretHint: 'abc', now: NOW }, graph(f))).items.find((i) => i.id === 'public-client');
    expect(item).toMatchObject({ level: 'error', step: 'public-client', link: expect.stringContaining(`/Authentication/appId/${APP_ID}`) });
  });

  it('does not require public client flows for MAPI', async () => {
    const f = fullyConfigured('mapi');
    f.app = { ...(f.app as object), isFallbackPublicClient: false };
    expect((await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', now: NOW }, graph(f))).items.find((i) => i.id === 'public-client')?.level).toBe(
      'ok',
    );
  });

  it('lists missing permissions and missing consent separately', async () => {
    const f = fullyConfigured('mapi');
    f.app = { ...(f.app as object), requiredResourceAccess: [] };
    f.assignments = [];
    const result = await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', now: NOW }, graph(f));
    expect(result.items.find((i) => i.id === 'permissions')).toMatchObject({
      level: 'error',
      step: 'exchange-app-permissions',
      detail: expect.stringContaining('full_access_as_app (application)'),
    });
    expect(result.items.find((i) => i.id === 'consent')).toMatchObject({
      level: 'error',
      step: 'admin-consent',
      detail: expect.stringContaining('full_access_as_app'),
    });
  });

  it('ignores a delegated grant for one user only', async () => {
    const f = fullyConfigured('imap');
    f.grants = f.grants!.map((g) => ({ ...g, consentType: 'Principal' }));
    expect((await auditApp({ clientId: APP_ID, path: 'imap', secretHint: 'abc', now: NOW }, graph(f))).items.find((i) => i.id === 'consent')?.detail).toMatch(
      /IMAP\.AccessAsUser\.All/,
    );
  });

  it('matches the secret by its hint and flags its expiry', async () => {
    const f = fullyConfigured('mapi');
    const app = f.app as Record<string, unknown>;
    f.app = {
      ...app,
      passwordCredentials: [
        { keyId: 'k1', hint: 'abc', displayName: 'old', endDateTime: new Date(NOW - DAY).toISOString() },
        { keyId: 'k2', hint: 'xyz', endDateTime: new Date(NOW + 400 * DAY).toISOString() },
      ],
    };
    const expired = (await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', now: NOW }, graph(f))).items.find((i) => i.id === 'secret');
    expect(expired).toMatchObject({ level: 'error', step: 'create-secret', detail: expect.stringMatching(/"old".*expired on/) });
    const soon = { ...app, passwordCredentials: [{ keyId: 'k3', hint: 'abc', endDateTime: new Date(NOW + 5 * DAY + 1000).toISOString() }] };
    expect(
      (await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', now: NOW }, graph({ ...f, app: soon }))).items.find((i) => i.id === 'secret'),
    ).toMatchObject({ level: 'warning', detail: expect.stringMatching(/in 5 days/) });
    const none = (await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'qqq', now: NOW }, graph(f))).items.find((i) => i.id === 'secret');
    expect(none).toMatchObject({ level: 'error', detail: expect.stringMatching(/None of the app's 2 secret\(s\) starts with "qqq"/) });
  });

  it('resolves permission ids from the resource service principal', async () => {
    const f = fullyConfigured('mapi');
    const otherId = 'bbbbbbbb-0000-4000-8000-00000000000f';
    const base = graph(f);
    const get: GraphGet = async (path) =>
      path.startsWith(`/v1.0/servicePrincipals(appId='${EXCHANGE_APP_ID}')`)
        ? { status: 200, body: { id: EXO_SP, appRoles: [{ id: otherId, value: 'full_access_as_app' }] } }
        : base(path);
    const item = (await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', now: NOW }, get)).items.find((i) => i.id === 'permissions');
    expect(item?.detail).toMatch(/Missing: Office 365 Exchange Online full_access_as_app/);
  });

  it("flags an entered Enterprise application Object ID that is the App registration's", async () => {
    const f = fullyConfigured('mapi');
    const item = (await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', enteredSpObjectId: 'APP-OBJECT-ID', now: NOW }, graph(f))).items.find(
      (i) => i.id === 'service-principal',
    );
    expect(item).toMatchObject({
      level: 'error',
      step: 'enterprise-app-id',
      detail: `The Object ID entered (app-object-id) is the App registration's Object ID; New-ServicePrincipal needs ${SP}.`,
    });
    const same = (await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', enteredSpObjectId: SP, now: NOW }, graph(f))).items.find(
      (i) => i.id === 'service-principal',
    );
    expect(same?.level).toBe('ok');
  });

  it('reports a missing service principal', async () => {
    const f = fullyConfigured('mapi');
    f.sp = false;
    const result = await auditApp({ clientId: APP_ID, path: 'mapi', secretHint: 'abc', now: NOW }, graph(f));
    expect(levels(result.items)).toMatchObject({ consent: 'error', 'service-principal': 'error' });
    expect(result.spObjectId).toBeUndefined();
  });
});

describe('auditApp reads what Graph answers through schemas, never casts it', () => {
  const UNREADABLE = 'Microsoft Graph answered something the extension could not read.';
  const run = (f: Fixture, path: 'imap' | 'mapi' = 'mapi') => auditApp({ clientId: APP_ID, path, secretHint: 'abc', now: NOW }, graph(f));
  const withApp = (path: 'imap' | 'mapi', patch: Record<string, unknown>): Fixture => {
    const f = fullyConfigured(path);
    return { ...f, app: { ...(f.app as object), ...patch } };
  };

  it.each([
    ['isFallbackPublicClient is the string "yes"', { isFallbackPublicClient: 'yes' }],
    ['requiredResourceAccess is a string', { requiredResourceAccess: 'all' }],
    ['a permission id is a number', { requiredResourceAccess: [{ resourceAppId: EXCHANGE_APP_ID, resourceAccess: [{ id: 7, type: 'Role' }] }] }],
    ['a secret ends at a number', { passwordCredentials: [{ keyId: 'k', hint: 'abc', endDateTime: 1_900_000_000_000 }] }],
    ['a secret has no key ID', { passwordCredentials: [{ hint: 'abc', endDateTime: new Date(NOW + DAY).toISOString() }] }],
    ['10,000 secrets', { passwordCredentials: Array.from({ length: 10_000 }, (_, i) => ({ keyId: `k${i}`, hint: 'abc' })) }],
    ['a display name of 100,000 characters', { displayName: 'x'.repeat(100_000) }],
    ['the redirect URIs are an object', { web: { redirectUris: { 0: 'https://x' } } }],
    ['no Object ID', { id: undefined }],
  ])('an app where %s is not audited but reported unreadable, on both paths', async (_what, patch) => {
    for (const path of ['imap', 'mapi'] as const) {
      const result = await run(withApp(path, patch), path);
      // A cast would audit this app: six items, public client flows "ok" on MAPI whatever the field says.
      expect(result.items).toEqual([
        expect.objectContaining({
          id: 'app',
          level: 'error',
          title: 'App registration',
          detail: 'Microsoft Graph answered something the extension could not read, so the app was not checked. Run the audit again.',
        }),
      ]);
      expect(result.observed).toBeUndefined();
      expect(result.appObjectId).toBeUndefined();
    }
  });

  it.each([null, 'text', 42, [], {}, { value: [] }])('an app body %j is reported unreadable', async (body) => {
    const result = await run({ ...fullyConfigured('mapi'), raw: { app: body } });
    expect(result.items).toEqual([expect.objectContaining({ id: 'app', level: 'error', detail: expect.stringContaining('could not read') })]);
  });

  it('"yes" is not "on": public client flows count only as the boolean true', async () => {
    const result = await run(withApp('imap', { isFallbackPublicClient: 'yes' }), 'imap');
    expect(result.items.some((i) => i.id === 'public-client')).toBe(false);
    const off = await run(withApp('imap', { isFallbackPublicClient: null }), 'imap');
    expect(off.items.find((i) => i.id === 'public-client')?.level).toBe('error');
    expect(off.observed?.publicClient).toBe(false);
  });

  it.each([
    ['grants without a value list', { grants: {} }],
    ['grants whose value is a string', { grants: { value: 'AllPrincipals' } }],
    [
      'a grant scope that is a list',
      { grants: { value: [{ resourceId: GRAPH_SP, consentType: 'AllPrincipals', scope: ['IMAP.AccessAsUser.All', 'Mail.Read'] }] } },
    ],
    ['2,000 grants', { grants: { value: Array.from({ length: 2_000 }, () => ({ resourceId: GRAPH_SP, consentType: 'AllPrincipals', scope: 'Mail.Read' })) } }],
    ['assignments without a value list', { assignments: { '@odata.context': 'x' } }],
    ['an app role id that is a number', { assignments: { value: [{ resourceId: EXO_SP, appRoleId: 42 }] } }],
    ['Exchange Online app roles that are a string (MAPI/EWS)', { exchangeSp: { id: EXO_SP, appRoles: 'full_access_as_app' } }],
    ['a Microsoft Graph service principal without an id (IMAP)', { graphSp: { oauth2PermissionScopes: [] } }],
  ])('%s: admin consent could not be read (a warning, never "ok", never "not granted")', async (_what, raw: Fixture['raw']) => {
    // Each path reads the resource service principal of the permissions it needs only.
    const paths = raw?.exchangeSp ? (['mapi'] as const) : raw?.graphSp ? (['imap'] as const) : (['imap', 'mapi'] as const);
    for (const path of paths) {
      const result = await run({ ...fullyConfigured(path), raw }, path);
      expect(result.items.find((i) => i.id === 'consent')).toMatchObject({ level: 'warning', detail: `Could not be read: ${UNREADABLE}` });
      expect(result.observed?.permissions.some((p) => p.granted)).toBe(false);
    }
  });

  it("an unreadable answer for the app's Enterprise application is neither found nor missing", async () => {
    for (const body of [{ id: 7 }, { id: '' }, null, 'sp']) {
      const result = await run({ ...fullyConfigured('mapi'), raw: { sp: body } });
      expect(levels(result.items)).toMatchObject({ consent: 'warning', 'service-principal': 'warning' });
      expect(result.items.find((i) => i.id === 'service-principal')?.detail).toBe(`Could not be read: ${UNREADABLE}`);
      expect(result.spObjectId).toBeUndefined();
    }
  });

  it('junk at any endpoint never throws, and nothing that depends on it is "ok"', async () => {
    const junk: unknown[] = [null, undefined, 'x', 0, true, [], {}, { value: null }, { value: [null] }, { value: [{}] }, { id: {} }, { error: 'x' }];
    const dependents: Record<Endpoint, string[]> = {
      app: ['app'],
      sp: ['consent', 'service-principal'],
      graphSp: ['consent'],
      exchangeSp: ['consent'],
      grants: ['consent'],
      assignments: ['consent'],
    };
    for (const path of ['imap', 'mapi'] as const)
      for (const endpoint of Object.keys(dependents) as Endpoint[])
        for (const body of junk) {
          const result = await run({ ...fullyConfigured(path), raw: { [endpoint]: body } }, path);
          for (const id of dependents[endpoint]) {
            const found = result.items.find((i) => i.id === id);
            // The resource service principal a path does not need is never read.
            if (found && !(endpoint === 'graphSp' && path === 'mapi') && !(endpoint === 'exchangeSp' && path === 'imap'))
              expect(found.level, `${path} ${endpoint} ${JSON.stringify(body)} ${id}`).not.toBe('ok');
          }
        }
  });

  it("an error answer's message is Graph's only when it is a short text", async () => {
    const refusing =
      (body: unknown): GraphGet =>
      async () => ({ status: 403, body });
    await expect(auditApp({ clientId: APP_ID, path: 'imap', now: NOW }, refusing({ error: { message: { text: 'x' } } }))).rejects.toThrow(
      'Microsoft Graph refused to read app registrations: HTTP 403 Sign in',
    );
    await expect(auditApp({ clientId: APP_ID, path: 'imap', now: NOW }, refusing({ error: { message: 'y'.repeat(5000) } }))).rejects.toThrow(/: HTTP 403 /);
    await expect(auditApp({ clientId: APP_ID, path: 'imap', now: NOW }, refusing({ error: { message: 'Insufficient privileges.' } }))).rejects.toThrow(
      'Microsoft Graph refused to read app registrations: Insufficient privileges. Sign in with an account that may read applications (Application.Read.All).',
    );
  });
});

describe('auditApp in German', () => {
  const run = (f: Fixture, path: 'imap' | 'mapi', secretHint?: string) => auditApp({ clientId: APP_ID, path, secretHint, now: NOW }, graph(f));

  it('titles and details come from the German catalog, quoting the German portal labels', async () => {
    setUiLanguage('de');
    const green = await run(fullyConfigured('imap'), 'imap', 'abc');
    expect(green.items.map((i) => i.title)).toEqual([
      'App-Registrierung',
      'Öffentliche Clientflows zulassen',
      'Angeforderte API-Berechtigungen',
      'Administratorzustimmung',
      'Geheimer Clientschlüssel',
      'Unternehmensanwendung (Dienstprinzipal)',
    ]);
    expect(green.items.find((i) => i.id === 'app')?.detail).toBe('„ServiceOps“ existiert (Objekt-ID app-object-id).');

    const f = fullyConfigured('imap');
    f.app = { ...(f.app as object), isFallbackPublicClient: false, requiredResourceAccess: [], passwordCredentials: [] };
    f.grants = [];
    const broken = await run(f, 'imap', 'abc');
    expect(broken.items.find((i) => i.id === 'public-client')?.detail).toContain(
      'Setzen Sie unter „Authentifizierung“ „Öffentliche Clientflows zulassen“ auf „Ja“',
    );
    expect(broken.items.find((i) => i.id === 'permissions')?.detail).toBe(
      'Es fehlen: Microsoft Graph IMAP.AccessAsUser.All (delegiert); Microsoft Graph Mail.Read (delegiert).',
    );
    expect(broken.items.find((i) => i.id === 'consent')?.detail).toContain('„Administratorzustimmung für <Ihre Organisation> erteilen“');
    expect(broken.items.find((i) => i.id === 'secret')?.detail).toContain('„Zertifikate & Geheimnisse“');

    const unreadable = await run({ ...fullyConfigured('mapi'), raw: { grants: {} } }, 'mapi', 'abc');
    expect(unreadable.items.find((i) => i.id === 'consent')?.detail).toBe(
      'Konnte nicht gelesen werden: Microsoft Graph hat etwas geantwortet, das die Erweiterung nicht lesen konnte.',
    );
  });

  it('no title or detail stays English', async () => {
    const fixtures: [Fixture, 'imap' | 'mapi', string | undefined, string?][] = [
      [fullyConfigured('imap'), 'imap', 'abc'],
      [fullyConfigured('mapi'), 'mapi', 'abc'],
      [{ ...fullyConfigured('mapi'), sp: false }, 'mapi', undefined],
      [{ ...fullyConfigured('mapi'), assignments: [] }, 'mapi', 'qqq', 'APP-OBJECT-ID'],
      [{ ...fullyConfigured('mapi'), assignments: [] }, 'mapi', 'qqq', 'cccccccc-0000-4000-8000-000000000009'],
      [{ ...fullyConfigured('imap'), raw: { sp: { id: 1 } } }, 'imap', 'abc'],
      [{}, 'imap', undefined],
      [{ raw: { app: null } }, 'imap', undefined],
    ];
    for (const [f, path, secretHint, enteredSpObjectId] of fixtures) {
      const audit = (lang: 'en' | 'de') => {
        setUiLanguage(lang);
        return auditApp({ clientId: APP_ID, path, secretHint, enteredSpObjectId, now: NOW }, graph(f));
      };
      const english = await audit('en');
      const german = await audit('de');
      expect(german.items.map((i) => i.id)).toEqual(english.items.map((i) => i.id));
      german.items.forEach((item, n) => {
        expect(item.title, item.id).not.toBe(english.items[n]?.title);
        expect(item.detail, item.id).not.toBe(english.items[n]?.detail);
      });
    }
  });
});

describe('auditApp follows the protocols the setup is used for', () => {
  it('an IMAP-ready app filled into POP3 and SMTP forms misses POP.AccessAsUser.All and SMTP.Send, with the step that adds them', async () => {
    const result = await auditApp({ clientId: APP_ID, path: 'imap', protocols: ['pop3', 'smtp'], secretHint: 'abc', now: NOW }, graph(fullyConfigured('imap')));
    const permissions = result.items.find((i) => i.id === 'permissions');
    expect(permissions?.level).toBe('error');
    expect(permissions?.detail).toContain('Microsoft Graph POP.AccessAsUser.All (delegated), for POP3');
    expect(permissions?.detail).toContain('Microsoft Graph SMTP.Send (delegated), for SMTP');
    expect(permissions?.detail).not.toContain('IMAP.AccessAsUser.All');
    expect(permissions?.step).toBe('graph-delegated');
    expect(permissions?.link).toContain('/CallAnAPI/');
    expect(result.items.find((i) => i.id === 'consent')?.detail).toContain('SMTP.Send');
  });

  it('is green once the protocols’ permissions are requested and consented', async () => {
    const f = fullyConfigured('imap');
    const required = requiredPermissions('imap', ['imap', 'pop3', 'smtp']);
    const app = f.app as { requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[] };
    app.requiredResourceAccess = [{ resourceAppId: GRAPH_APP_ID, resourceAccess: required.map((p) => ({ id: p.id ?? '', type: p.type })) }];
    f.grants = [{ resourceId: GRAPH_SP, consentType: 'AllPrincipals', scope: required.map((p) => p.value).join(' ') }];
    const result = await auditApp({ clientId: APP_ID, path: 'imap', protocols: ['imap', 'pop3', 'smtp'], secretHint: 'abc', now: NOW }, graph(f));
    expect(levels(result.items)).toMatchObject({ permissions: 'ok', consent: 'ok' });
  });

  it('an app-only setup used for SMTP needs Exchange Online SMTP.SendAsApp', async () => {
    const result = await auditApp({ clientId: APP_ID, path: 'mapi', protocols: ['mapi', 'smtp'], secretHint: 'abc', now: NOW }, graph(fullyConfigured('mapi')));
    const permissions = result.items.find((i) => i.id === 'permissions');
    expect(permissions?.detail).toContain('Office 365 Exchange Online SMTP.SendAsApp (application), for SMTP');
    expect(permissions?.step).toBe('exchange-app-permissions');
  });
});

describe('requiredPermissions per protocol', () => {
  const names = (path: 'imap' | 'mapi', protocols?: ('imap' | 'pop3' | 'smtp' | 'mapi')[]) =>
    requiredPermissions(path, protocols).map((p) => `${p.type}:${p.value}`);
  it('delegated per protocol on the IMAP path; MAPI is app-only whatever the path', () => {
    expect(names('imap')).toEqual(['Scope:IMAP.AccessAsUser.All', 'Scope:Mail.Read']);
    expect(names('imap', ['pop3'])).toEqual(['Scope:POP.AccessAsUser.All', 'Scope:Mail.Read']);
    expect(names('imap', ['smtp'])).toEqual(['Scope:SMTP.Send']);
    expect(names('imap', ['smtp', 'mapi'])).toContain('Role:full_access_as_app');
    expect(names('mapi')).toEqual(['Role:full_access_as_app', 'Role:Exchange.ManageAsApp', 'Role:Mail.Read', 'Role:Mail.ReadWrite']);
    expect(names('mapi', ['pop3'])).toEqual(['Role:POP.AccessAsApp']);
  });
  it('knows the ids of POP.AccessAsUser.All and SMTP.Send', () => {
    const ids = Object.fromEntries(requiredPermissions('imap', ['pop3', 'smtp']).map((p) => [p.value, p.id]));
    expect(ids['POP.AccessAsUser.All']).toBe('d7b7f2d9-0f45-4ea1-9d42-e50810c06991');
    expect(ids['SMTP.Send']).toBe('258f6531-6087-4cc4-bb90-092c5fb3ed3f');
  });
});
