import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../utils/messaging-client';
import type { ResponseMap } from '../utils/messages';
import type { ExtensionState } from '../utils/schemas';

type StateAnswer = ResponseMap['get-state'];

/**
 * The background's state, reloaded on demand. `initial` is a get-state answer the popup got
 * before React started (shown in the first render), or its request still on the way (used once).
 */
export function useExtensionState(initial?: StateAnswer | Promise<StateAnswer>): { state?: ExtensionState; error?: string; reload: () => Promise<void> } {
  const answered = initial instanceof Promise ? undefined : initial;
  const [state, setState] = useState<ExtensionState | undefined>(answered?.ok ? answered.value : undefined);
  const [error, setError] = useState<string | undefined>(answered && !answered.ok ? answered.error : undefined);
  const pending = useRef(initial instanceof Promise ? initial : undefined);
  const needsLoad = useRef(!answered);
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
    if (!needsLoad.current) return;
    needsLoad.current = false;
    void reload();
  }, [reload]);
  return { state, error, reload };
}
