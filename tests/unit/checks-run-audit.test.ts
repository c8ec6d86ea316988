import { describe, expect, it, vi } from 'vitest';
import { SignInError } from '../../utils/checks/msal-signin';
import { runAudit, type RunAuditDeps } from '../../utils/checks/run-audit';
import type { Setup } from '../../utils/schemas';
import { setUiLanguage } from './i18n-setup';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const provenance = { source: 'manual' as const, detail: 'typed', capturedAt: 0 };
const setup: Setup = {
  id: 's1',
  name: 'x',
  path: 'imap',
  clientId: { value: ` ${APP_ID.toUpperCase()} `, provenance },
  tenantId: { value: TENANT, provenance },
  progress: {},
  createdAt: 0,
  updatedAt: 0,
};

function deps(overrides: Partial<RunAuditDeps> = {}): RunAuditDeps {
  return {
    signInClientId: async () => ({ clientId: 'aaaaaaaa-0000-4000-8000-000000000000', source: 'settings' }),
    signIn: async () => ({ accessToken: 'token-value', username: 'admin@contoso.onmicrosoft.com', tenantId: TENANT }),
    graph: () => async () => ({ status: 404, body: {} }),
    now: () => 0,
    ...overrides,
  };
}

describe('runAudit', () => {
  it("signs in to the setup's tenant with the configured app, then reads Graph with that token only", async () => {
    const signIn = vi.fn(deps().signIn);
    const graph = vi.fn(deps().graph);
    const stages: string[] = [];
    const outcome = await runAudit(setup, 'abc8Q~rest', deps({ signIn, graph, onStage: (s) => stages.push(s) }));
    expect(signIn).toHaveBeenCalledWith({ clientId: 'aaaaaaaa-0000-4000-8000-000000000000', tenant: TENANT });
    expect(graph).toHaveBeenCalledWith('token-value');
    expect(stages).toEqual(['signing-in', 'reading']);
    expect(outcome).toMatchObject({ status: 'done', signedInAs: 'admin@contoso.onmicrosoft.com', audit: { items: [{ id: 'app', level: 'error' }] } });
    expect(JSON.stringify(outcome)).not.toContain('token-value');
  });

  it('explains a missing sign-in app without signing in', async () => {
    const signIn = vi.fn();
    const outcome = await runAudit(setup, undefined, deps({ signIn, signInClientId: async () => ({ source: 'none' }) }));
    expect(outcome).toMatchObject({ status: 'failed', kind: 'config', message: expect.stringMatching(/Sign-in app \(client\) ID/) });
    expect(signIn).not.toHaveBeenCalled();
  });

  it('needs a client ID', async () => {
    expect(await runAudit({ ...setup, clientId: undefined }, undefined, deps())).toMatchObject({ status: 'failed', kind: 'config' });
  });

  it('reports a closed sign-in window as cancelled, and offline as offline', async () => {
    expect(await runAudit(setup, undefined, deps({ signIn: async () => Promise.reject(new SignInError('Sign-in was cancelled.', 'cancelled')) }))).toEqual({
      status: 'cancelled',
      message: 'Sign-in was cancelled.',
    });
    expect(
      await runAudit(setup, undefined, deps({ signIn: async () => Promise.reject(new SignInError('Microsoft could not be reached (offline?).', 'offline')) })),
    ).toMatchObject({ status: 'failed', kind: 'offline' });
  });

  it('reports a Graph timeout as offline', async () => {
    const graph = () => async () => Promise.reject(new DOMException('timed out', 'TimeoutError'));
    expect(await runAudit(setup, undefined, deps({ graph }))).toEqual({
      status: 'failed',
      kind: 'offline',
      message: 'Microsoft Graph did not answer in time.',
    });
  });

  it('reports a Graph refusal with what permission is needed', async () => {
    const graph = () => async () => ({ status: 403, body: { error: { message: 'Insufficient privileges to complete the operation.' } } });
    expect(await runAudit(setup, undefined, deps({ graph }))).toMatchObject({
      status: 'failed',
      kind: 'graph',
      message: expect.stringMatching(/Application\.Read\.All/),
    });
  });

  it('is cancellable while reading', async () => {
    const controller = new AbortController();
    const graph = () => async () => {
      controller.abort();
      throw new DOMException('aborted', 'AbortError');
    };
    expect(await runAudit(setup, undefined, deps({ graph, signal: controller.signal }))).toEqual({ status: 'cancelled', message: 'Cancelled.' });
  });

  it('an app Graph describes in a shape the extension does not read is an audit outcome, not a crash reported as offline', async () => {
    const graph = () => async () => ({ status: 200, body: { id: 'app-object-id', isFallbackPublicClient: 'yes', requiredResourceAccess: 'all' } });
    const outcome = await runAudit(setup, 'abc8Q~rest', deps({ graph }));
    expect(outcome).toMatchObject({
      status: 'done',
      audit: { items: [{ id: 'app', level: 'error', detail: expect.stringContaining('Microsoft Graph answered something the extension could not read') }] },
    });
  });
});

