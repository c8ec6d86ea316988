import { useId } from 'react';
import { t } from '../../utils/i18n/t';
import { FIELD_LABEL, pasteFieldsFor } from '../../utils/paste-classify';
import type { GuidanceView, PasteOutcome } from '../../utils/schemas';
import { usePasteCapture } from './use-paste-capture';

const OUTCOME_CLASS: Record<PasteOutcome['outcome'], string> = { accepted: 'ok', same: 'info', ask: 'info', refused: 'warn' };

function reasonText(paste: NonNullable<GuidanceView['paste']>): string {
  if (paste.reason === 'secret-id-copied') return t('panel_reasonSecretId');
  return t('panel_reasonUnread');
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
  const what = fields.map((f) => FIELD_LABEL[f]).reduce((a, b) => (a ? t('paste_or', { first: a, second: b }) : b), '');
  return (
    <div className="paste" data-attention={view.paste ? 'true' : undefined}>
      {view.paste && (
        <p className="warn" role="note">
          {reasonText(view.paste)}
        </p>
      )}
      <label htmlFor={inputId}>{t('panel_pasteLabel', { fields: what })}</label>
      <input
        id={inputId}
        type="text"
        value=""
        onChange={() => undefined}
        onPaste={capture.onPaste}
        onKeyDown={capture.onKeyDown}
        onDrop={(e) => e.preventDefault()}
        placeholder={t('panel_pastePlaceholder')}
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
        <div className="row" role="group" aria-label={t('panel_whichValue')}>
          {result.options?.map((f) => (
            <button key={f} type="button" onClick={(e) => capture.choose(e, f)}>
              {result.options?.length === 1 ? t('panel_replaceField', { field: FIELD_LABEL[f] }) : t('panel_itIsField', { field: FIELD_LABEL[f] })}
            </button>
          ))}
          {result.options?.length === 1 && (
            <button type="button" onClick={(e) => capture.choose(e, undefined)}>
              {t('panel_keepMine')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
