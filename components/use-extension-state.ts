import { useCallback, useEffect, useState } from 'react';
import { request } from '../utils/messaging-client';
import type { ExtensionState } from '../utils/messages';

/** The background's state, reloaded on demand and whenever storage changes. */
export function useExtensionState(): { state?: ExtensionState; error?: string; reload: () => Promise<void> } {
  const [state, setState] = useState<ExtensionState>();
  const [error, setError] = useState<string>();
  const reload = useCallback(async () => {
    const result = await request({ type: 'get-state' });
    if (result.ok) {
      setState(result.value);
      setError(undefined);
    } else setError(result.error);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, error, reload };
}
