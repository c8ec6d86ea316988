import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { grantedServiceOpsOrigins, patternForOrigin } from '../utils/background/serviceops-origins';
import { httpsOriginSchema } from '../utils/schemas';

export function OptionsApp() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ level: 'ok' | 'error'; text: string }>();

  const reload = useCallback(async () => setOrigins(await grantedServiceOpsOrigins()), []);
  useEffect(() => {
    void reload();
    const onChange = () => void reload();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [reload]);

  const add = async () => {
    const parsed = httpsOriginSchema.safeParse(input);
    if (!parsed.success) {
      setMessage({ level: 'error', text: parsed.error.issues[0]?.message ?? 'Not a valid address.' });
      return;
    }
    const origin = parsed.data;
    // Must run straight from the click: Chrome only shows the permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [patternForOrigin(origin)] });
    if (!granted) {
      setMessage({ level: 'error', text: `Access to ${origin} was not granted, so the extension cannot fill forms there.` });
      return;
    }
    setInput('');
    setMessage({ level: 'ok', text: `Added ${origin}. Open its "Add Incoming Email Server" form and use the popup to fill it.` });
    await reload();
  };

  const remove = async (origin: string) => {
    const removed = await browser.permissions.remove({ origins: [patternForOrigin(origin)] }).catch(() => false);
    setMessage(removed ? { level: 'ok', text: `Removed ${origin}.` } : { level: 'error', text: `${origin} is required by this build and cannot be removed.` });
    await reload();
  };

  return (
    <main className="options" aria-labelledby="options-title">
      <h1 id="options-title">ServiceOps Azure OAuth Helper — Options</h1>
      <section aria-labelledby="serviceops-heading">
        <h2 id="serviceops-heading">Where ServiceOps lives</h2>
        <p>Add the address you open ServiceOps at. The extension asks for access to exactly that site and fills forms nowhere else.</p>
        <form
          className="add-origin"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <label htmlFor="serviceops-url">ServiceOps URL</label>
          <div className="field-row">
            <input id="serviceops-url" type="url" inputMode="url" placeholder="https://servicedesk.example.com" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby={message ? 'origin-message' : undefined} />
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
          {origins.length === 0 ? <li className="muted">None yet.</li> : null}
          {origins.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" className="secondary" onClick={() => void remove(origin)} aria-label={`Remove ${origin}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
