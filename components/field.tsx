import { useId, type ReactNode } from 'react';
import type { Check } from '../utils/validation';

export interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  check?: Check;
  /** Where the value came from, e.g. "Captured from the Overview blade on portal.azure.com, 18:02". */
  provenance?: string;
  type?: 'text' | 'password';
  placeholder?: string;
  trailing?: ReactNode;
  autoComplete?: string;
}

/** A labelled input with its check message and provenance, wired for screen readers. */
export function Field({ label, value, onChange, check, provenance, type = 'text', placeholder, trailing, autoComplete = 'off' }: FieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  const provenanceId = `${id}-provenance`;
  const describedBy = [check && value ? messageId : '', provenance ? provenanceId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete={autoComplete}
          aria-invalid={check?.level === 'error' && value ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
        {trailing}
      </div>
      {check && value ? (
        <p id={messageId} className={`check check-${check.level}`} role={check.level === 'error' ? 'alert' : undefined}>
          {check.message}
        </p>
      ) : null}
      {provenance ? (
        <p id={provenanceId} className="provenance">
          {provenance}
        </p>
      ) : null}
    </div>
  );
}
