import { useEffect, useRef, useState } from 'react';
import { request } from '../utils/messaging-client';
import type { ExtensionState, Setup } from '../utils/schemas';
import { draftOf, type Draft } from './popup/values-form';

const EMPTY: Draft = { clientId: '', tenantId: '', secret: '' };

/**
 * What the admin types into the values form (popup and side panel): saved at every keystroke, valid or
 * not, so closing the page loses nothing; the first keystroke without a setup makes one, once.
 * `loadKey` says when the stored values replace the draft (by default once per setup; after that the
 * admin's typing is the source of truth).
 */
export function useSetupDraft({
  state,
  active,
  reload,
  loadKey = active?.id ?? '',
}: {
  state: ExtensionState | undefined;
  active: Setup | undefined;
  reload: () => Promise<void>;
  loadKey?: string;
}) {
  // With the state already known, the first render shows the stored values (no second pass).
  const [draft, setDraft] = useState<Draft>(() => (state ? draftOf(active, state.secret?.value) : EMPTY));
  const loadedFor = useRef<string>(state ? loadKey : undefined);
  const creating = useRef<Promise<string | undefined>>(undefined);
  // The setup the typing itself made: its first load must not wipe what was typed meanwhile.
  const madeHere = useRef<string>(undefined);

  useEffect(() => {
    if (!state || loadedFor.current === loadKey) return;
    loadedFor.current = loadKey;
    if (active && active.id === madeHere.current) {
      madeHere.current = undefined;
      return;
    }
    setDraft(draftOf(active, state.secret?.value));
  }, [state, active, loadKey]);

  const ensureSetup = (): Promise<string | undefined> => {
    if (active) {
      creating.current = undefined;
      return Promise.resolve(active.id);
    }
    // Several keystrokes may arrive before the first setup exists: create it once.
    creating.current ??= request({ type: 'new-setup' }).then(async (created) => {
      if (!created.ok) return undefined;
      madeHere.current = created.value.id;
      await reload();
      return created.value.id;
    });
    return creating.current;
  };

  // Something else wrote new values into the setup (or made a new one): show them.
  const reloadValues = async () => {
    loadedFor.current = undefined;
    await reload();
  };

  const update = async (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    const setupId = await ensureSetup();
    if (!setupId) return;
    if (key === 'secret') await request({ type: 'set-secret', setupId, value });
    else await request({ type: 'update-setup', setupId, patch: { [key]: value } });
  };

  return { draft, setDraft, ensureSetup, update, reloadValues };
}
