import { useId } from 'react';
import { FIELD_LABEL, pasteFieldsFor } from '../../utils/paste-classify';
import type { GuidanceView, PasteOutcome } from '../../utils/schemas';
import { usePasteCapture } from './use-paste-capture';

const OUTCOME_CLASS: Record<PasteOutcome['outcome'], string> = { accepted: 'ok', same: 'info', ask: 'info', refused: 'warn' };

function reasonText(paste: NonNullable<GuidanceView['paste']>): string {
  if (paste.reason === 'secret-id-copied') return 'You copied the Secret ID, which is not the secret. Copy the Value column instead, then paste it here.';
  return 'You copied a value the helper could not read from the page. Paste it here, and the helper takes it from the clipboard.';
}

/**
 * Where the admin pastes what they just copied in the portal, whatever the portal draws: the
 * fallback for every capture step, and where the panel points after a copy it could not read.
 */
export function PasteCaptureField({ view, step }: { view: GuidanceView; step: string }) {
  const fields = pasteFieldsFor(step, view.paste?.field);
  const capture = usePasteCapture(view.setupId, step);
  const inputId = useId();
  if (!fields.length) return null;
  const { result } = capture;
  const what = fields.map((f) => FIELD_LABEL[f]).join(' or ');
  return (
    <div className="paste" data-attention={view.paste ? 'true' : undefined}>
      {view.paste && (
        <p className="warn" role="note">
          {reasonText(view.paste)}
        </p>
      )}
      <label htmlFor={inputId}>Paste the {what} here</label>
      <input
        id={inputId}
        type="text"
        value=""
        onChange={() => undefined}
        onPaste={capture.onPaste}
        onKeyDown={capture.onKeyDown}
        onDrop={(e) => e.preventDefault()}
        placeholder="Click here, then Ctrl+V"
        autoComplete="off"
        spellCheck={false}
        aria-busy={capture.busy}
        data-testid="soah-paste"
      />
      <div role="status">
        {result && (
          <p className={OUTCOME_CLASS[result.outcome]} data-outcome={result.outcome}>
            {result.message}
          </p>
        )}
      </div>
      {result?.outcome === 'ask' && (
        <div className="row" role="group" aria-label="Which value is it?">
          {result.options?.map((f) => (
            <button key={f} type="button" onClick={(e) => capture.choose(e, f)}>
              {result.options?.length === 1 ? `Replace the ${FIELD_LABEL[f]}` : `It is the ${FIELD_LABEL[f]}`}
            </button>
          ))}
          {result.options?.length === 1 && (
            <button type="button" onClick={(e) => capture.choose(e, undefined)}>
              Keep the one I have
            </button>
          )}
        </div>
      )}
    </div>
  );
}
