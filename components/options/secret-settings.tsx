import { useEffect, useId, useState } from 'react';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../utils/schemas';
import { t } from '../../utils/i18n/t';
import { settingsItem } from '../../utils/storage-items';

/** How long the client secret is kept: idle minutes, and whether it survives a successful fill. */
export function SecretSettings() {
  const id = useId();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [minutes, setMinutes] = useState(String(DEFAULT_SETTINGS.secretIdleMinutes));
  const [message, setMessage] = useState<{ level: 'ok' | 'error'; text: string }>();

  useEffect(() => {
    void settingsItem.getValue().then((s) => {
      setSettings(s);
      setMinutes(String(s.secretIdleMinutes));
    });
  }, []);

  const save = async (patch: Partial<Settings>) => {
    // Re-read first: other sections of this page save their own settings into the same item.
    const next = settingsSchema.safeParse({ ...(await settingsItem.getValue()), ...patch });
    if (!next.success) {
      setMessage({ level: 'error', text: t('options_minutesInvalid') });
      return;
    }
    await settingsItem.setValue(next.data);
    setSettings(next.data);
    setMessage({ level: 'ok', text: t('options_saved') });
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('options_secretHeading')}</h2>
      <p>{t('options_secretIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-idle`}>{t('options_idleMinutes')}</label>
        <div className="field-row">
          <input
            id={`${id}-idle`}
            type="number"
            min={1}
            max={1440}
            step={1}
            inputMode="numeric"
            value={minutes}
            aria-describedby={message ? `${id}-message` : undefined}
            onChange={(e) => {
              setMinutes(e.target.value);
              if (/^\d+$/.test(e.target.value)) void save({ secretIdleMinutes: Number(e.target.value) });
              else setMessage({ level: 'error', text: t('options_minutesInvalid') });
            }}
          />
        </div>
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={settings.keepSecretAfterFill} onChange={(e) => void save({ keepSecretAfterFill: e.target.checked })} />{' '}
          {t('options_keepAfterFill')}
        </label>
      </div>
      {message ? (
        <p id={`${id}-message`} className={`check check-${message.level}`} role={message.level === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
