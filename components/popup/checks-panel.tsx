import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/t';
import { cleanGuid, cleanPasted } from '../../utils/clean-input';
import { sameInputs, type CheckInputs } from '../../utils/checks/check-results';
import type { Setup } from '../../utils/schemas';
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

const PROGRESS = {
  tenant: () => t('popup_tenantProgress'),
  token: () => t('popup_tokenProgress'),
} satisfies Record<BackgroundCheck, () => string>;

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
        {t('popup_cancel')}
      </button>
    ) : (
      <button type="button" className="secondary small" onClick={() => void run(kind)} aria-label={label}>
        {t('popup_check')}
      </button>
    );

  const noSignInApp = signIn?.source === 'none';

  return (
    <section className="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">
        {t('popup_checks')}
        <button
          type="button"
          className="secondary small"
          disabled={!!running.tenant || !!running.token}
          onClick={() => void Promise.all([run('tenant'), run('token')])}
        >
          {t('popup_runChecks')}
        </button>
      </h2>
      <CheckItem
        title={t('popup_tenantExists')}
        line={results.tenant ? describeTenant(results.tenant.result, results.tenant.inputs.tenant ?? '') : undefined}
        stale={results.tenant ? !sameInputs(results.tenant.inputs, current, 'tenant') : false}
        progress={running.tenant ? PROGRESS.tenant() : undefined}
        error={errors.tenant}
        actions={actions('tenant', t('popup_checkTenant'))}
      />
      <CheckItem
        title={t('popup_secretWorks')}
        line={results.token ? describeToken(results.token.result) : undefined}
        stale={results.token ? !sameInputs(results.token.inputs, current, 'token') : false}
        progress={running.token ? PROGRESS.token() : undefined}
        error={errors.token}
        actions={actions('token', t('popup_checkSecret'))}
      />
      <CheckItem
        title={t('popup_audit')}
        line={audit ? describeAudit(audit.result) : undefined}
        stale={audit ? !sameInputs(audit.inputs, current, 'audit') : false}
        error={noSignInApp ? t('popup_auditNeedsApp') : undefined}
        actions={
          noSignInApp ? (
            <button type="button" className="secondary small" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('popup_options')}
            </button>
          ) : (
            <button type="button" className="secondary small" onClick={() => void openAudit()} aria-label={t('popup_signInAudit')}>
              {t('popup_signIn')}
            </button>
          )
        }
      >
        {audit?.result.status === 'done' ? <AuditList items={audit.result.audit.items} /> : null}
      </CheckItem>
      <p className="muted">{t('popup_neverBlocks')}</p>
    </section>
  );
}
