import { PATHS } from '../../utils/guidance/evaluate';

export function PathChoice({ onChoose, current }: { onChoose: (p: 'imap' | 'mapi') => void; current?: 'imap' | 'mapi' }) {
  return (
    <div className="choices" role="group" aria-label="Protocol">
      {(['imap', 'mapi'] as const).map((p) => (
        <button key={p} type="button" className="choice" aria-pressed={current === p} onClick={() => onChoose(p)}>
          <strong>{p === 'imap' ? 'IMAP' : 'MAPI / EWS'}</strong>
          {PATHS[p].label}
        </button>
      ))}
    </div>
  );
}
