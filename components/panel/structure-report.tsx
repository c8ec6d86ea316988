import { useState } from 'react';
import { request } from '../../utils/messaging-client';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'copied'; frames: number; truncated: boolean }
  | { kind: 'manual'; text: string }
  | { kind: 'error'; message: string };

/**
 * "The helper can't read this page": copies a report of the page's structure (no IDs, secrets or
 * page text) for the maintainers. The background reads every frame; the copy is this click's.
 */
export function StructureReportButton() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const copy = async () => {
    setState({ kind: 'busy' });
    const answer = await request({ type: 'structure-report' });
    if (!answer.ok) {
      setState({ kind: 'error', message: answer.error });
      return;
    }
    try {
      await navigator.clipboard.writeText(answer.value.text);
      setState({ kind: 'copied', frames: answer.value.frames, truncated: answer.value.truncated });
    } catch {
      setState({ kind: 'manual', text: answer.value.text });
    }
  };
  return (
    <div className="report">
      <h4>The helper can’t read this page?</h4>
      <p className="small">
        Copy a report of the page’s structure and send it to the maintainers (paste it into an e-mail or an issue). It holds no IDs, no secret and no other page
        text.
      </p>
      <div className="row">
        <button type="button" onClick={() => void copy()} disabled={state.kind === 'busy'}>
          Copy a structure report
        </button>
      </div>
      <div role="status">
        {state.kind === 'copied' && (
          <p className="ok">
            Copied: the structure of {state.frames} frame{state.frames === 1 ? '' : 's'}
            {state.truncated ? ' (cut short: the page is very large)' : ''}. Paste it into your message to the maintainers.
          </p>
        )}
        {state.kind === 'error' && <p className="warn">{state.message}</p>}
        {state.kind === 'manual' && <p className="warn">Copying was blocked: select the report below and copy it by hand.</p>}
      </div>
      {state.kind === 'manual' && <textarea readOnly value={state.text} aria-label="Structure report" rows={6} />}
    </div>
  );
}
