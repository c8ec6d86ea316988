import { useState } from 'react';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'copied'; frames: number; truncated: boolean }
  | { kind: 'manual'; text: string }
  | { kind: 'error'; message: string };

const framesText = (frames: number): string => (frames === 1 ? t('panel_framesOne') : t('panel_framesMany', { count: frames }));

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
      <h4>{t('panel_reportHeading')}</h4>
      <p className="small">{t('panel_reportLine')}</p>
      <div className="row">
        <button type="button" onClick={() => void copy()} disabled={state.kind === 'busy'}>
          {t('panel_reportCopy')}
        </button>
      </div>
      <div role="status">
        {state.kind === 'copied' && (
          <p className="ok">{t(state.truncated ? 'panel_reportCopiedCut' : 'panel_reportCopied', { frames: framesText(state.frames) })}</p>
        )}
        {state.kind === 'error' && <p className="warn">{state.message}</p>}
        {state.kind === 'manual' && <p className="warn">{t('panel_reportBlocked')}</p>}
      </div>
      {state.kind === 'manual' && <textarea readOnly value={state.text} aria-label={t('panel_reportLabel')} rows={6} />}
    </div>
  );
}
