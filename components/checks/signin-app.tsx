import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AuditOutcome } from '../../utils/checks/check-results';
import { graphGetter, signInForGraph } from '../../utils/checks/msal-signin';
import { auditInputs, runAudit, type AuditStage } from '../../utils/checks/run-audit';
import { signInClientId, type SignInClientId } from '../../utils/checks/sign-in-config';
import { request } from '../../utils/messaging-client';
import type { ExtensionState } from '../../utils/schemas';
import { auditResultsItem } from '../../utils/storage-items';
import { CreateSignInPage } from '../popup/create-signin';
import { AuditList } from './audit-list';
import { describeAudit } from './describe-results';
import './checks.css';

const STAGE_TEXT: Record<AuditStage, string> = {
  'signing-in': 'Signing in with Microsoft (a Microsoft window opens)…',
  reading: 'Reading the app registration, its service principal and its consent from Microsoft Graph…',
};

const GRAPH_TIMEOUT_MS = 15_000;

/**
 * The sign-in page: opened from the popup in a tab of its own, because msal needs a page that
 * stays open while Microsoft's sign-in window has the focus. It runs the configuration audit
 * (read-only scopes), or with ?create=<setup id> "Set it up for me" (write scopes).
 */
export function SignInApp() {
  const create = new URLSearchParams(location.search).get('create');
  return create ? <CreateSignInPage setupId={create} /> : <AuditPage />;
}

/** The configuration audit. */
function AuditPage() {
  const params = new URLSearchParams(location.search);
  const setupId = params.get('setup') ?? undefined;
  const autoStart = params.get('start') === '1';
  const [state, setState] = useState<ExtensionState>();
  const [config, setConfig] = useState<SignInClientId>();
  const [stage, setStage] = useState<AuditStage>();
  const [outcome, setOutcome] = useState<AuditOutcome>();
  const [loadError, setLoadError] = useState<string>();
  const controller = useRef<AbortController>(undefined);
  const started = useRef(false);

  const setup = state?.setups.find((s) => s.id === (setupId ?? state.activeSetupId));
  // The audit tells the app's secrets apart by their first characters (Graph's hint): this page never gets the value.
  const secret = state?.secret?.setupId === setup?.id ? state?.secret?.hint : undefined;

  useEffect(() => {
    void (async () => {
      const [result, cfg] = await Promise.all([request({ type: 'get-state' }), signInClientId()]);
      setConfig(cfg);
      if (result.ok) setState(result.value);
      else setLoadError(result.error);
    })();
  }, []);

  const start = useCallback(async () => {
    if (!setup) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setOutcome(undefined);
    const result = await runAudit(setup, secret, {
      signInClientId,
      signIn: (input) =>
        signInForGraph(input, { launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details), redirectUri: browser.identity.getRedirectURL() }),
      graph: (token) => graphGetter(token, AbortSignal.any([abort.signal, AbortSignal.timeout(GRAPH_TIMEOUT_MS)])),
      now: () => Date.now(),
      onStage: setStage,
      signal: abort.signal,
    });
    if (controller.current !== abort) return;
    setStage(undefined);
    setOutcome(result);
    const all = await auditResultsItem.getValue();
    await auditResultsItem.setValue({ ...all, [setup.id]: { at: Date.now(), inputs: auditInputs(setup, secret), result } });
  }, [setup, secret]);

  const cancel = () => {
    controller.current?.abort();
    controller.current = undefined;
    setStage(undefined);
    setOutcome({ status: 'cancelled', message: 'Cancelled.' });
  };

  useEffect(() => {
    if (autoStart && setup && config && config.source !== 'none' && !started.current) {
      started.current = true;
      void start();
    }
  }, [autoStart, setup, config, start]);

  const line = outcome ? describeAudit(outcome) : undefined;
  return (
    <main className="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">Configuration audit</h1>
      <p>
        Signs you in with Microsoft and reads, with read-only permissions, how the app is configured. Nothing is changed, and the sign-in token is kept in this
        page's memory only.
      </p>
      {loadError ? (
        <p role="alert" className="check check-error">
          {loadError}
        </p>
      ) : null}
      {state && !setup ? (
        <p role="alert" className="check check-error">
          That setup no longer exists. Open the popup and start the audit again.
        </p>
      ) : null}
      {setup ? (
        <dl>
          <dt>Application (client) ID</dt>
          <dd>{setup.clientId?.value || '—'}</dd>
          <dt>Tenant</dt>
          <dd>{setup.tenantId?.value || setup.tenantDomain || 'chosen when you sign in'}</dd>
          <dt>Path</dt>
          <dd>{setup.path === 'imap' ? 'IMAP' : 'MAPI/EWS'}</dd>
        </dl>
      ) : null}
      {config?.source === 'none' ? (
        <div role="alert">
          <p className="check check-error">The sign-in app (client) ID is not set.</p>
          <p>
            Set "Sign-in app (client) ID" in the options. Register that app as a single-page application with the redirect URL{' '}
            {browser.identity.getRedirectURL()}.
          </p>
          <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
            Open options
          </button>
        </div>
      ) : null}
      <p>
        {stage ? (
          <button type="button" className="secondary" onClick={cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" disabled={!setup || !config || config.source === 'none'} onClick={() => void start()}>
            {outcome ? 'Sign in and audit again' : 'Sign in and audit'}
          </button>
        )}
      </p>
      <div aria-live="polite">
        {stage ? <p className="check-progress">{STAGE_TEXT[stage]}</p> : null}
        {line ? <p className={`check check-${line.level}`}>{line.text}</p> : null}
        {outcome?.status === 'done' ? <AuditList items={outcome.audit.items} /> : null}
      </div>
    </main>
  );
}
