import { useEffect, useId, useState } from 'react';
import { request } from '../../utils/messaging-client';
import type { ExtensionState, Setup, SetupPath } from '../../utils/schemas';
import { boundOrigins } from '../../utils/fill/binding';
import { t } from '../../utils/i18n/t';
import { setupLabel } from '../../utils/setup-name';

export interface SetupSwitcherProps {
  state: ExtensionState | undefined;
  active: Setup | undefined;
  onChanged: () => Promise<void>;
}

const PATHS: { value: SetupPath; label: string; hint: () => string }[] = [
  { value: 'imap', label: 'IMAP', hint: () => t('popup_imapHint') },
  { value: 'mapi', label: 'MAPI/EWS', hint: () => t('popup_mapiHint') },
];

function optionLabel(s: Setup): string {
  const name = setupLabel(s.name);
  return s.clientId ? `${name} (${s.clientId.value.slice(0, 8)}…)` : name;
}

/** One setup per incoming mail server or domain: pick, name, choose the path, add or delete. */
export function SetupSwitcher({ state, active, onChanged }: SetupSwitcherProps) {
  const id = useId();
  const [name, setName] = useState(active ? setupLabel(active.name) : '');
  // Shown at once: the stored setup follows only after the background answered.
  const [path, setPath] = useState<SetupPath | undefined>(active?.path);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<string>();
  // What the admin is typing or just chose wins over a reload that raced it; another setup resets both.
  useEffect(() => {
    setName(active ? setupLabel(active.name) : '');
    setConfirmDelete(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when another setup is shown
  }, [active?.id]);
  useEffect(() => setPath(active?.path), [active?.id, active?.path]);

  const run = async (result: Promise<{ ok: boolean; error?: string }>) => {
    const r = await result;
    setMessage(r.ok ? undefined : r.error);
    await onChanged();
  };

  const setups = state?.setups ?? [];
  return (
    <section className="setups" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        {t('popup_setups')}
      </h2>
      <div className="field-row">
        <label htmlFor={`${id}-select`} className="inline-label">
          {t('popup_setupLabel')}
        </label>
        <select
          id={`${id}-select`}
          value={active?.id ?? ''}
          disabled={!setups.length}
          onChange={(e) => void run(request({ type: 'select-setup', setupId: e.target.value }))}
        >
          {setups.length ? null : <option value="">{t('popup_noneYet')}</option>}
          {setups.map((s) => (
            <option key={s.id} value={s.id}>
              {optionLabel(s)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={() => void run(request({ type: 'new-setup' }))}>
          {t('popup_newSetup')}
        </button>
      </div>
      {active ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('popup_setupName')}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={120}
              onChange={(e) => {
                setName(e.target.value);
                void request({ type: 'update-setup', setupId: active.id, patch: { name: e.target.value } });
              }}
              onBlur={() => void onChanged()}
            />
          </div>
          <fieldset className="path-choice">
            <legend>{t('popup_protocol')}</legend>
            {PATHS.map((p) => (
              <label key={p.value} className="radio">
                <input
                  type="radio"
                  name={`${id}-path`}
                  value={p.value}
                  checked={path === p.value}
                  onChange={() => {
                    setPath(p.value);
                    void run(request({ type: 'update-setup', setupId: active.id, patch: { path: p.value } }));
                  }}
                />
                {p.label} <span className="muted">({p.hint()})</span>
              </label>
            ))}
          </fieldset>
          <ServiceOpsBinding setup={active} granted={state?.serviceOpsOrigins ?? []} run={run} />
          {confirmDelete ? (
            <div className="confirm" role="group" aria-label={t('popup_confirmDeletion')}>
              <span>{t('popup_deleteQuestion', { name: setupLabel(active.name) })}</span>
              <button type="button" className="danger" onClick={() => void run(request({ type: 'delete-setup', setupId: active.id }))}>
                {t('popup_delete')}
              </button>
              <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                {t('popup_cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="secondary link" onClick={() => setConfirmDelete(true)}>
              {t('popup_deleteSetup')}
            </button>
          )}
        </>
      ) : null}
      {message ? (
        <p className="check check-error" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The ServiceOps origins a setup is meant for: set by its first fill, edited here. A fill anywhere
 * else asks first (an admin of several tenants must not send one tenant's secret to another's ServiceOps).
 */
function ServiceOpsBinding({ setup, granted, run }: { setup: Setup; granted: string[]; run: (r: Promise<{ ok: boolean; error?: string }>) => Promise<void> }) {
  const id = useId();
  const bound = boundOrigins(setup);
  const candidates = granted.filter((o) => !bound.includes(o));
  const [adding, setAdding] = useState('');
  const save = (origins: string[]) => run(request({ type: 'set-setup-origins', setupId: setup.id, origins }));
  return (
    <fieldset className="binding">
      <legend>{t('fill_bindingLegend')}</legend>
      {bound.length ? (
        <ul className="bound-origins" aria-label={t('fill_bindingList')}>
          {bound.map((o) => (
            <li key={o}>
              <code>{o}</code>{' '}
              <button
                type="button"
                className="secondary link"
                aria-label={t('fill_bindingRemove', { origin: o })}
                onClick={() => void save(bound.filter((b) => b !== o))}
              >
                {t('fill_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('fill_bindingNone')}</p>
      )}
      {candidates.length ? (
        <div className="field-row">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            {t('fill_bindingAddLabel')}
          </label>
          <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('fill_bindingAddPlaceholder')}</option>
            {candidates.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            disabled={!adding}
            onClick={() => {
              setAdding('');
              void save([...bound, adding]);
            }}
          >
            {t('fill_add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
