import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { grantedServiceOpsOrigins, originRows, parseManagedUrls, patternForOrigin, type OriginRow } from '../../utils/serviceops-origins';
import { httpsOriginSchema } from '../../utils/schemas';
import { addedServiceOpsOriginsItem, managedServiceOpsUrlsItem } from '../../utils/storage-items';

type Message = { level: 'ok' | 'error'; text: string };

function toOrigin(raw: string): string | undefined {
  const parsed = httpsOriginSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

async function readManaged(): Promise<{ origins: string[]; rejected: string[] }> {
  try {
    return parseManagedUrls(await managedServiceOpsUrlsItem.getValue(), toOrigin);
  } catch {
    // No policy (or a browser without managed storage): nothing preset.
    return { origins: [], rejected: [] };
  }
}

const STATUS_TEXT: Record<OriginRow['status'], string> = {
  active: 'Access granted',
  revoked: 'Access was removed (in the browser’s site settings): the extension cannot fill forms here until you grant it again.',
  'needs-grant': 'Access not granted yet: click Grant access.',
};

/** "Where ServiceOps lives": the admin's (and the organization's) ServiceOps addresses and their access. */
export function ServiceOpsSection() {
  const [rows, setRows] = useState<OriginRow[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<Message>();

  const reload = useCallback(async () => {
    const [granted, added, managed] = await Promise.all([grantedServiceOpsOrigins(), addedServiceOpsOriginsItem.getValue(), readManaged()]);
    setRows(originRows(granted, added, managed.origins));
    setRejected(managed.rejected);
  }, []);

  useEffect(() => {
    void reload();
    const onChange = () => void reload();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    const unwatch = managedServiceOpsUrlsItem.watch(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
      unwatch();
    };
  }, [reload]);

  /** Must run straight from a click: the browser shows its permission prompt only for a user gesture. */
  const grant = async (origin: string): Promise<boolean> => {
    let granted: boolean;
    try {
      granted = await browser.permissions.request({ origins: [patternForOrigin(origin)] });
    } catch (error) {
      setMessage({ level: 'error', text: `The browser refused to ask for access to ${origin}: ${error instanceof Error ? error.message : String(error)}` });
      return false;
    }
    if (!granted) {
      setMessage({ level: 'error', text: `Access to ${origin} was not granted, so the extension cannot fill forms there.` });
      return false;
    }
    const added = await addedServiceOpsOriginsItem.getValue();
    if (!added.includes(origin)) await addedServiceOpsOriginsItem.setValue([...added, origin]);
    return true;
  };

  const add = async () => {
    const parsed = httpsOriginSchema.safeParse(input);
    if (!parsed.success) {
      setMessage({ level: 'error', text: parsed.error.issues[0]?.message ?? 'Not a valid address.' });
      return;
    }
    const origin = parsed.data;
    if (!(await grant(origin))) return;
    setInput('');
    setMessage({
      level: 'ok',
      text: `Added ${origin}. Open its "Add Incoming Email Server" form and use the popup (or the "Fill from Azure setup" button in the form) to fill it.`,
    });
    await reload();
  };

  const regrant = async (origin: string) => {
    if (await grant(origin)) setMessage({ level: 'ok', text: `Access to ${origin} granted.` });
    await reload();
  };

  const remove = async (row: OriginRow) => {
    const removed = row.granted ? await browser.permissions.remove({ origins: [patternForOrigin(row.origin)] }).catch(() => false) : true;
    const added = await addedServiceOpsOriginsItem.getValue();
    if (removed) await addedServiceOpsOriginsItem.setValue(added.filter((o) => o !== row.origin));
    setMessage(
      removed ? { level: 'ok', text: `Removed ${row.origin}.` } : { level: 'error', text: `${row.origin} is required by this build and cannot be removed.` },
    );
    await reload();
  };

  return (
    <section aria-labelledby="serviceops-heading">
      <h2 id="serviceops-heading">Where ServiceOps lives</h2>
      <p>
        Add the address you open ServiceOps at (self-hosted or cloud). The extension asks for access to exactly that site and fills forms nowhere else. Only
        https addresses are accepted.
      </p>
      <form
        className="add-origin"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label htmlFor="serviceops-url">ServiceOps URL</label>
        <div className="field-row">
          <input
            id="serviceops-url"
            type="text"
            inputMode="url"
            spellCheck={false}
            placeholder="https://servicedesk.example.com"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            aria-describedby={message ? 'origin-message' : undefined}
          />
          <button type="submit" className="primary">
            Add
          </button>
        </div>
      </form>
      {message ? (
        <p id="origin-message" className={`check check-${message.level}`} role={message.level === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <ul aria-label="ServiceOps addresses" className="origin-list">
        {rows.length === 0 ? <li className="muted">None yet.</li> : null}
        {rows.map((row) => (
          <li key={row.origin} data-status={row.status}>
            <span>
              <span className="origin-name">{row.origin}</span>
              {row.managed ? <span className="muted"> · Managed by your organization</span> : null}
              <br />
              <span className={row.status === 'active' ? 'check check-ok' : 'check check-error'}>{STATUS_TEXT[row.status]}</span>
            </span>
            <span className="field-row">
              {row.status !== 'active' ? (
                <button type="button" className="primary" onClick={() => void regrant(row.origin)} aria-label={`Grant access to ${row.origin}`}>
                  Grant access
                </button>
              ) : null}
              {row.managed ? null : (
                <button type="button" className="secondary" onClick={() => void remove(row)} aria-label={`Remove ${row.origin}`}>
                  Remove
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
      {rejected.length ? (
        <p className="check check-error" role="alert">
          Your organization’s policy lists addresses that are not https and were ignored: {rejected.join(', ')}
        </p>
      ) : null}
    </section>
  );
}
