// @vitest-environment node
/**
 * The login replica signs in the seeded users (tokens with their `wids` and the granted `scp`)
 * and supports incremental consent: the sign-in app asks for the write scopes only when a
 * creation starts, an admin may accept them, a plain member may not.
 */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { CONTOSO, Directory } from '../replicas/directory';
import { registerSignInApp, setLoginAutoApprove, setLoginUser, SIGN_IN_READ_SCOPES, SIGN_IN_WRITE_SCOPES } from '../replicas/identity-seed';
import { loginState, ROLE_TEMPLATE } from '../replicas/identity-tokens';
import { loginHandler } from '../replicas/login/handler';
import { callHandler, json, jwtPayload, tokenRequest } from './replica-harness';

const REDIRECT = 'https://abc.chromiumapp.org/';
const ORIGIN = 'chrome-extension://abc';
const VERIFIER = 'a-verifier-long-enough-for-pkce-0123456789-abcdefghij';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');
const READ = 'openid profile offline_access https://graph.microsoft.com/Application.Read.All https://graph.microsoft.com/Directory.Read.All';
const WRITE = `openid profile offline_access ${SIGN_IN_WRITE_SCOPES.map((s) => `https://graph.microsoft.com/${s}`).join(' ')}`;

let directory: Directory;
let clientId: string;

beforeEach(() => {
  directory = new Directory();
  clientId = registerSignInApp(directory, { redirectUri: REDIRECT, consentedScopes: SIGN_IN_READ_SCOPES });
});

function authorizeUrl(scope: string, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({
    client_id: clientId,
    redirect_uri: REDIRECT,
    response_type: 'code',
    response_mode: 'fragment',
    scope,
    state: 's1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    ...extra,
  });
  return `https://login.microsoftonline.com/${CONTOSO.id}/oauth2/v2.0/authorize?${q.toString()}`;
}

/** The redirect's fragment parameters. */
function redirected(location: string | undefined): URLSearchParams {
  expect(location?.startsWith(REDIRECT)).toBe(true);
  return new URLSearchParams((location ?? '').split('#')[1] ?? '');
}

async function redeem(code: string, scope: string): Promise<Record<string, unknown>> {
  const answer = await tokenRequest(
    directory,
    CONTOSO.id,
    { grant_type: 'authorization_code', client_id: clientId, code, redirect_uri: REDIRECT, code_verifier: VERIFIER, scope },
    { origin: ORIGIN },
  );
  expect(answer.status).toBe(200);
  return jwtPayload(String(json(answer).access_token));
}

describe('auto-approve (no page)', () => {
  beforeEach(() => setLoginAutoApprove(directory, true));

  it('the audit sign-in gets the read scopes only; a creation adds the write scopes through incremental consent', async () => {
    const first = redirected((await callHandler(loginHandler, directory, authorizeUrl(READ))).headers.location);
    const read = await redeem(first.get('code') ?? '', READ);
    expect(String(read.scp).split(' ')).toEqual(expect.arrayContaining(['Application.Read.All', 'Directory.Read.All']));
    expect(String(read.scp)).not.toContain('ReadWrite');
    expect(read.wids).toEqual([ROLE_TEMPLATE.globalAdministrator, ROLE_TEMPLATE.defaultUser]);

    const second = redirected((await callHandler(loginHandler, directory, authorizeUrl(WRITE))).headers.location);
    const write = await redeem(second.get('code') ?? '', WRITE);
    expect(String(write.scp).split(' ')).toEqual(expect.arrayContaining([...SIGN_IN_WRITE_SCOPES]));
    expect(loginState(directory).authorizeRequests.map((r) => r.scope)).toEqual([READ, WRITE]);
  });

  it('a plain member signs in for the audit but may not accept the write scopes (AADSTS90094)', async () => {
    setLoginUser(directory, 'member');
    const first = redirected((await callHandler(loginHandler, directory, authorizeUrl(READ))).headers.location);
    const read = await redeem(first.get('code') ?? '', READ);
    expect(read).toMatchObject({ upn: 'member@contoso.onmicrosoft.com', wids: [ROLE_TEMPLATE.defaultUser] });
    const refused = redirected((await callHandler(loginHandler, directory, authorizeUrl(WRITE))).headers.location);
    expect(refused.get('error')).toBe('access_denied');
    expect(refused.get('error_description')).toMatch(/^AADSTS90094: The grant requires admin permission\./);
  });

  it('once the write scopes are consented tenant-wide, a member gets them in scp (Graph then checks his roles)', async () => {
    clientId = registerSignInApp(directory, { redirectUri: REDIRECT });
    setLoginUser(directory, 'member');
    const answer = redirected((await callHandler(loginHandler, directory, authorizeUrl(WRITE))).headers.location);
    const token = await redeem(answer.get('code') ?? '', WRITE);
    expect(String(token.scp).split(' ')).toEqual(expect.arrayContaining([...SIGN_IN_WRITE_SCOPES]));
    expect(token.wids).toEqual([ROLE_TEMPLATE.defaultUser]);
  });

  it('login_hint picks the account', async () => {
    const answer = redirected(
      (await callHandler(loginHandler, directory, authorizeUrl(READ, { login_hint: 'apps@contoso.onmicrosoft.com' }))).headers.location,
    );
    const token = await redeem(answer.get('code') ?? '', READ);
    expect(token).toMatchObject({ upn: 'apps@contoso.onmicrosoft.com', wids: [ROLE_TEMPLATE.cloudApplicationAdministrator, ROLE_TEMPLATE.defaultUser] });
  });
});

describe('interactive page', () => {
  it('shows a tile per seeded user and the permissions still to accept', async () => {
    const page = await callHandler(loginHandler, directory, authorizeUrl(WRITE));
    expect(page.status).toBe(200);
    for (const upn of ['admin', 'roles', 'apps', 'member']) expect(page.body).toContain(`name="replica_user" value="${upn}@contoso.onmicrosoft.com"`);
    expect(page.body).toContain('Permissions requested');
    for (const scope of SIGN_IN_WRITE_SCOPES) expect(page.body).toContain(`data-scope="${scope}"`);
    expect(page.body).not.toContain('data-scope="Application.Read.All"');
  });

  it('a member who picks his tile gets "Need admin approval"; a Cloud Application Administrator accepts', async () => {
    const post = (user: string) =>
      callHandler(loginHandler, directory, authorizeUrl(WRITE), { method: 'POST', body: `replica_user=${encodeURIComponent(user)}` });
    const member = await post('member@contoso.onmicrosoft.com');
    expect(member.status).toBe(200);
    expect(member.body).toContain('Need admin approval');
    expect(member.body).toContain('Return to the application without granting consent');
    const apps = await post('apps@contoso.onmicrosoft.com');
    const code = redirected(apps.headers.location).get('code') ?? '';
    const token = await redeem(code, WRITE);
    expect(token).toMatchObject({ upn: 'apps@contoso.onmicrosoft.com' });
    expect(String(token.scp).split(' ')).toEqual(expect.arrayContaining([...SIGN_IN_WRITE_SCOPES]));
  });
});
