import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { cleanGuid, cleanPasted } from '../../utils/clean-input';
import { sameInputs, type AuditOutcome, type CheckInputs, type CheckRecord, type SetupCheckResults } from '../../utils/checks/check-results';
import { signInClientId, type SignInClientId } from '../../utils/checks/sign-in-config';
import { request } from '../../utils/messaging-client';
import type { Setup } from '../../utils/schemas';
import { auditResultsItem, checkResultsItem } from '../../utils/storage-items';
import { checkExpiry } from '../../utils/validation';
import { AuditList } from '../checks/audit-list';
import { describeAudit, describeTenant, describeToken, type Line } from '../checks/describe-results';
import '../checks/checks.css';

type BackgroundCheck = 'tenant' | 'token';

export interface ChecksPanelProps {
  setup: Setup | undefined;
  draft: { clientId: string; tenantId: string; secret: string };
  ensureSetup: () => Promise<string | undefined>;
}

const PROGRESS: Record<BackgroundCheck, string> = {
  tenant: 'Asking Microsoft about the tenant…',
  token: 'Requesting a token from Microsoft with these values…',
};

function CheckItem(props: {
  title: string;
  line?: Line;
  stale?: boolean;
  progress?: string;
  error?: string;
  children?: React.ReactNode;
  actions: React.ReactNode;
}) {
  const id = useId();
  return (
    <section className="check-item" aria-labelledby={id}>
      <div className="check-item-head">
        <h3 id={id}>{props.title}</h3>
        {props.actions}
      </div>
      <div aria-live="polite">
        {props.progress ? <p className="check-progress">{props.progress}</p> : null}
        {!props.progress && props.error ? <p className="check check-error">{props.error}</p> : null}
        {!props.progress && !props.error && props.line ? (
          <>
            <p className={`check check-${props.line.level}`}>{props.line.text}</p>
            {props.line.fix ? <p className="check-fix">{props.line.fix}</p> : null}
            {props.stale ? <p className="check-stale">Checked with earlier values: run it again.</p> : null}
            {props.children}
          </>
        ) : null}
      </div>
    </section>
  );
}

/** The live checks: independent, cancellable, never in the way of filling. */
export function ChecksPanel({ setup, draft, ensureSetup }: ChecksPanelProps) {
  const [results, setResults] = useState<SetupCheckResults>({});
  const [audit, setAudit] = useState<CheckRecord<AuditOutcome>>();
  const [running, setRunning] = useState<Partial<Record<BackgroundCheck, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<BackgroundCheck | 'audit', string>>>({});
  const [signIn, setSignIn] = useState<SignInClientId>();
  const setupId = setup?.id;

  useEffect(() => {
    void signInClientId().then(setSignIn);
  }, []);

  // Results survive the popup closing, and the audit arrives from the sign-in tab.
  useEffect(() => {
    if (!setupId) return;
    const load = async () => {
      setResults((await checkResultsItem.getValue())[setupId] ?? {});
      setAudit((await auditResultsItem.getValue())[setupId]);
    };
    void load();
    const unwatchChecks = checkResultsItem.watch((all) => setResults(all?.[setupId] ?? {}));
    const unwatchAudit = auditResultsItem.watch((all) => setAudit(all?.[setupId]));
    return () => {
      unwatchChecks();
      unwatchAudit();
    };
  }, [setupId]);

  const secret = cleanPasted(draft.secret).value;
  const current: CheckInputs = {
    clientId: cleanGuid(draft.clientId).value,
    tenant: cleanGuid(draft.tenantId).value,
    secretHint: secret ? secret.slice(0, 3) : undefined,
    secretLength: secret ? secret.length : undefined,
  };

  const run = async (kind: BackgroundCheck) => {
    const id = await ensureSetup();
    if (!id) return;
    const checkId = crypto.randomUUID();
    setRunning((r) => ({ ...r, [kind]: checkId }));
    setErrors((e) => ({ ...e, [kind]: undefined }));
    const response = await request({
      type: 'run-check',
      checkId,
      setupId: id,
      kind,
      clientId: draft.clientId,
      tenantId: draft.tenantId,
      secret: kind === 'token' ? draft.secret : undefined,
    });
    setRunning((r) => (r[kind] === checkId ? { ...r, [kind]: undefined } : r));
    if (response.ok) setResults(response.value);
    else setErrors((e) => ({ ...e, [kind]: response.error }));
  };

  const cancel = async (kind: BackgroundCheck) => {
    const checkId = running[kind];
    setRunning((r) => ({ ...r, [kind]: undefined }));
    if (checkId) await request({ type: 'cancel-check', checkId });
  };

  const openAudit = async () => {
    const id = await ensureSetup();
    if (!id) return;
    await browser.tabs.create({ url: `${browser.runtime.getURL('/signin.html')}?setup=${encodeURIComponent(id)}&start=1` });
  };

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
        error={signIn?.source === 'none' ? 'Needs a sign-in app: set "Sign-in app (client) ID" in the options.' : undefined}
        actions={
          signIn?.source === 'none' ? (
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
