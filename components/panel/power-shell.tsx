import { useId, useState } from 'react';
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
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Copying was blocked: select the text and copy it by hand.');
    }
  };
  return (
    <div>
      <label htmlFor={inputId}>Mailbox ServiceOps reads</label>
      <input id={inputId} type="email" value={mailbox} onChange={(e) => setMailbox(e.target.value)} placeholder="support@contoso.com" autoComplete="off" />
      <pre tabIndex={0} aria-label="PowerShell to run">
        {script.text}
      </pre>
      {script.placeholders.length > 0 && (
        <p className="warn" role="note">
          Still unknown: {script.placeholders.join(', ')}. Replace these placeholders before running the script.
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          Copy PowerShell
        </button>
        <span role="status">{copied}</span>
      </div>
    </div>
  );
}
