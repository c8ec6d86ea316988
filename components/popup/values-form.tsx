import { useState } from 'react';
import type { ExtensionState } from '../../utils/messages';
import type { Setup } from '../../utils/schemas';
import { checkClientId, checkSecret, checkTenantId } from '../../utils/validation';
import { Field } from '../field';
import { describeProvenance } from '../format';

export interface Draft {
  clientId: string;
  tenantId: string;
  secret: string;
}

export function draftOf(setup: Setup | undefined, secret: string | undefined): Draft {
  return { clientId: setup?.clientId?.value ?? '', tenantId: setup?.tenantId?.value ?? setup?.tenantDomain ?? '', secret: secret ?? '' };
}

export interface ValuesFormProps {
  setup: Setup | undefined;
  state: ExtensionState | undefined;
  draft: Draft;
  onChange: (key: keyof Draft, value: string) => void;
}

/** The three values ServiceOps needs, each with its check and where it came from. */
export function ValuesForm({ setup, state, draft, onChange }: ValuesFormProps) {
  const [showSecret, setShowSecret] = useState(false);
  return (
    <>
      <Field label="Application (client) ID" value={draft.clientId} onChange={(v) => onChange('clientId', v)} check={checkClientId(draft.clientId)} provenance={describeProvenance(setup?.clientId?.provenance)} placeholder="00000000-0000-0000-0000-000000000000" />
      <Field label="Directory (tenant) ID" value={draft.tenantId} onChange={(v) => onChange('tenantId', v)} check={checkTenantId(draft.tenantId, draft.clientId)} provenance={describeProvenance(setup?.tenantId?.provenance)} placeholder="GUID or contoso.onmicrosoft.com" />
      <Field
        label="Client secret"
        type={showSecret ? 'text' : 'password'}
        value={draft.secret}
        onChange={(v) => onChange('secret', v)}
        check={checkSecret(draft.secret)}
        provenance={state?.secret?.present ? `${state.secret.source ?? ''}; kept only until the browser closes` : 'Kept in memory only, never saved to disk'}
        autoComplete="new-password"
        trailing={
          <button type="button" className="secondary" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
            {showSecret ? 'Hide' : 'Show'}
          </button>
        }
      />
    </>
  );
}
