import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { managedSignInClientId } from '../../utils/checks/sign-in-config';
import { settingsItem } from '../../utils/storage-items';
import { checkClientId } from '../../utils/validation';
import { t } from '../../utils/i18n/t';

/** Stands for a code element inside a translated sentence. */
const MARK = '\u0001';

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
      setMessage({ level: 'ok', text: t('options_signInCleared') });
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
    setMessage({ level: 'ok', text: t('options_signInSaved') });
  };

  // The URI and the client ID stay code: split the sentence around them.
  const [introBefore, introAfter] = t('options_signInIntro', { redirect: MARK }).split(MARK);
  const [managedBefore, managedAfter] = t('options_signInManaged', { clientId: MARK }).split(MARK);
  return (
    <section aria-labelledby="signin-heading">
      <h2 id="signin-heading">{t('options_signInHeading')}</h2>
      <p>
        {introBefore}
        <code>{redirectUrl}</code>
        {introAfter}
      </p>
      {managed ? (
        <p className="check check-ok" role="status">
          {managedBefore}
          <code>{managed}</code>
          {managedAfter}
        </p>
      ) : (
        <form
          className="add-origin"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor="signin-client-id">{t('options_signInClientId')}</label>
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
              {t('options_save')}
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
