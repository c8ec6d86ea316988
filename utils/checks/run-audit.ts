/**
 * The whole audit as the sign-in page runs it: who to sign in with, sign in, read Graph, and
 * an outcome that never contains the token. Dependencies are injected for tests.
 */
import { cleanGuid } from '../clean-input';
import { t } from '../i18n/t';
import type { Setup } from '../schemas';
import type { AuditOutcome, CheckInputs } from './check-results';
import { auditApp, GraphAccessError, type GraphGet } from './graph-audit';
import { SignInError, type SignedIn, type SignInInput } from './msal-signin';
import type { SignInClientId } from './sign-in-config';

export type AuditStage = 'signing-in' | 'reading';

export interface RunAuditDeps {
  signInClientId: () => Promise<SignInClientId>;
  signIn: (input: SignInInput) => Promise<SignedIn>;
  graph: (accessToken: string) => GraphGet;
  now: () => number;
  onStage?: (stage: AuditStage) => void;
  signal?: AbortSignal;
}

export function auditInputs(setup: Setup, secret: string | undefined): CheckInputs {
  return {
    clientId: cleanGuid(setup.clientId?.value ?? '').value,
    tenant: cleanGuid(setup.tenantId?.value ?? setup.tenantDomain ?? '').value,
    secretHint: secret ? secret.slice(0, 3) : undefined,
  };
}

export async function runAudit(setup: Setup, secret: string | undefined, deps: RunAuditDeps): Promise<AuditOutcome> {
  const inputs = auditInputs(setup, secret);
  if (!inputs.clientId) return { status: 'failed', kind: 'config', message: t('checks_auditNeedsClientId') };
  const config = await deps.signInClientId();
  if (config.source === 'none') return { status: 'failed', kind: 'config', message: t('checks_auditNoSignInApp', { option: t('options_signInClientId') }) };
  deps.onStage?.('signing-in');
  let signedIn: SignedIn;
  try {
    signedIn = await deps.signIn({ clientId: config.clientId, tenant: inputs.tenant || undefined });
  } catch (error) {
    if (deps.signal?.aborted) return { status: 'cancelled', message: t('checks_cancelled') };
    if (error instanceof SignInError && error.kind === 'cancelled') return { status: 'cancelled', message: error.message };
    if (error instanceof SignInError && error.kind === 'offline') return { status: 'failed', kind: 'offline', message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    if (/network|fetch|offline|timed? ?out/i.test(message))
      return { status: 'failed', kind: 'offline', message: t('checks_auditOffline', { reason: message }) };
    return { status: 'failed', kind: 'sign-in', message: error instanceof SignInError ? error.message : t('checks_auditSignInFailed', { reason: message }) };
  }
  if (deps.signal?.aborted) return { status: 'cancelled', message: t('checks_cancelled') };
  deps.onStage?.('reading');
  try {
    const audit = await auditApp(
      {
        clientId: inputs.clientId,
        path: setup.path,
        protocols: setup.protocols,
        secretHint: inputs.secretHint,
        enteredSpObjectId: setup.spObjectId?.value,
        now: deps.now(),
      },
      deps.graph(signedIn.accessToken),
    );
    return { status: 'done', audit, signedInAs: signedIn.username, tenantId: signedIn.tenantId };
  } catch (error) {
    if (deps.signal?.aborted) return { status: 'cancelled', message: t('checks_cancelled') };
    if (error instanceof GraphAccessError) return { status: 'failed', kind: 'graph', message: error.message };
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return {
      status: 'failed',
      kind: 'offline',
      message: timedOut ? t('checks_auditGraphTimeout') : t('checks_auditGraphOffline'),
    };
  }
}
