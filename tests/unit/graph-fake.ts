/**
 * A fake Microsoft Graph for the creation job's unit tests: an in-memory tenant behind a fetch
 * function, with Graph's answer shapes and error bodies, the signed-in admin's refusals (403),
 * throttling (429 + Retry-After), new objects invisible for a while (404), a secret lifetime
 * policy, and interruptions after any call (the answer lost, or the worker gone).
 */
import { EXCHANGE_APP_ID, GRAPH_APP_ID } from '../../utils/checks/required-permissions';

type Json = Record<string, unknown>;

export interface FakeApp {
  id: string;
  appId: string;
  displayName: string;
  createdDateTime: string;
  isFallbackPublicClient: boolean;
  tags: string[];
  notes: string | null;
  web: { redirectUris: string[] };
  requiredResourceAccess: { resourceAppId: string; resourceAccess: { id: string; type: string }[] }[];
  passwordCredentials: { keyId: string; displayName: string; endDateTime: string; hint: string; secretText: string }[];
}

export interface FakeSp {
  id: string;
  appId: string;
  displayName: string;
  appRoles: { id: string; value: string }[];
  oauth2PermissionScopes: { id: string; value: string }[];
}

export type Refusal = 'create-app' | 'create-sp' | 'grant' | 'graph-roles' | 'exchange-roles';

/** The Exchange Online role ids of this fake tenant differ from the published fallback, as a real tenant's may. */
export const EXCHANGE_ROLE_IDS: Record<string, string> = {
  full_access_as_app: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
  'Exchange.ManageAsApp': 'dc50a0fb-09a3-484d-be87-e023b12c6440',
  'Mail.Read': 'aaaa0001-0000-0000-0000-000000000001',
  'Mail.ReadWrite': 'aaaa0001-0000-0000-0000-000000000002',
  'IMAP.AccessAsApp': '5e5addcd-3e8d-4e90-baf5-964efab2b20a',
  'POP.AccessAsApp': 'cb842b43-da6e-4506-86fe-bb12199c656d',
  'SMTP.SendAsApp': 'aaaa0001-0000-0000-0000-000000000003',
};

export class FakeGraph {
  apps: FakeApp[] = [];
  sps: FakeSp[] = [
    {
      id: 'sp-graph',
      appId: GRAPH_APP_ID,
      displayName: 'Microsoft Graph',
      appRoles: [{ id: '810c84a8-4a9e-49e6-bf7d-12d183f40d01', value: 'Mail.Read' }],
      oauth2PermissionScopes: [
        { id: '652390e4-393a-48de-9484-05f9b1212954', value: 'IMAP.AccessAsUser.All' },
        { id: '570282fd-fa5c-430d-a7fd-fc8dc98a9dca', value: 'Mail.Read' },
        { id: '7427e0e9-2fba-42fe-b0c0-848c9e6a8182', value: 'offline_access' },
        { id: 'd7b7f2d9-0f45-4ea1-9d42-e50810c06991', value: 'POP.AccessAsUser.All' },
        { id: '258f6531-6087-4cc4-bb90-092c5fb3ed3f', value: 'SMTP.Send' },
      ],
    },
    {
      id: 'sp-exchange',
      appId: EXCHANGE_APP_ID,
      displayName: 'Office 365 Exchange Online',
      appRoles: Object.entries(EXCHANGE_ROLE_IDS).map(([value, id]) => ({ id, value })),
      oauth2PermissionScopes: [],
    },
  ];
  grants: { id: string; clientId: string; consentType: string; resourceId: string; scope: string }[] = [];
  assignments: { id: string; principalId: string; resourceId: string; appRoleId: string }[] = [];
  calls: { method: string; path: string }[] = [];

  refuse = new Set<Refusal>();
  /** The next n calls answer 429 with this Retry-After. */
  throttle = { count: 0, retryAfter: '3' };
  /** New objects answer 404 to this many reads by id. */
  invisibleReads = 0;
  /** Longest secret lifetime the tenant's policy allows, in days. */
  maxLifetimeDays?: number;
  /** After this many calls (counted from 1), the call is done but its answer is lost ('network') or the worker stops ('stop': no answer ever). */
  interruptAfter?: { call: number; how: 'network' | 'stop' };

