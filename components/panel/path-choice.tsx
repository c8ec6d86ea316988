import { PATHS } from '../../utils/guidance/evaluate';
import { t } from '../../utils/i18n/t';

/** IMAP or MAPI/EWS; compact on the step card (the name only, the description as its tooltip). */
export function PathChoice({ onChoose, current, compact }: { onChoose: (p: 'imap' | 'mapi') => void; current?: 'imap' | 'mapi'; compact?: boolean }) {
  return (
    <div className={compact ? 'row' : 'choices'} role="group" aria-label={t('panel_protocol')}>
      {(['imap', 'mapi'] as const).map((p) => (
        <button
          key={p}
          type="button"
          className={compact ? undefined : 'choice'}
          title={compact ? PATHS[p].label : undefined}
          aria-pressed={current === p}
          onClick={() => onChoose(p)}
        >
          <strong>{p === 'imap' ? 'IMAP' : 'MAPI / EWS'}</strong>
          {compact ? null : PATHS[p].label}
        </button>
      ))}
    </div>
  );
}
