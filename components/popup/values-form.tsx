import { useEffect, useState } from 'react';
import type { ExtensionState, Setup } from '../../utils/schemas';
import { DEFAULT_SETTINGS } from '../../utils/defaults';
import { settingsItem } from '../../utils/storage-items';
import { checkClientId, checkExpiry, checkSecret, checkTenantId, type Check } from '../../utils/validation';
import { Field } from '../field';
import { describeProvenance, describeSecret } from '../format';
import { EwsNotice } from './ews-notice';

const DAY = 24 * 60 * 60 * 1000;
/** Security baselines recommend client secrets of at most 180 days (the portal's recommended preset). */
const RECOMMENDED_SECRET_DAYS = 180;

/** The captured secret's expiry, as the portal showed it, with what it means now. */
function SecretExpiry({ expires, capturedAt, now }: { expires: string; capturedAt: number; now: number }) {
  const check = checkExpiry(expires, now);
  const at = Date.parse(expires);
  const lifetimeDays = Number.isNaN(at) ? undefined : Math.round((at - capturedAt) / DAY);
  return (
    <p className={`check check-${check.level} secret-expiry`} data-testid="secret-expiry">
      Secret expires: {expires}. {check.message}
      {lifetimeDays !== undefined && lifetimeDays > RECOMMENDED_SECRET_DAYS + 1
        ? ` It was created for about ${lifetimeDays} days; ${RECOMMENDED_SECRET_DAYS} days or less is recommended.`
        : ''}
    </p>
  );
}

export interface Draft {
  clientId: string;
  tenantId: string;
  secret: string;
  spObjectId?: string;
}

export function draftOf(setup: Setup | undefined, secret: string | undefined): Draft {
  return {
    clientId: setup?.clientId?.value ?? '',
    tenantId: setup?.tenantId?.value ?? setup?.tenantDomain ?? '',
    secret: secret ?? '',
    spObjectId: setup?.spObjectId?.value ?? '',
  };
}

/** The Enterprise application's Object ID: a GUID that is neither the client ID nor the App registration's Object ID. */
export function checkSpObjectId(raw: string, setup: Setup | undefined, clientId: string): Check {
  const guid = checkClientId(raw);
  if (guid.level === 'error') return { level: 'error', message: guid.message.replace('Application (client) ID', 'Enterprise application Object ID') };
  const value = guid.cleaned ?? raw.trim().toLowerCase();
  if (setup?.appObjectId?.value === value) {
    return {
      level: 'error',
      message:
        'This is the App registration\'s Object ID. New-ServicePrincipal needs the Enterprise application\'s Object ID: open "Managed application in local directory" on the Overview.',
    };
  }
  if (value === clientId.trim().toLowerCase())
    return { level: 'error', message: "This is the client ID. Use the Object ID shown on the Enterprise application's overview." };
  return guid;
}

function useIdleMinutes(): number {
  const [minutes, setMinutes] = useState(DEFAULT_SETTINGS.secretIdleMinutes);
  useEffect(() => {
    void settingsItem.getValue().then((s) => setMinutes(s.secretIdleMinutes));
  }, []);
  return minutes;
}

export interface ValuesFormProps {
  setup: Setup | undefined;
  state: ExtensionState | undefined;
  draft: Draft;
  onChange: (key: keyof Draft, value: string) => void;
  /** The clock (expiry and the end of EWS depend on the day). */
  now?: () => number;
}

/** The values ServiceOps (and the Exchange PowerShell step) need, each with its check and where it came from. */
export function ValuesForm({ setup, state, draft, onChange, now = Date.now }: ValuesFormProps) {
  const [showSecret, setShowSecret] = useState(false);
  const idleMinutes = useIdleMinutes();
  const secret = state?.secret?.setupId === setup?.id ? state?.secret : undefined;
  const candidates = !draft.tenantId ? (setup?.tenantCandidates ?? []) : [];
  const masked = !!setup?.secretMaskedAt && !secret?.present;
  const idCopied = !!setup?.secretIdCopiedAt && (!secret?.present || (secret.capturedAt ?? 0) < setup.secretIdCopiedAt);
  return (
    <>
      <Field
        label="Application (client) ID"
        value={draft.clientId}
        onChange={(v) => onChange('clientId', v)}
        check={checkClientId(draft.clientId)}
        provenance={describeProvenance(setup?.clientId?.provenance)}
        placeholder="00000000-0000-0000-0000-000000000000"
      />
      <Field
        label="Directory (tenant) ID"
        value={draft.tenantId}
        onChange={(v) => onChange('tenantId', v)}
        check={checkTenantId(draft.tenantId, draft.clientId)}
        provenance={describeProvenance(setup?.tenantId?.provenance)}
        placeholder="GUID or contoso.onmicrosoft.com"
      />
      {candidates.length ? (
        <div className="candidates" role="group" aria-label="Which is the tenant ID?">
          <p className="check check-warning">
            The Overview showed these IDs and Microsoft could not be asked which one is the tenant. Pick the Directory (tenant) ID:
          </p>
          {candidates.map((c) => (
            <button key={c} type="button" className="secondary mono" onClick={() => onChange('tenantId', c)}>
              {c}
            </button>
          ))}
        </div>
      ) : null}
      <Field
        label="Client secret"
        type={showSecret ? 'text' : 'password'}
        value={draft.secret}
        onChange={(v) => onChange('secret', v)}
        check={checkSecret(draft.secret, setup?.knownSecretIds ?? [])}
        provenance={describeSecret(secret, setup?.secretMeta, idleMinutes)}
        autoComplete="off"
        trailing={
          <button type="button" className="secondary" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
            {showSecret ? 'Hide' : 'Show'}
          </button>
        }
      />
      {setup?.secretMeta?.expires ? <SecretExpiry expires={setup.secretMeta.expires} capturedAt={setup.secretMeta.provenance.capturedAt} now={now()} /> : null}
      {masked ? (
        <p className="check check-error" role="alert">
          The portal now shows this app&apos;s client secret masked: a masked value cannot be used or recovered. Add a new client secret on &quot;Certificates
          &amp; secrets&quot;; its Value is captured as soon as it appears.
        </p>
      ) : null}
      {idCopied ? (
        <p className="check check-error" role="alert">
          You copied the Secret ID (a GUID). That is not the secret: the secret is the Value, the other column next to it.
        </p>
      ) : null}
      <Field
        label="Enterprise application Object ID"
        value={draft.spObjectId ?? ''}
        onChange={(v) => onChange('spObjectId', v)}
        check={checkSpObjectId(draft.spObjectId ?? '', setup, draft.clientId)}
        provenance={
          describeProvenance(setup?.spObjectId?.provenance) ??
          'For New-ServicePrincipal -ObjectId (MAPI/EWS): open "Managed application in local directory" on the app\'s Overview.'
        }
        placeholder="00000000-0000-0000-0000-000000000000"
      />
      {setup?.path === 'mapi' || setup?.protocols?.includes('mapi') ? <EwsNotice now={now()} clientId={draft.clientId || undefined} /> : null}
    </>
  );
}
