/**
 * Other ways a build may draw a two- or three-way choice (used for Authentication type with
 * `?authControl=`): a native select, native radios, an ARIA radio group, segmented toggle
 * buttons, and a switch. All controlled, all wired to the FormItem's label like the other controls.
 */
import { useRef, type KeyboardEvent } from 'react';
import { cls, type ControlA11y } from './ui';

interface ChoiceProps<T extends string> {
  a11y: ControlA11y;
  value: T;
  options: readonly T[];
  onChange: (v: T) => void;
}

export function NativeSelect<T extends string>({ a11y, value, options, onChange }: ChoiceProps<T>) {
  return (
    <select {...a11y} className="so-native-select" value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

/** Native radios sharing a name; the label column's `<label for>` points at the wrapper (as antd's Form.Item does). */
export function NativeRadios<T extends string>({ a11y, value, options, onChange }: ChoiceProps<T>) {
  return (
    <div id={a11y.id} className="ant-radio-group so-native-radios">
      {options.map((o) => (
        <label key={o} className={cls('ant-radio-wrapper', o === value && 'ant-radio-wrapper-checked')}>
          <input type="radio" name={`${a11y.id}_radio`} value={o} checked={o === value} onChange={() => onChange(o)} />
          <span>{o}</span>
        </label>
      ))}
    </div>
  );
}

/** `role=radiogroup` of `role=radio` divs with roving tabindex: click, or arrows/Space on the focused radio. */
export function AriaRadioGroup<T extends string>({ a11y, value, options, onChange }: ChoiceProps<T>) {
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, index: number) => {
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? index - 1 : undefined;
    if (next !== undefined) {
      e.preventDefault();
      const i = (next + options.length) % options.length;
      onChange(options[i] as T);
      refs.current[i]?.focus();
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      onChange(options[index] as T);
    }
  };
  return (
    <div role="radiogroup" aria-labelledby={a11y['aria-labelledby']} id={a11y.id} className="so-radiogroup">
      {options.map((o, i) => (
        <div
          key={o}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="radio"
          aria-checked={o === value}
          tabIndex={o === value ? 0 : -1}
          className={cls('so-radio', o === value && 'so-radio-checked')}
          onClick={() => onChange(o)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {o}
        </div>
      ))}
    </div>
  );
}

/** Segmented toggle buttons: a `role=group` of buttons whose `aria-pressed` marks the chosen one. */
export function SegmentedButtons<T extends string>({ a11y, value, options, onChange }: ChoiceProps<T>) {
  return (
    <div role="group" aria-labelledby={a11y['aria-labelledby']} id={a11y.id} className="so-segmented">
      {options.map((o) => (
        <button
          key={o}
          type="button"
          aria-pressed={o === value}
          className={cls('so-segment', o === value && 'so-segment-selected')}
          onClick={() => onChange(o)}
        >
          {o}
        </button>
      ))}
    </div>
  );
}

/** A switch whose on state is the second option, with both texts inside like antd's checked/unchecked children (one hidden by CSS). */
export function ChoiceSwitch<T extends string>({ a11y, value, options, onChange }: ChoiceProps<T>) {
  const [off, on] = options as readonly [T, T];
  const checked = value === on;
  return (
    <button
      {...a11y}
      type="button"
      role="switch"
      aria-checked={checked}
      className={cls('ant-switch so-choice-switch', checked && 'ant-switch-checked')}
      onClick={() => onChange(checked ? off : on)}
    >
      <div className="ant-switch-handle" />
      <span className="ant-switch-inner">
        <span className="ant-switch-inner-checked">{on}</span>
        <span className="ant-switch-inner-unchecked">{off}</span>
      </span>
    </button>
  );
}