describe('runAudit in German', () => {
  it('explains in German what stops the audit', async () => {
    setUiLanguage('de');
    expect(await runAudit({ ...setup, clientId: undefined }, undefined, deps())).toMatchObject({
      message: 'Geben Sie zuerst die Anwendungs-ID (Client) ein: Die Prüfung sucht nach dieser App.',
    });
    expect(await runAudit(setup, undefined, deps({ signInClientId: async () => ({ source: 'none' }) }))).toMatchObject({
      message: expect.stringContaining('unter „Anmelde-App-ID (Client)“'),
    });
    expect(await runAudit(setup, undefined, deps({ signIn: async () => Promise.reject(new Error('fetch failed')) }))).toEqual({
      status: 'failed',
      kind: 'offline',
      message: 'Microsoft war nicht erreichbar (offline?): fetch failed',
    });
    expect(await runAudit(setup, undefined, deps({ signIn: async () => Promise.reject(new Error('boom')) }))).toMatchObject({
      kind: 'sign-in',
      message: 'Die Anmeldung ist fehlgeschlagen: boom',
    });
    const timeout = () => async () => Promise.reject(new DOMException('timed out', 'TimeoutError'));
    expect(await runAudit(setup, undefined, deps({ graph: timeout }))).toMatchObject({ message: 'Microsoft Graph hat nicht rechtzeitig geantwortet.' });
    const offline = () => async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await runAudit(setup, undefined, deps({ graph: offline }))).toMatchObject({ message: 'Microsoft Graph war nicht erreichbar (offline?).' });
    const refused = () => async () => ({ status: 403, body: { error: { message: 'Insufficient privileges to complete the operation.' } } });
    expect(await runAudit(setup, undefined, deps({ graph: refused }))).toMatchObject({
      kind: 'graph',
      message:
        'Microsoft Graph hat das Lesen der App-Registrierungen verweigert: Insufficient privileges to complete the operation. Melden Sie sich mit einem Konto an, das Anwendungen lesen darf (Application.Read.All).',
    });
    const failing = () => async () => ({ status: 500, body: null });
    expect(await runAudit(setup, undefined, deps({ graph: failing }))).toMatchObject({
      kind: 'graph',
      message: 'Microsoft Graph hat mit HTTP 500 geantwortet.',
    });
    expect(await runAudit(setup, undefined, deps())).toMatchObject({ audit: { items: [{ id: 'app', title: 'App-Registrierung' }] } });
  });

  it('the English texts stay as they were', async () => {
    expect(await runAudit({ ...setup, clientId: undefined }, undefined, deps())).toMatchObject({
      message: 'Enter the Application (client) ID first: the audit looks that app up.',
    });
    expect(await runAudit(setup, undefined, deps({ signInClientId: async () => ({ source: 'none' }) }))).toMatchObject({
      message:
        "The configuration audit needs a sign-in app: an app registration of your organisation (single-page application, with the extension's redirect URL) whose client ID is set in this extension's options under \"Sign-in app (client) ID\", or by your administrator's policy.",
    });
    const failing = () => async () => ({ status: 500, body: { error: { message: 'Service unavailable' } } });
    expect(await runAudit(setup, undefined, deps({ graph: failing }))).toMatchObject({ message: 'Microsoft Graph answered Service unavailable.' });
  });
});
