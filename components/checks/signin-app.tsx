import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AuditOutcome } from '../../utils/checks/check-results';
import { graphGetter, signInForGraph } from '../../utils/checks/msal-signin';
import { auditInputs, runAudit, type AuditStage } from '../../utils/checks/run-audit';
import { signInClientId, type SignInClientId } from '../../utils/checks/sign-in-config';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';
import type { ExtensionState } from '../../utils/schemas';
import { auditResultsItem } from '../../utils/storage-items';
import { CreateSignInPage } from '../popup/create-signin';
import { AuditList } from './audit-list';
import { describeAudit } from './describe-results';
import './checks.css';

const STAGE_TEXT: Record<AuditStage, () => string> = {
  'signing-in': () => t('signin_stageSigningIn'),
  reading: () => t('signin_stageReading'),
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
    setOutcome({ status: 'cancelled', message: t('checks_cancelled') });
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
      <h1 id="signin-title">{t('signin_title')}</h1>
      <p>{t('signin_intro')}</p>
      {loadError ? (
        <p role="alert" className="check check-error">
          {loadError}
        </p>
      ) : null}
      {state && !setup ? (
        <p role="alert" className="check check-error">
          {t('signin_setupGone')}
        </p>
      ) : null}
      {setup ? (
        <dl>
          <dt>{t('signin_clientId')}</dt>
          <dd>{setup.clientId?.value || '—'}</dd>
          <dt>{t('signin_tenant')}</dt>
          <dd>{setup.tenantId?.value || setup.tenantDomain || t('signin_tenantLater')}</dd>
          <dt>{t('signin_path')}</dt>
          <dd>{setup.path === 'imap' ? 'IMAP' : 'MAPI/EWS'}</dd>
        </dl>
      ) : null}
      {config?.source === 'none' ? (
        <div role="alert">
          <p className="check check-error">{t('signin_noSignInApp')}</p>
          <p>{t('signin_noSignInAppFix', { option: t('options_signInClientId'), url: browser.identity.getRedirectURL() })}</p>
          <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('graph_openOptions')}
          </button>
        </div>
      ) : null}
      <p>
        {stage ? (
          <button type="button" className="secondary" onClick={cancel}>
            {t('popup_cancel')}
          </button>
        ) : (
          <button type="button" className="primary" disabled={!setup || !config || config.source === 'none'} onClick={() => void start()}>
            {outcome ? t('signin_auditAgain') : t('signin_audit')}
          </button>
        )}
      </p>
      <div aria-live="polite">
        {stage ? <p className="check-progress">{STAGE_TEXT[stage]()}</p> : null}
        {line ? <p className={`check check-${line.level}`}>{line.text}</p> : null}
        {outcome?.status === 'done' ? <AuditList items={outcome.audit.items} /> : null}
      </div>
    </main>
  );
}
