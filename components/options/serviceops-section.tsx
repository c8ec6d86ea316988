import { useState } from 'react';
import { t } from '../../utils/i18n/t';
import { OriginList } from './origin-list';
import { useServiceOpsOrigins } from './use-serviceops-origins';

/** "Where ServiceOps lives": the admin's (and the organization's) ServiceOps addresses and their access. */
export function ServiceOpsSection() {
  const { rows, rejected, message, add, regrant, remove } = useServiceOpsOrigins();
  const [input, setInput] = useState('');

  return (
    <section aria-labelledby="serviceops-heading">
      <h2 id="serviceops-heading">{t('options_serviceOpsHeading')}</h2>
      <p>{t('options_serviceOpsIntro')}</p>
      <form
        className="add-origin"
        onSubmit={(e) => {
          e.preventDefault();
          // Straight from the submit: the permission prompt needs the user's gesture.
          void add(input).then((added) => added && setInput(''));
        }}
      >
        <label htmlFor="serviceops-url">{t('options_serviceOpsUrl')}</label>
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
            {t('options_add')}
          </button>
        </div>
      </form>
      {message ? (
        <p id="origin-message" className={`check check-${message.level}`} role={message.level === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <OriginList rows={rows} rejected={rejected} onRegrant={(origin) => void regrant(origin)} onRemove={(row) => void remove(row)} />
    </section>
  );
}
