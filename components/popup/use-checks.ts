import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AuditOutcome, CheckRecord, SetupCheckResults } from '../../utils/checks/check-results';
import { signInClientId, type SignInClientId } from '../../utils/checks/sign-in-config';
import { request } from '../../utils/messaging-client';
import { auditResultsItem, checkResultsItem } from '../../utils/storage-items';

export type BackgroundCheck = 'tenant' | 'token';

export interface ChecksDraft {
  clientId: string;
  tenantId: string;
  secret: string;
}

/**
 * The live checks of a setup: the last results (kept in storage.session, so they survive the
 * popup closing; the audit arrives from the sign-in tab), the ones running, and how to run,
 * cancel or open them.
 */
export function useChecks(setupId: string | undefined, draft: ChecksDraft, ensureSetup: () => Promise<string | undefined>) {
  const [results, setResults] = useState<SetupCheckResults>({});
  const [audit, setAudit] = useState<CheckRecord<AuditOutcome>>();
  const [running, setRunning] = useState<Partial<Record<BackgroundCheck, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<BackgroundCheck, string>>>({});
  const [signIn, setSignIn] = useState<SignInClientId>();

  useEffect(() => {
    void signInClientId().then(setSignIn);
  }, []);

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

  /** The Graph audit signs in, so it runs in a tab of its own. */
  const openAudit = async () => {
    const id = await ensureSetup();
    if (!id) return;
    await browser.tabs.create({ url: `${browser.runtime.getURL('/signin.html')}?setup=${encodeURIComponent(id)}&start=1` });
  };

  return { results, audit, running, errors, signIn, run, cancel, openAudit };
}
