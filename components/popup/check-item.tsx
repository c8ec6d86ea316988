import { useId, type ReactNode } from 'react';
import { t } from '../../utils/i18n/t';
import type { Line } from '../checks/describe-results';

/** One live check: its title and button, then its progress, error or last result (marked stale when the values changed). */
export function CheckItem(props: { title: string; line?: Line; stale?: boolean; progress?: string; error?: string; children?: ReactNode; actions: ReactNode }) {
  const id = useId();
  return (
    <section className="check-item" aria-labelledby={id}>
      <div className="check-item-head">
        <h3 id={id}>{props.title}</h3>
        {props.actions}
      </div>
      <div aria-live="polite">
        {props.progress ? <p className="check-progress">{props.progress}</p> : null}
        {!props.progress && props.error ? <p className="check check-error">{props.error}</p> : null}
        {!props.progress && !props.error && props.line ? (
          <>
            <p className={`check check-${props.line.level}`}>{props.line.text}</p>
            {props.line.fix ? <p className="check-fix">{props.line.fix}</p> : null}
            {props.stale ? <p className="check-stale">{t('popup_stale')}</p> : null}
            {props.children}
          </>
        ) : null}
      </div>
    </section>
  );
}
