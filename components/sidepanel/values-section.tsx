import { useEffect } from 'react';
import { t } from '../../utils/i18n/t';
import { activeSetupIdItem, secretsChangesItem, setupsItem } from '../../utils/storage-items';
import { ChecksPanel } from '../popup/checks-panel';
import { CreateSection } from '../popup/create-section';
import { ExpirySection } from '../popup/expiry-section';
import { FillSection } from '../popup/fill-section';
import { ValuesForm } from '../popup/values-form';
import { useExtensionState } from '../use-extension-state';
import { useSetupDraft } from '../use-setup-draft';

/**
 * The popup's values, fill, expiry, checks and "Set it up for me" in the side panel (the popup's own components). What is typed
 * is saved at every keystroke, as in the popup, so the side panel holds nothing the background does not.
 */
export function ValuesSection({ fillFirst }: { fillFirst: boolean }) {
  const { state, error, reload } = useExtensionState();
  const active = state?.setups.find((s) => s.id === state.activeSetupId);

  // The stored values once per setup, and again when the portal captures one (what the admin types here stays as typed).
  const captured = (v: { value: string; provenance: { source: string } } | undefined) => (v && v.provenance.source !== 'manual' ? v.value : '');
  const loadKey = [active?.id, captured(active?.clientId), captured(active?.tenantId), captured(active?.spObjectId), state?.secret?.present].join('|');
  const { draft, setDraft, ensureSetup, update } = useSetupDraft({ state, active, reload, loadKey });

  // Captures and fills elsewhere change the stored values: show them.
  useEffect(() => {
    const unwatch = [setupsItem, activeSetupIdItem, secretsChangesItem].map((item) => item.watch(() => void reload()));
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [reload]);

  const fill = (
    <FillSection
      ensureSetup={ensureSetup}
      onDone={async ({ secretCleared }) => {
        if (secretCleared) setDraft((d) => ({ ...d, secret: '' }));
        await reload();
      }}
    />
  );
  return (
    <section aria-labelledby="sp-values" className="sp-section">
      <h2 id="sp-values">{t('sidepanel_valuesHeading')}</h2>
      {error ? (
        <p role="alert" className="check check-error">
          {error}
        </p>
      ) : null}
      {fillFirst ? fill : null}
      <ValuesForm setup={active} state={state} draft={draft} onChange={(key, value) => void update(key, value)} />
      {fillFirst ? null : fill}
      <ExpirySection setup={active} />
      <ChecksPanel setup={active} draft={draft} ensureSetup={ensureSetup} />
      <CreateSection setup={active} ensureSetup={ensureSetup} onSetupChanged={reload} />
    </section>
  );
}
