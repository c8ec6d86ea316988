import { useId, useState } from 'react';
import { t } from '../../utils/i18n/t';
import type { GuidanceView } from '../../utils/schemas';
import { generatePowerShell } from '../../utils/guidance/powershell';
import type { Step } from '../../utils/guidance/vocabulary';

/** The Exchange Online PowerShell of a step, filled with what is captured, and its copy button. */
export function PowerShell({ step, view }: { step: Step; view: GuidanceView }) {
  const [mailbox, setMailbox] = useState('');
  const [copied, setCopied] = useState<string>();
  const inputId = useId();
  if (!step.powershell) return null;
  const c = view.captured;
  const script = generatePowerShell(step.powershell, {
    clientId: c.clientId,
    tenantId: c.tenantId,
    tenantDomain: c.tenantDomain,
    spObjectId: c.spObjectId,
    appName: c.appName,
    protocols: c.protocols,
    mailbox,
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(script.text);
      setCopied(t('panel_psCopied'));
    } catch {
      setCopied(t('panel_psBlocked'));
    }
  };
  return (
    <div>
      <label htmlFor={inputId}>{t('panel_psMailbox')}</label>
      <input id={inputId} type="email" value={mailbox} onChange={(e) => setMailbox(e.target.value)} placeholder="support@contoso.com" autoComplete="off" />
      <pre tabIndex={0} aria-label={t('panel_psScript')}>
        {script.text}
      </pre>
      {script.placeholders.length > 0 && (
        <p className="warn" role="note">
          {t('panel_psUnknown', { names: script.placeholders.join(', ') })}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          {t('panel_psCopy')}
        </button>
        <span role="status">{copied}</span>
      </div>
    </div>
  );
}
