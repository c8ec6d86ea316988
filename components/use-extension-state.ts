import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../utils/messaging-client';
import type { ExtensionState, ResponseMap } from '../utils/messages';

/**
 * The background's state, reloaded on demand. `initial` is a get-state request already on its
 * way (the popup sends it before React loads); it is used once, for the first render.
 */
export function useExtensionState(initial?: Promise<ResponseMap['get-state']>): { state?: ExtensionState; error?: string; reload: () => Promise<void> } {
  const [state, setState] = useState<ExtensionState>();
  const [error, setError] = useState<string>();
  const pending = useRef(initial);
  const reload = useCallback(async () => {
    const early = pending.current;
    pending.current = undefined;
    const result = await (early ?? request({ type: 'get-state' }));
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
