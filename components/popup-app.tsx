import { useEffect, useRef, useState } from 'react';
import { t } from '../utils/i18n/t';
import { request } from '../utils/messaging-client';
import type { ResponseMap } from '../utils/messages';
import { ChecksPanel } from './popup/checks-panel';
import { DeferredCreateSection } from './popup/deferred-sections';
import { ExpirySection } from './popup/expiry-section';
import { FillSection } from './popup/fill-section';
import { SetupSwitcher } from './popup/setup-switcher';
import { OpenSidePanelButton } from './sidepanel/open-side-panel-button';
import { draftOf, ValuesForm, type Draft } from './popup/values-form';
import { useExtensionState } from './use-extension-state';

/** The popup: the active setup's values, their checks, and filling ServiceOps. */
export function PopupApp({ initialState }: { initialState?: ResponseMap['get-state'] | Promise<ResponseMap['get-state']> } = {}) {
  const { state, error, reload } = useExtensionState(initialState);
  const active = state?.setups.find((s) => s.id === state.activeSetupId);
  // With the state already known, the first render shows the stored values (no second pass).
  const [draft, setDraft] = useState<Draft>(() => (state ? draftOf(active, state.secret?.value) : { clientId: '', tenantId: '', secret: '' }));
  const loadedFor = useRef<string>(state ? (active?.id ?? '') : undefined);
  const shown = useRef(false);
  const creating = useRef<Promise<string | undefined>>(undefined);

  // Load the stored values once per setup; after that the admin's typing is the source of truth.
  useEffect(() => {
    if (!state || loadedFor.current === (active?.id ?? '')) return;
    loadedFor.current = active?.id ?? '';
    setDraft(draftOf(active, state.secret?.value));
  }, [state, active]);

  // The benchmark's "popup first render": the frame in which the stored values first show.
  useEffect(() => {
    if (!state || shown.current) return;
    shown.current = true;
    requestAnimationFrame(() => performance.mark('popup:ready'));
  }, [state]);

  const ensureSetup = (): Promise<string | undefined> => {
    if (active) return Promise.resolve(active.id);
    // Several keystrokes may arrive before the first setup exists: create it once.
    creating.current ??= request({ type: 'new-setup' }).then(async (created) => {
      if (!created.ok) return undefined;
      loadedFor.current = created.value.id;
      await reload();
      return created.value.id;
    });
    return creating.current;
  };

  // "Set it up for me" wrote new values into the setup (or made a new one): show them.
  const reloadValues = async () => {
    loadedFor.current = undefined;
    await reload();
  };

  // Every keystroke is saved, valid or not: closing the popup must lose nothing typed.
  const update = async (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const setupId = await ensureSetup();
    if (!setupId) return;
    if (key === 'secret') await request({ type: 'set-secret', setupId, value });
    else await request({ type: 'update-setup', setupId, patch: { [key]: value } });
  };

  return (
    <main className="popup" aria-labelledby="popup-title">
      <header>
        <h1 id="popup-title">
          <img src="/icon/32.png" alt="" width={18} height={18} style={{ verticalAlign: -3, marginRight: 6 }} />
          {t('ext_name')}
        </h1>
        {active ? <p className="subtitle">{t('popup_setup', { name: active.name })}</p> : <p className="subtitle">{t('popup_noSetup')}</p>}
      </header>
      <OpenSidePanelButton />
      {error ? (
        <p role="alert" className="check check-error">
          {error}
        </p>
      ) : null}
      <SetupSwitcher state={state} active={active} onChanged={reload} />
      <ValuesForm setup={active} state={state} draft={draft} onChange={(key, value) => void update(key, value)} />
      <FillSection
        ensureSetup={ensureSetup}
        onDone={async ({ secretCleared }) => {
          // The secret now lives only in the ServiceOps form: stop showing a value we no longer hold.
          if (secretCleared) setDraft((d) => ({ ...d, secret: '' }));
          await reload();
        }}
      />
      <ExpirySection setup={active} />
      <ChecksPanel setup={active} draft={draft} ensureSetup={ensureSetup} />
      <DeferredCreateSection setup={active} ensureSetup={ensureSetup} onSetupChanged={reloadValues} />
    </main>
  );
}
