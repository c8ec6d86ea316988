import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { CREATE_SCOPES, SignInError, signInForGraph } from '../../utils/checks/msal-signin';
import { signInClientId } from '../../utils/checks/sign-in-config';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';
import { CreateProgress, useCreateJob } from './create-progress';

/**
 * The sign-in page in its creation mode (signin.html?create=<setup id>): signs in with the write
 * scopes (asked here only, when a creation starts), hands the token to the background (which keeps
 * it in memory and storage.session) and shows the run step by step. The token never stays here.
 */
export function CreateSignInPage({ setupId }: { setupId: string }) {
  const job = useCreateJob(setupId);
  const [stage, setStage] = useState<'signing-in' | 'running'>();
  const [error, setError] = useState<string>();
  const started = useRef(false);

  const start = useCallback(async () => {
    setError(undefined);
    setStage('running');
    try {
      // A sign-in of this browser session may still be valid: then no Microsoft window at all.
      const first = await request({ type: 'create-run', setupId });
      if (!first.ok) return setError(first.error);
      if (!('signIn' in first.value)) return;
      const config = await signInClientId();
      if (config.source === 'none') return setError(t('graph_noAppSet'));
      setStage('signing-in');
      const signedIn = await signInForGraph(
        { clientId: config.clientId, tenant: first.value.tenant, scopes: CREATE_SCOPES },
        { launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details), redirectUri: browser.identity.getRedirectURL() },
      );
      setStage('running');
      const token = {
        accessToken: signedIn.accessToken,
        // Without an expiry from msal, an hour: Microsoft's usual access token lifetime.
        expiresOn: signedIn.expiresOn ?? Date.now() + 3_600_000,
        tenantId: signedIn.tenantId,
        username: signedIn.username,
      };
      const result = await request({ type: 'create-run', setupId, token });
      if (!result.ok) setError(result.error);
    } catch (e) {
      setError(e instanceof SignInError || e instanceof Error ? e.message : String(e));
    } finally {
      setStage(undefined);
    }
  }, [setupId]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start();
  }, [start]);

  const again = job?.status === 'failed' && job.problems?.some((p) => p.kind === 'signed-out' || p.needsConsent);
  return (
    <main className="signin" aria-labelledby="create-title">
      <h1 id="create-title">{t('graph_pageTitle')}</h1>
      <p>{t('graph_pageIntro')}</p>
      {stage === 'signing-in' ? <p className="check-progress">{t('graph_signingIn')}</p> : null}
      {error ? (
        <p role="alert" className="check check-error">
          {error}
        </p>
      ) : null}
      {job ? <CreateProgress job={job} /> : stage ? null : <p>{t('graph_noJob')}</p>}
      {!stage && (again || error) ? (
        <p>
          <button type="button" className="primary" onClick={() => void start()}>
            {job?.problems?.some((p) => p.kind === 'signed-out') || error ? t('graph_signInAgain') : t('graph_checkAgain')}
          </button>
        </p>
      ) : null}
    </main>
  );
}
