import { browser } from 'wxt/browser';
import { cleanGuid, cleanPasted } from '../../utils/clean-input';
import { sameInputs, type CheckInputs } from '../../utils/checks/check-results';
import type { Setup } from '../../utils/schemas';
import { checkExpiry } from '../../utils/validation';
import { AuditList } from '../checks/audit-list';
import { describeAudit, describeTenant, describeToken } from '../checks/describe-results';
import { CheckItem } from './check-item';
import { useChecks, type BackgroundCheck, type ChecksDraft } from './use-checks';
import '../checks/checks.css';

export interface ChecksPanelProps {
  setup: Setup | undefined;
  draft: ChecksDraft;
  ensureSetup: () => Promise<string | undefined>;
}

const PROGRESS: Record<BackgroundCheck, string> = {
  tenant: 'Asking Microsoft about the tenant…',
  token: 'Requesting a token from Microsoft with these values…',
};

/** What the results are compared with to mark them stale: the values as typed now, the secret by its first characters. */
function currentInputs(draft: ChecksDraft): CheckInputs {
  const secret = cleanPasted(draft.secret).value;
  return {
    clientId: cleanGuid(draft.clientId).value,
    tenant: cleanGuid(draft.tenantId).value,
    secretHint: secret ? secret.slice(0, 3) : undefined,
    secretLength: secret ? secret.length : undefined,
  };
}

/** The live checks: independent, cancellable, never in the way of filling. */
export function ChecksPanel({ setup, draft, ensureSetup }: ChecksPanelProps) {
  const { results, audit, running, errors, signIn, run, cancel, openAudit } = useChecks(setup?.id, draft, ensureSetup);
  const current = currentInputs(draft);

  const actions = (kind: BackgroundCheck, label: string) =>
    running[kind] ? (
      <button type="button" className="secondary small" onClick={() => void cancel(kind)}>
        Cancel
      </button>
    ) : (
      <button type="button" className="secondary small" onClick={() => void run(kind)} aria-label={label}>
        Check
      </button>
    );

  const expiry = setup?.secretMeta?.expires ? checkExpiry(setup.secretMeta.expires, Date.now()) : undefined;
  const noSignInApp = signIn?.source === 'none';

  return (
    <section className="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">
        Checks
        <button
          type="button"
          className="secondary small"
          disabled={!!running.tenant || !!running.token}
          onClick={() => void Promise.all([run('tenant'), run('token')])}
        >
          Run checks
        </button>
      </h2>
      {expiry ? <p className={`check check-${expiry.level}`}>Secret expiry: {expiry.message}</p> : null}
      <CheckItem
        title="Tenant exists"
        line={results.tenant ? describeTenant(results.tenant.result, results.tenant.inputs.tenant ?? '') : undefined}
        stale={results.tenant ? !sameInputs(results.tenant.inputs, current, 'tenant') : false}
        progress={running.tenant ? PROGRESS.tenant : undefined}
        error={errors.tenant}
        actions={actions('tenant', 'Check the tenant')}
      />
      <CheckItem
        title="Secret works"
        line={results.token ? describeToken(results.token.result) : undefined}
        stale={results.token ? !sameInputs(results.token.inputs, current, 'token') : false}
        progress={running.token ? PROGRESS.token : undefined}
        error={errors.token}
        actions={actions('token', 'Check the secret with a token request')}
      />
      <CheckItem
        title="Configuration audit"
        line={audit ? describeAudit(audit.result) : undefined}
        stale={audit ? !sameInputs(audit.inputs, current, 'audit') : false}
        error={noSignInApp ? 'Needs a sign-in app: set "Sign-in app (client) ID" in the options.' : undefined}
        actions={
          noSignInApp ? (
            <button type="button" className="secondary small" onClick={() => void browser.runtime.openOptionsPage()}>
              Options
            </button>
          ) : (
            <button type="button" className="secondary small" onClick={() => void openAudit()} aria-label="Sign in and audit the configuration">
              Sign in…
            </button>
          )
        }
      >
        {audit?.result.status === 'done' ? <AuditList items={audit.result.audit.items} /> : null}
      </CheckItem>
      <p className="muted">Checks never block filling: you may fill ServiceOps anyway.</p>
    </section>
  );
}
