import { useState } from 'react';
import { OriginList } from './origin-list';
import { useServiceOpsOrigins } from './use-serviceops-origins';

/** "Where ServiceOps lives": the admin's (and the organization's) ServiceOps addresses and their access. */
export function ServiceOpsSection() {
  const { rows, rejected, message, add, regrant, remove } = useServiceOpsOrigins();
  const [input, setInput] = useState('');

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
          // Straight from the submit: the permission prompt needs the user's gesture.
          void add(input).then((added) => added && setInput(''));
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
      <OriginList rows={rows} rejected={rejected} onRegrant={(origin) => void regrant(origin)} onRemove={(row) => void remove(row)} />
    </section>
  );
}
