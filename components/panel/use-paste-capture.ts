import { useCallback, useRef, useState, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';
import { PASTE_MAX } from '../../utils/paste-classify';
import type { PasteField, PasteOutcome } from '../../utils/schemas';

export interface PasteCapture {
  result?: PasteOutcome;
  busy: boolean;
  onPaste: (e: ClipboardEvent<HTMLElement>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  /** The admin's answer to "which one is it?" (or "replace it?"); undefined keeps what the setup has. */
  choose: (e: MouseEvent<HTMLElement>, field: PasteField | undefined) => void;
}

/**
 * The paste field's behaviour. Only a trusted paste event counts: a page script can dispatch a
 * ClipboardEvent or set the field's value, but neither is ever read. The pasted text is held only
 * while the admin answers "which one is it?" (GUIDs only), and only in this closure.
 */
export function usePasteCapture(setupId: string, step: string): PasteCapture {
  const [result, setResult] = useState<PasteOutcome>();
  const [busy, setBusy] = useState(false);
  const pending = useRef<string | undefined>(undefined);

  const send = useCallback(
    async (text: string, field?: PasteField) => {
      setBusy(true);
      const answer = await request({ type: 'panel-paste', setupId, step, text, field });
      setBusy(false);
      const outcome: PasteOutcome = answer.ok ? answer.value : { outcome: 'refused', message: answer.error };
      pending.current = outcome.outcome === 'ask' ? text : undefined;
      setResult(outcome);
    },
    [setupId, step],
  );

  const onPaste = (e: ClipboardEvent<HTMLElement>) => {
    // Nothing is ever inserted into the field: it stays empty whatever is pasted.
    e.preventDefault();
    if (!e.nativeEvent.isTrusted) return;
    const text = e.clipboardData.getData('text/plain');
    if (text.length > PASTE_MAX) {
      setResult({ outcome: 'refused', message: t('paste_tooLong') });
      return;
    }
    void send(text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    setResult({
      outcome: 'refused',
      message: t('panel_onlyPaste'),
    });
  };

  const choose = (e: MouseEvent<HTMLElement>, field: PasteField | undefined) => {
    const text = pending.current;
    if (!e.nativeEvent.isTrusted || text === undefined) return;
    pending.current = undefined;
    if (field) void send(text, field);
    else setResult({ outcome: 'same', message: t('panel_nothingChanged') });
  };

  return { result, busy, onPaste, onKeyDown, choose };
}
