import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { managedSignInClientId } from '../../utils/checks/sign-in-config';
import { settingsItem } from '../../utils/storage-items';
import { checkClientId } from '../../utils/validation';

/** "Sign-in app (client) ID" for the Graph audit; locked when a policy sets it. */
export function SignInSettings() {
  const [input, setInput] = useState('');
  const [managed, setManaged] = useState<string>();
  const [message, setMessage] = useState<{ level: 'ok' | 'warning' | 'error'; text: string }>();
  const redirectUrl = browser.identity.getRedirectURL();

  useEffect(() => {
    void (async () => {
      setManaged(await managedSignInClientId());
      setInput((await settingsItem.getValue()).signInClientId ?? '');
    })();
  }, []);

  const save = async () => {
    const settings = await settingsItem.getValue();
    if (!input.trim()) {
      await settingsItem.setValue({ ...settings, signInClientId: undefined });
      setMessage({ level: 'ok', text: 'Cleared. The configuration audit is off until a sign-in app is set.' });
      return;
    }
    const check = checkClientId(input);
    if (check.level === 'error') {
      // Keep what was typed: the admin fixes it in place.
      setMessage({ level: 'error', text: check.message });
      return;
    }
    const value = check.cleaned ?? input.trim();
    await settingsItem.setValue({ ...settings, signInClientId: value });
    setInput(value);
    setMessage({ level: 'ok', text: 'Saved. The popup\'s "Configuration audit" signs in with this app.' });
  };

  return (
    <section aria-labelledby="signin-heading">
      <h2 id="signin-heading">Sign-in app for the configuration audit</h2>
      <p>
        The audit signs you in with Microsoft and reads the app's configuration through Microsoft Graph. It needs an app registration of your organisation:
        platform "Single-page application" with the redirect URI <code>{redirectUrl}</code>, and the delegated Microsoft Graph permissions Application.Read.All
        and Directory.Read.All.
      </p>
      {managed ? (
        <p className="check check-ok" role="status">
          Set by your organisation's policy: <code>{managed}</code>
        </p>
      ) : (
        <form
          className="add-origin"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor="signin-client-id">Sign-in app (client) ID</label>
          <div className="field-row">
            <input
              id="signin-client-id"
              placeholder="00000000-0000-0000-0000-000000000000"
              value={input}
              spellCheck={false}
              onChange={(e) => setInput(e.target.value)}
              aria-describedby={message ? 'signin-message' : undefined}
              aria-invalid={message?.level === 'error' ? true : undefined}
            />
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        </form>
      )}
      {message ? (
        <p id="signin-message" className={`check check-${message.level}`} role={message.level === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
