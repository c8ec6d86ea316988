import { useEffect, useRef, useState } from 'react';
import { request } from '../../utils/messaging-client';
import { t } from '../../utils/i18n/t';
import { activeSetupIdItem, secretsItem, setupsItem } from '../../utils/storage-items';
import { ChecksPanel } from '../popup/checks-panel';
import { CreateSection } from '../popup/create-section';
import { ExpirySection } from '../popup/expiry-section';
import { FillSection } from '../popup/fill-section';
import { draftOf, ValuesForm, type Draft } from '../popup/values-form';
import { useExtensionState } from '../use-extension-state';

/**
 * The popup's values, fill, expiry, checks and "Set it up for me" in the side panel (the popup's own components). What is typed
 * is saved at every keystroke, as in the popup, so the side panel holds nothing the background does not.
 */
export function ValuesSection({ fillFirst }: { fillFirst: boolean }) {
  const { state, error, reload } = useExtensionState();
  const active = state?.setups.find((s) => s.id === state.activeSetupId);
  const [draft, setDraft] = useState<Draft>({ clientId: '', tenantId: '', secret: '' });
  const loadedFor = useRef<string>(undefined);

  // The stored values once per setup, and again when the portal captures one (what the admin types here stays as typed).
  const captured = (v: { value: string; provenance: { source: string } } | undefined) => (v && v.provenance.source !== 'manual' ? v.value : '');
  const storedKey = [active?.id, captured(active?.clientId), captured(active?.tenantId), captured(active?.spObjectId), state?.secret?.present].join('|');
  useEffect(() => {
    if (!state || loadedFor.current === storedKey) return;
    loadedFor.current = storedKey;
    setDraft(draftOf(active, state.secret?.value));
  }, [state, active, storedKey]);

  // Captures and fills elsewhere change the stored values: show them.
  useEffect(() => {
    const unwatch = [setupsItem, activeSetupIdItem, secretsItem].map((item) => item.watch(() => void reload()));
    return () => {
      for (const stop of unwatch) stop();
    };
  }, [reload]);

  const ensureSetup = async (): Promise<string | undefined> => {
    if (active) return active.id;
    const created = await request({ type: 'new-setup' });
    await reload();
    return created.ok ? created.value.id : undefined;
  };

  const update = async (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const setupId = await ensureSetup();
    if (!setupId) return;
    if (key === 'secret') await request({ type: 'set-secret', setupId, value });
    else await request({ type: 'update-setup', setupId, patch: { [key]: value } });
  };

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
