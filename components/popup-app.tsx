import { useEffect, useMemo, useRef, useState } from 'react';
import { request } from '../utils/messaging-client';
import type { FillReport } from '../utils/messages';
import type { Setup } from '../utils/schemas';
import { checkClientId, checkSecret, checkTenantId } from '../utils/validation';
import { Field } from './field';
import { describeProvenance } from './format';
import { useExtensionState } from './use-extension-state';

const OUTCOME_TEXT: Record<FillReport['fields'][number]['outcome'], string> = {
  filled: 'filled',
  'already-equal': 'already had this value',
  'not-present': 'not in this form',
  failed: 'not filled',
  'read-only': 'read-only',
};

interface Draft {
  clientId: string;
  tenantId: string;
  secret: string;
}

function draftOf(setup: Setup | undefined, secret: string | undefined): Draft {
  return { clientId: setup?.clientId?.value ?? '', tenantId: setup?.tenantId?.value ?? setup?.tenantDomain ?? '', secret: secret ?? '' };
}

export function PopupApp() {
  const { state, error, reload } = useExtensionState();
  const active = state?.setups.find((s) => s.id === state.activeSetupId);
  const [draft, setDraft] = useState<Draft>({ clientId: '', tenantId: '', secret: '' });
  const [showSecret, setShowSecret] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport>();
  const [fillError, setFillError] = useState<string>();
  const loadedFor = useRef<string>(undefined);

  // Load the stored values once per setup; after that the admin's typing is the source of truth.
  useEffect(() => {
    if (!state || loadedFor.current === (active?.id ?? '')) return;
    loadedFor.current = active?.id ?? '';
    setDraft(draftOf(active, state.secret?.value));
  }, [state, active]);

  const creating = useRef<Promise<string | undefined>>(undefined);
  const ensureSetup = (): Promise<string | undefined> => {
    if (active) return Promise.resolve(active.id);
    // Several keystrokes may arrive before the first setup exists: create it once.
    creating.current ??= request({ type: 'new-setup' }).then(async (created) => {
      if (!created.ok) return undefined;
      loadedFor.current = created.value.id;
      await reload();
      return created.value.id;
    });
    return creating.current;
  };

  // Every keystroke is saved, valid or not: closing the popup must lose nothing typed.
  const update = async (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const setupId = await ensureSetup();
    if (!setupId) return;
    if (key === 'secret') await request({ type: 'set-secret', setupId, value });
    else await request({ type: 'update-setup', setupId, patch: { [key]: value } });
  };

  const checks = useMemo(
    () => ({ clientId: checkClientId(draft.clientId), tenantId: checkTenantId(draft.tenantId, draft.clientId), secret: checkSecret(draft.secret) }),
    [draft],
  );

  const fill = async () => {
    setBusy(true);
    setReport(undefined);
    setFillError(undefined);
    const setupId = await ensureSetup();
    const result = setupId ? await request({ type: 'fill-serviceops', setupId }) : { ok: false as const, error: 'Could not create a setup.' };
    setBusy(false);
    if (result.ok) setReport(result.value);
    else setFillError(result.error);
    await reload();
  };

  return (
    <main className="popup" aria-labelledby="popup-title">
      <header>
        <h1 id="popup-title">ServiceOps Azure OAuth Helper</h1>
        {active ? <p className="subtitle">Setup: {active.name}</p> : <p className="subtitle">No app captured yet: open your app in the Azure portal, or type the values.</p>}
      </header>
      {error ? <p role="alert" className="check check-error">{error}</p> : null}
      <form onSubmit={(e) => { e.preventDefault(); void fill(); }}>
        <Field label="Application (client) ID" value={draft.clientId} onChange={(v) => void update('clientId', v)} check={checks.clientId} provenance={describeProvenance(active?.clientId?.provenance)} placeholder="00000000-0000-0000-0000-000000000000" />
        <Field label="Directory (tenant) ID" value={draft.tenantId} onChange={(v) => void update('tenantId', v)} check={checks.tenantId} provenance={describeProvenance(active?.tenantId?.provenance)} placeholder="GUID or contoso.onmicrosoft.com" />
        <Field
          label="Client secret"
          type={showSecret ? 'text' : 'password'}
          value={draft.secret}
          onChange={(v) => void update('secret', v)}
          check={checks.secret}
          provenance={state?.secret?.present ? `${state.secret.source ?? ''}; kept only until the browser closes` : 'Kept in memory only, never saved to disk'}
          autoComplete="new-password"
          trailing={
            <button type="button" className="secondary" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
              {showSecret ? 'Hide' : 'Show'}
            </button>
          }
        />
        <button type="submit" className="primary" disabled={busy}>
          Fill ServiceOps form
        </button>
      </form>
      <section aria-live="polite" className="results">
        {busy ? <p>Filling…</p> : null}
        {fillError ? <p className="check check-error" role="alert">{fillError}</p> : null}
        {report ? (
          <div>
            <p className={report.ok ? 'check check-ok' : 'check check-error'}>
              {report.ok ? `Filled ${report.form ?? 'the form'}. Review it in ServiceOps and click Save there.` : (report.message ?? 'Some fields could not be filled.')}
            </p>
            <ul className="fill-report">
              {report.fields.map((f) => (
                <li key={f.field} className={`outcome-${f.outcome}`}>
                  {f.label ?? f.field}: {OUTCOME_TEXT[f.outcome]}
                  {f.message ? ` — ${f.message}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </main>
  );
}
