import { useEffect, useState } from 'react';
import { t } from '../../utils/i18n/t';
import type { ExtensionState, Setup } from '../../utils/schemas';
import { DEFAULT_SETTINGS } from '../../utils/defaults';
import { settingsItem } from '../../utils/storage-items';
import { checkClientId, checkSecret, checkTenantId, type Check } from '../../utils/validation';
import { Field } from '../field';
import { describeProvenance, describeSecret } from '../format';
import { EwsNotice } from './ews-notice';

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
  if (guid.level === 'error') return { level: 'error', message: guid.message.replace(t('popup_clientId'), t('popup_spObjectId')) };
  const value = guid.cleaned ?? raw.trim().toLowerCase();
  if (setup?.appObjectId?.value === value) {
    return { level: 'error', message: t('popup_spIsAppObjectId') };
  }
  if (value === clientId.trim().toLowerCase()) return { level: 'error', message: t('popup_spIsClientId') };
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
  /** The clock (the end of EWS depends on the day). */
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
        label={t('popup_clientId')}
        value={draft.clientId}
        onChange={(v) => onChange('clientId', v)}
        check={checkClientId(draft.clientId)}
        provenance={describeProvenance(setup?.clientId?.provenance)}
        placeholder="00000000-0000-0000-0000-000000000000"
      />
      <Field
        label={t('popup_tenantId')}
        value={draft.tenantId}
        onChange={(v) => onChange('tenantId', v)}
        check={checkTenantId(draft.tenantId, draft.clientId)}
        provenance={describeProvenance(setup?.tenantId?.provenance)}
        placeholder={t('popup_tenantPlaceholder')}
      />
      {candidates.length ? (
        <div className="candidates" role="group" aria-label={t('popup_whichTenant')}>
          <p className="check check-warning">{t('popup_tenantCandidates')}</p>
          {candidates.map((c) => (
            <button key={c} type="button" className="secondary mono" onClick={() => onChange('tenantId', c)}>
              {c}
            </button>
          ))}
        </div>
      ) : null}
      <Field
        label={t('popup_clientSecret')}
        type={showSecret ? 'text' : 'password'}
        value={draft.secret}
        onChange={(v) => onChange('secret', v)}
        check={checkSecret(draft.secret, setup?.knownSecretIds ?? [])}
        provenance={describeSecret(secret, setup?.secretMeta, idleMinutes)}
        autoComplete="off"
        trailing={
          <button type="button" className="secondary" aria-pressed={showSecret} onClick={() => setShowSecret((s) => !s)}>
            {showSecret ? t('popup_hide') : t('popup_show')}
          </button>
        }
      />
      {masked ? (
        <p className="check check-error" role="alert">
          {t('popup_secretMasked')}
        </p>
      ) : null}
      {idCopied ? (
        <p className="check check-error" role="alert">
          {t('popup_secretIdCopied')}
        </p>
      ) : null}
      <Field
        label={t('popup_spObjectId')}
        value={draft.spObjectId ?? ''}
        onChange={(v) => onChange('spObjectId', v)}
        check={checkSpObjectId(draft.spObjectId ?? '', setup, draft.clientId)}
        provenance={describeProvenance(setup?.spObjectId?.provenance) ?? t('popup_spObjectIdHelp')}
        placeholder="00000000-0000-0000-0000-000000000000"
      />
      {setup?.path === 'mapi' || setup?.protocols?.includes('mapi') ? <EwsNotice now={now()} clientId={draft.clientId || undefined} /> : null}
    </>
  );
}