  stopped = false;
  private seq = 0;
  private hidden = new Map<string, number>();
  constructor(private now: () => number = () => Date.parse('2026-12-02T08:00:00Z')) {}

  private newId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${String(this.seq).padStart(4, '0')}-0000-0000-000000000000`.slice(0, 36);
  }

  private born(id: string) {
    if (this.invisibleReads) this.hidden.set(id, this.invisibleReads);
  }

  private visible(id: string): boolean {
    const left = this.hidden.get(id);
    if (!left) return true;
    this.hidden.set(id, left - 1);
    return false;
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    this.calls.push({ method, path: `${path}${url.search ? decodeURIComponent(url.search) : ''}` });
    if (this.throttle.count > 0) {
      this.throttle.count -= 1;
      return reply(429, { error: { code: 'TooManyRequests', message: 'Too many requests.' } }, { 'retry-after': this.throttle.retryAfter });
    }
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as Json) : {};
    const response = this.handle(method, path, url.searchParams, body);
    const interrupt = this.interruptAfter;
    if (interrupt && this.calls.length === interrupt.call) {
      this.interruptAfter = undefined;
      if (interrupt.how === 'network') throw new TypeError('Failed to fetch');
      // The worker is gone: this run never hears back, and only what it saved remains.
      this.stopped = true;
      return new Promise<Response>(() => undefined);
    }
    return Promise.resolve(response);
  };

  private filter<T extends object>(items: T[], params: URLSearchParams): T[] {
    const raw = params.get('$filter');
    if (!raw) return items;
    const clauses = raw.split(/\s+and\s+/i).map((c) => {
      const m = /^(\w+) eq '((?:[^']|'')*)'$/.exec(c.trim());
      if (!m) throw new Error(`fake Graph: unsupported filter ${c}`);
      return { prop: m[1] ?? '', value: (m[2] ?? '').replace(/''/g, "'") };
    });
    return items.filter((item) => clauses.every(({ prop, value }) => (item as Record<string, unknown>)[prop] === value));
  }

  private handle(method: string, path: string, params: URLSearchParams, body: Json): Response {
    const parts = path.split('/').filter(Boolean);
    const [set, id, action] = parts;
    if (set === 'applications') {
      if (!id && method === 'GET') return reply(200, { value: this.filter(this.apps, params).map(appJson) });
      if (!id && method === 'POST') {
        if (this.refuse.has('create-app')) return denied();
        const app: FakeApp = {
          id: this.newId('app'),
          appId: this.newId('cid'),
          displayName: String(body.displayName),
          createdDateTime: new Date(this.now()).toISOString(),
          isFallbackPublicClient: body.isFallbackPublicClient === true,
          tags: (body.tags as string[] | undefined) ?? [],
          notes: (body.notes as string | undefined) ?? null,
          web: { redirectUris: ((body.web as Json | undefined)?.redirectUris as string[] | undefined) ?? [] },
          requiredResourceAccess: (body.requiredResourceAccess as FakeApp['requiredResourceAccess'] | undefined) ?? [],
          passwordCredentials: [],
        };
        this.apps.push(app);
        this.born(app.id);
        this.born(app.appId);
        return reply(201, appJson(app));
      }
      const app = this.apps.find((a) => a.id === id);
      if (!app || !this.visible(app.id)) return notFound(id);
      if (!action && method === 'GET') return reply(200, appJson(app));
      if (!action && method === 'PATCH') {
        if (typeof body.isFallbackPublicClient === 'boolean') app.isFallbackPublicClient = body.isFallbackPublicClient;
        if (body.web) app.web = { redirectUris: ((body.web as Json).redirectUris as string[] | undefined) ?? [] };
        if (body.requiredResourceAccess) app.requiredResourceAccess = body.requiredResourceAccess as FakeApp['requiredResourceAccess'];
        return reply(204);
      }
      if (action === 'addPassword') {
        const cred = body.passwordCredential as Json;
        const end = Date.parse(String(cred.endDateTime));
        if (this.maxLifetimeDays !== undefined && end - this.now() > this.maxLifetimeDays * 86_400_000)
          return reply(400, {
            error: { code: 'CredentialInvalidLifetimeAsPerAppPolicy', message: 'Credential lifetime exceeds the max value allowed as per assigned policy.' },
          });
        const secretText = `abc8Q~${String(this.seq).padStart(34, 'x')}`;
        const made = {
          keyId: this.newId('key'),
          displayName: String(cred.displayName),
          endDateTime: new Date(end).toISOString(),
          hint: secretText.slice(0, 3),
          secretText,
        };
        app.passwordCredentials.push(made);
        return reply(200, { ...made, customKeyIdentifier: null, startDateTime: new Date(this.now()).toISOString() });
      }
      if (action === 'removePassword') {
        app.passwordCredentials = app.passwordCredentials.filter((c) => c.keyId !== body.keyId);
        return reply(204);
      }
    }
    if (set === 'servicePrincipals') {
      if (!id && method === 'GET') return reply(200, { value: this.filter(this.sps, params) });
      if (!id && method === 'POST') {
        if (this.refuse.has('create-sp')) return denied();
        const app = this.apps.find((a) => a.appId === body.appId);
        if (!app || !this.visible(app.appId)) return notFound(String(body.appId));
        if (this.sps.some((s) => s.appId === app.appId))
          return reply(409, { error: { code: 'Request_MultipleObjectsWithSameKeyValue', message: 'The service principal already exists.' } });
        const sp: FakeSp = { id: this.newId('sp'), appId: app.appId, displayName: app.displayName, appRoles: [], oauth2PermissionScopes: [] };
        this.sps.push(sp);
        return reply(201, sp);
      }
      const sp = this.sps.find((s) => s.id === id);
      if (!sp) return notFound(id);
      if (!action && method === 'GET') return reply(200, sp);
      if (action === 'appRoleAssignments' && method === 'GET') return reply(200, { value: this.assignments.filter((a) => a.principalId === sp.id) });
      if (action === 'appRoleAssignedTo' && method === 'POST') {
        if (this.refuse.has(sp.appId === GRAPH_APP_ID ? 'graph-roles' : 'exchange-roles')) return denied();
        if (this.assignments.some((a) => a.principalId === body.principalId && a.resourceId === sp.id && a.appRoleId === body.appRoleId))
          return reply(400, { error: { code: 'Request_BadRequest', message: 'Permission being assigned already exists on the object' } });
        const made = { id: this.newId('asg'), principalId: String(body.principalId), resourceId: sp.id, appRoleId: String(body.appRoleId) };
        this.assignments.push(made);
        return reply(201, made);
      }
    }
    if (set === 'oauth2PermissionGrants') {
      if (!id && method === 'GET') return reply(200, { value: this.filter(this.grants, params) });
      if (!id && method === 'POST') {
        if (this.refuse.has('grant')) return denied();
        if (this.grants.some((g) => g.clientId === body.clientId && g.resourceId === body.resourceId && g.consentType === body.consentType))
          return reply(409, { error: { code: 'Request_MultipleObjectsWithSameKeyValue', message: 'Permission entry already exists.' } });
        const made = {
          id: this.newId('grant'),
          clientId: String(body.clientId),
          consentType: String(body.consentType),
          resourceId: String(body.resourceId),
          scope: String(body.scope),
        };
        this.grants.push(made);
        return reply(201, made);
      }
      const grant = this.grants.find((g) => g.id === id);
      if (!grant) return notFound(id);
      if (method === 'PATCH') {
        grant.scope = String(body.scope);
        return reply(204);
      }
    }
    return reply(400, { error: { code: 'BadRequest', message: `fake Graph: ${method} ${path} not supported` } });
  }
}

function appJson(app: FakeApp): Json {
  return { ...app, passwordCredentials: app.passwordCredentials.map(({ secretText: _secret, ...rest }) => ({ ...rest, hint: rest.hint })) };
}

function reply(status: number, body?: unknown, headers?: Record<string, string>): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function denied(): Response {
  return reply(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } });
}

function notFound(id: string | undefined): Response {
  return reply(404, {
    error: {
      code: 'Request_ResourceNotFound',
      message: `Resource '${id ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
    },
  });
}
