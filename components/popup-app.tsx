import { useEffect, useRef } from 'react';
import { t } from '../utils/i18n/t';
import type { ResponseMap } from '../utils/messages';
import { ChecksPanel } from './popup/checks-panel';
import { DeferredCreateSection } from './popup/deferred-sections';
import { ExpirySection } from './popup/expiry-section';
import { FillSection } from './popup/fill-section';
import { SetupSwitcher } from './popup/setup-switcher';
import { OpenSidePanelButton } from './sidepanel/open-side-panel-button';
import { ValuesForm } from './popup/values-form';
import { useExtensionState } from './use-extension-state';
import { useSetupDraft } from './use-setup-draft';
import { setupLabel } from '../utils/setup-name';

/** The popup: the active setup's values, their checks, and filling ServiceOps. */
export function PopupApp({ initialState }: { initialState?: ResponseMap['get-state'] | Promise<ResponseMap['get-state']> } = {}) {
  const { state, error, reload } = useExtensionState(initialState);
  const active = state?.setups.find((s) => s.id === state.activeSetupId);
  const { draft, setDraft, ensureSetup, update, reloadValues } = useSetupDraft({ state, active, reload });
  const shown = useRef(false);

  // The benchmark's "popup first render": the frame in which the stored values first show.
  useEffect(() => {
    if (!state || shown.current) return;
    shown.current = true;
    requestAnimationFrame(() => performance.mark('popup:ready'));
  }, [state]);

  return (
    <main className="popup" aria-labelledby="popup-title">
      <header>
        <h1 id="popup-title">
          <img src="/icon/32.png" alt="" width={18} height={18} style={{ verticalAlign: -3, marginRight: 6 }} />
          {t('ext_name')}
        </h1>
        {active ? <p className="subtitle">{t('popup_setup', { name: setupLabel(active.name) })}</p> : <p className="subtitle">{t('popup_noSetup')}</p>}
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
