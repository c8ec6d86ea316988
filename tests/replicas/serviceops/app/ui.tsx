/**
 * Ant Design-style building blocks (markup modelled on antd v5 class names), all controlled.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function cls(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** Accessibility wiring a FormItem hands to its control. */
export interface ControlA11y {
  id: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
}

/**
 * How the label is tied to the control:
 * - `for`: `<label for=id>` (antd's default);
 * - `sibling`: a `<label>` without `for` in the label column;
 * - `sibling-span`: a `<span>` (not a label element) in the label column;
 * - `wrapped`: the control sits inside the `<label>` (legacy layout; the asterisk is real text);
 * - `labelledby`: a `<span id>` referenced by the control's aria-labelledby.
 */
export type LabelMode = 'for' | 'sibling' | 'sibling-span' | 'wrapped' | 'labelledby';

export interface FormItemProps {
  id: string;
  label: string;
  mode: LabelMode;
  required?: boolean;
  error?: string;
  extra?: ReactNode;
  /** Custom controls (select) need the label id even when the mode is `for`. */
  forceLabelledBy?: boolean;
  testId?: string;
  children: (a11y: ControlA11y) => ReactNode;
}

export function FormItem({ id, label, mode, required, error, extra, forceLabelledBy, testId, children }: FormItemProps) {
  const labelId = `${id}_label`;
  const errorId = `${id}_help`;
  const a11y: ControlA11y = { id };
  if (mode === 'labelledby' || forceLabelledBy) a11y['aria-labelledby'] = labelId;
  if (error) {
    a11y['aria-describedby'] = errorId;
    a11y['aria-invalid'] = true;
  }
  if (required) a11y['aria-required'] = true;
  const explain = error ? (
    <div className="ant-form-item-explain ant-form-item-explain-connected" role="alert">
      <div id={errorId} className="ant-form-item-explain-error">
        {error}
      </div>
    </div>
  ) : null;
  const extraNode = extra ? <div className="ant-form-item-extra">{extra}</div> : null;
  const itemClass = cls('ant-form-item', error && 'ant-form-item-has-error', required && 'so-item-required');

  if (mode === 'wrapped') {
    return (
      <div className={cls(itemClass, 'so-legacy-item')} data-testid={testId}>
        <label className="so-legacy-label">
          <span className="so-legacy-label-text">
            {required ? <span className="so-required-mark">*</span> : null}
            {label}
          </span>
          <span className="so-legacy-control">{children(a11y)}</span>
        </label>
        {explain}
        {extraNode}
      </div>
    );
  }

  let labelNode: ReactNode;
  const reqClass = required ? 'ant-form-item-required' : undefined;
  if (mode === 'for') {
    labelNode = (
      <label htmlFor={id} id={forceLabelledBy ? labelId : undefined} className={reqClass} title={label}>
        {label}
      </label>
    );
  } else if (mode === 'sibling') {
    labelNode = (
      <label className={reqClass} title={label}>
        {label}
      </label>
    );
  } else {
    labelNode = (
      <span id={mode === 'labelledby' ? labelId : undefined} className={cls('so-label-text', reqClass)} title={label}>
        {label}
      </span>
    );
  }
  return (
    <div className={itemClass} data-testid={testId}>
      <div className="ant-row ant-form-item-row">
        <div className="ant-col ant-form-item-label">{labelNode}</div>
        <div className="ant-col ant-form-item-control">
          <div className="ant-form-item-control-input">
            <div className="ant-form-item-control-input-content">{children(a11y)}</div>
          </div>
          {explain}
          {extraNode}
        </div>
      </div>
    </div>
  );
}

interface TextInputProps {
  a11y: ControlA11y;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  type?: 'text' | 'email' | 'url';
  readOnly?: boolean;
}

export function TextInput({ a11y, value, onChange, placeholder, type = 'text', readOnly }: TextInputProps) {
  return (
    <input
      {...a11y}
      type={type}
      className={cls('ant-input', 'ant-input-outlined', a11y['aria-invalid'] && 'ant-input-status-error', readOnly && 'ant-input-disabled so-readonly')}
      value={value}
      placeholder={placeholder}
      readOnly={readOnly}
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function PasswordInput({ a11y, value, onChange, placeholder }: Omit<TextInputProps, 'type' | 'readOnly'>) {
  const [visible, setVisible] = useState(false);
  return (
    <span
      className={cls('ant-input-affix-wrapper', 'ant-input-password', 'ant-input-outlined', a11y['aria-invalid'] && 'ant-input-affix-wrapper-status-error')}
    >
      <input
        {...a11y}
        type={visible ? 'text' : 'password'}
        className="ant-input"
        value={value}
        placeholder={placeholder}
        autoComplete="new-password"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="ant-input-suffix">
        <button
          type="button"
          className="ant-input-password-icon so-icon-button"
          aria-label={visible ? 'Hide password' : 'Show password'}
          aria-pressed={visible}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? <EyeIcon /> : <EyeInvisibleIcon />}
        </button>
      </span>
    </span>
  );
}

export function NumberInput({
  a11y,
  value,
  onChange,
  min,
  max,
}: {
  a11y: ControlA11y;
  value: string;
  onChange: (v: string) => void;
  min: number;
  max: number;
}) {
  return (
    <div className={cls('ant-input-number', 'ant-input-number-outlined', a11y['aria-invalid'] && 'ant-input-number-status-error')}>
      <div className="ant-input-number-input-wrap">
        <input
          {...a11y}
          type="number"
          className="ant-input-number-input"
          min={min}
          max={max}
          step={1}
          value={value}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

interface SelectProps<T extends string> {
  a11y: ControlA11y;
  value: T | '';
  options: readonly SelectOption<T>[];
  onChange: (v: T) => void;
  placeholder?: string;
}

interface PopupPos {
  top: number;
  left: number;
  width: number;
}

/**
 * antd-like Select: a focusable div with role=combobox; its listbox is portalled to <body>
 * on first open (and then kept, hidden, like antd). Mouse and keyboard both work.
 */
export function Select<T extends string>({ a11y, value, options, onChange, placeholder = 'Select' }: SelectProps<T>) {
  const [open, setOpen] = useState(false);
  const [everOpened, setEverOpened] = useState(false);
  const [active, setActive] = useState(0);
  const [pos, setPos] = useState<PopupPos>({ top: 0, left: 0, width: 0 });
  const rootRef = useRef<HTMLDivElement>(null);
  const comboRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const listId = `${a11y.id}_list`;
  const selectedIndex = options.findIndex((o) => o.value === value);
  const selected = selectedIndex >= 0 ? options[selectedIndex] : undefined;

  const place = useCallback(() => {
    const r = rootRef.current?.getBoundingClientRect();
    if (r) setPos({ top: r.bottom + 4, left: r.left, width: r.width });
  }, []);

  const openPopup = useCallback(() => {
    place();
    setActive(selectedIndex >= 0 ? selectedIndex : 0);
    setEverOpened(true);
    setOpen(true);
  }, [place, selectedIndex]);

  const choose = (index: number) => {
    const opt = options[index];
    if (opt) onChange(opt.value);
    setOpen(false);
    comboRef.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open) return;
    const onScroll = () => place();
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (rootRef.current?.contains(t) || popupRef.current?.contains(t)) return;
      setOpen(false);
    };
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onScroll);
    document.addEventListener('mousedown', onDown);
    return () => {
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onScroll);
      document.removeEventListener('mousedown', onDown);
    };
  }, [open, place]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = options.length - 1;
    if (!open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        openPopup();
      }
      return;
    }
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setActive((i) => (i >= last ? 0 : i + 1));
        return;
      case 'ArrowUp':
        e.preventDefault();
        setActive((i) => (i <= 0 ? last : i - 1));
        return;
      case 'Home':
        e.preventDefault();
        setActive(0);
        return;
      case 'End':
        e.preventDefault();
        setActive(last);
        return;
      case 'Enter':
      case ' ':
        e.preventDefault();
        choose(active);
        return;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
        return;
      case 'Tab':
        setOpen(false);
        return;
      default:
        if (e.key.length === 1) {
          const ch = e.key.toLowerCase();
          const idx = options.findIndex((o) => o.label.toLowerCase().startsWith(ch));
          if (idx >= 0) setActive(idx);
        }
    }
  };

  const optionId = (i: number) => `${listId}_${i}`;
  const invalid = Boolean(a11y['aria-invalid']);

  return (
    <>
      <div
        ref={rootRef}
        className={cls(
          'ant-select',
          'ant-select-outlined',
          'ant-select-single',
          'ant-select-show-arrow',
          open && 'ant-select-open ant-select-focused',
          invalid && 'ant-select-status-error',
        )}
        onMouseDown={(e) => {
          e.preventDefault();
          comboRef.current?.focus();
          if (open) setOpen(false);
          else openPopup();
        }}
      >
        <div className="ant-select-selector">
          <div
            ref={comboRef}
            {...a11y}
            role="combobox"
            tabIndex={0}
            aria-haspopup="listbox"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open ? optionId(active) : undefined}
            className="ant-select-selection-search"
            onKeyDown={onKeyDown}
            onBlur={() => setOpen(false)}
          >
            {selected ? (
              <span className="ant-select-selection-item" title={selected.label}>
                {selected.label}
              </span>
            ) : (
              <span className="ant-select-selection-placeholder">{placeholder}</span>
            )}
          </div>
        </div>
        <span className="ant-select-arrow" aria-hidden="true">
          <DownIcon />
        </span>
      </div>
      {everOpened
        ? createPortal(
            <div
              ref={popupRef}
              className={cls('ant-select-dropdown', 'ant-select-dropdown-placement-bottomLeft', !open && 'ant-select-dropdown-hidden')}
              style={{ position: 'fixed', top: pos.top, left: pos.left, minWidth: pos.width, width: pos.width }}
            >
              <div role="listbox" id={listId} aria-labelledby={a11y['aria-labelledby']} className="rc-virtual-list">
                {options.map((o, i) => (
                  <div
                    key={o.value}
                    id={optionId(i)}
                    role="option"
                    aria-selected={o.value === value}
                    title={o.label}
                    className={cls(
                      'ant-select-item',
                      'ant-select-item-option',
                      i === active && 'ant-select-item-option-active',
                      o.value === value && 'ant-select-item-option-selected',
                    )}
                    onMouseDown={(e) => e.preventDefault()}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => choose(i)}
                  >
                    <div className="ant-select-item-option-content">{o.label}</div>
                  </div>
                ))}
              </div>
            </div>,
            document.body,
          )
        : null}
    </>
  );
}

export function Switch({ a11y, checked, onChange }: { a11y: ControlA11y; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <button
      {...a11y}
      type="button"
      role="switch"
      aria-checked={checked}
      className={cls('ant-switch', checked && 'ant-switch-checked')}
      onClick={() => onChange(!checked)}
    >
      <div className="ant-switch-handle" />
      <span className="ant-switch-inner" aria-hidden="true" />
    </button>
  );
}

export function Button({
  children,
  type = 'default',
  onClick,
  icon,
  htmlType = 'button',
  title,
  loading,
}: {
  children: ReactNode;
  type?: 'primary' | 'default' | 'link' | 'text';
  onClick?: () => void;
  icon?: ReactNode;
  htmlType?: 'button' | 'submit';
  title?: string;
  loading?: boolean;
}) {
  return (
    <button
      type={htmlType}
      title={title}
      className={cls('ant-btn', `ant-btn-${type}`, type === 'primary' && 'ant-btn-color-primary', loading && 'ant-btn-loading')}
      onClick={onClick}
    >
      {icon ? <span className="ant-btn-icon">{icon}</span> : null}
      <span>{children}</span>
    </button>
  );
}

export interface DrawerProps {
  open: boolean;
  title: string;
  onClose: () => void;
  footer: ReactNode;
  children: ReactNode;
  width?: number;
}

export function Drawer({ open, title, onClose, footer, children, width = 560 }: DrawerProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  const titleId = useRef(`drawer_title_${Math.random().toString(36).slice(2, 8)}`).current;
  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    contentRef.current?.focus();
    return () => opener?.focus();
  }, [open]);
  if (!open) return null;
  return createPortal(
    <div className="ant-drawer ant-drawer-right ant-drawer-open" tabIndex={-1}>
      <div className="ant-drawer-mask" onClick={onClose} />
      <div className="ant-drawer-content-wrapper" style={{ width }}>
        <div
          ref={contentRef}
          className="ant-drawer-content"
          role="dialog"
          aria-modal="true"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
          }}
        >
          <div className="ant-drawer-wrapper-body">
            <div className="ant-drawer-header">
              <div className="ant-drawer-header-title">
                <button type="button" aria-label="Close" className="ant-drawer-close" onClick={onClose}>
                  <CloseIcon />
                </button>
                <div className="ant-drawer-title" id={titleId}>
                  {title}
                </div>
              </div>
            </div>
            <div className="ant-drawer-body">{children}</div>
            <div className="ant-drawer-footer">{footer}</div>
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}

export interface Toast {
  id: number;
  kind: 'success' | 'info' | 'error';
  text: string;
}

export function Messages({ toasts }: { toasts: Toast[] }) {
  return createPortal(
    <div className="ant-message">
      {toasts.map((t) => (
        <div key={t.id} className="ant-message-notice-wrapper">
          <div className={cls('ant-message-notice', `ant-message-${t.kind}`)}>
            <div className="ant-message-notice-content" role="status">
              <span className={cls('so-message-dot', `so-message-dot-${t.kind}`)} aria-hidden="true" />
              <span>{t.text}</span>
            </div>
          </div>
        </div>
      ))}
    </div>,
    document.body,
  );
}

export function useToasts(): [Toast[], (kind: Toast['kind'], text: string) => void] {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const push = useCallback((kind: Toast['kind'], text: string) => {
    const id = nextId.current++;
    setToasts((ts) => [...ts, { id, kind, text }]);
    window.setTimeout(() => setToasts((ts) => ts.filter((t) => t.id !== id)), 3000);
  }, []);
  return [toasts, push];
}

/* ---------- icons (inline SVG, antd-like) ---------- */

function Svg({ d, label }: { d: string; label?: string }) {
  return (
    <span role="img" aria-label={label} aria-hidden={label ? undefined : true} className="anticon">
      <svg viewBox="64 64 896 896" width="1em" height="1em" fill="currentColor" focusable="false">
        <path d={d} />
      </svg>
    </span>
  );
}

export const DownIcon = () => (
  <Svg d="M884 256h-75c-5.1 0-9.9 2.5-12.9 6.6L512 654.2 227.9 262.6c-3-4.1-7.8-6.6-12.9-6.6h-75c-6.5 0-10.3 7.4-6.5 12.7l352.6 486.1c12.8 17.6 39 17.6 51.7 0l352.6-486.1c3.9-5.3.1-12.7-6.4-12.7z" />
);
export const CloseIcon = () => (
  <Svg d="M563.8 512l262.5-312.9c4.4-5.2.7-13.1-6.1-13.1h-79.8c-4.7 0-9.2 2.1-12.3 5.7L511.6 449.8 295.1 191.7c-3-3.6-7.5-5.7-12.3-5.7H203c-6.8 0-10.5 7.9-6.1 13.1L459.4 512 196.9 824.9A7.95 7.95 0 00203 838h79.8c4.7 0 9.2-2.1 12.3-5.7l216.5-258.1 216.5 258.1c3 3.6 7.5 5.7 12.3 5.7h79.8c6.8 0 10.5-7.9 6.1-13.1L563.8 512z" />
);
export const PlusIcon = () => <Svg d="M482 152h60q8 0 8 8v704q0 8-8 8h-60q-8 0-8-8V160q0-8 8-8z M192 474h672q8 0 8 8v60q0 8-8 8H160q-8 0-8-8v-60q0-8 8-8z" />;
export const EyeIcon = () => (
  <Svg d="M942.2 486.2C847.4 286.5 704.1 186 512 186c-192.2 0-335.4 100.5-430.2 300.3a60.3 60.3 0 000 51.5C176.6 737.5 319.9 838 512 838c192.2 0 335.4-100.5 430.2-300.3 7.7-16.2 7.7-35 0-51.5zM512 766c-161.3 0-279.4-81.8-362.7-254C232.6 339.8 350.7 258 512 258c161.3 0 279.4 81.8 362.7 254C791.5 684.2 673.4 766 512 766zm-4-430c-97.2 0-176 78.8-176 176s78.8 176 176 176 176-78.8 176-176-78.8-176-176-176zm0 288c-61.9 0-112-50.1-112-112s50.1-112 112-112 112 50.1 112 112-50.1 112-112 112z" />
);
export const EyeInvisibleIcon = () => (
  <Svg d="M942.2 486.2Q889.47 375.11 816.7 305l-50.88 50.88C807.31 395.53 843.45 447.4 874.7 512 791.5 684.2 673.4 766 512 766q-72.67 0-133.87-22.38L323 798.75Q408 838 512 838q288.3 0 430.2-300.3a60.29 60.29 0 000-51.5zm-63.57-320.64L836 122.88a8 8 0 00-11.32 0L715.31 232.2Q624.86 186 512 186q-288.3 0-430.2 300.3a60.3 60.3 0 000 51.5q56.69 119.4 136.5 191.41L112.48 835a8 8 0 000 11.31L155.17 889a8 8 0 0011.31 0l712.15-712.12a8 8 0 000-11.32zM149.3 512C232.6 339.8 350.7 258 512 258c54.54 0 104.13 9.36 149.12 28.39l-70.3 70.3a176 176 0 00-238.13 238.13l-83.42 83.42C223.1 637.49 183.3 582.28 149.3 512zm246.7 0a112.11 112.11 0 01146.2-106.69L401.31 546.2A112 112 0 01396 512z" />
);
export const CopyIcon = () => (
  <Svg d="M832 64H296c-4.4 0-8 3.6-8 8v56c0 4.4 3.6 8 8 8h496v688c0 4.4 3.6 8 8 8h56c4.4 0 8-3.6 8-8V96c0-17.7-14.3-32-32-32zM704 192H192c-17.7 0-32 14.3-32 32v530.7c0 8.5 3.4 16.6 9.4 22.6l173.3 173.3c2.2 2.2 4.7 4 7.4 5.5v1.9h4.2c3.5 1.3 7.2 2 11 2H704c17.7 0 32-14.3 32-32V224c0-17.7-14.3-32-32-32z" />
);
export const MailIcon = () => (
  <Svg d="M928 160H96c-17.7 0-32 14.3-32 32v640c0 17.7 14.3 32 32 32h832c17.7 0 32-14.3 32-32V192c0-17.7-14.3-32-32-32zm-40 110.8V792H136V270.8l-27.6-21.5 39.3-50.5 42.8 33.3h643.1l42.8-33.3 39.3 50.5-27.7 21.5zM833.6 232L512 482 190.4 232l-42.8-33.3-39.3 50.5 27.6 21.5 341.6 265.6a55.99 55.99 0 0068.7 0L888 270.8l27.6-21.5-39.3-50.5-42.7 33.2z" />
);
export const SearchIcon = () => (
  <Svg d="M909.6 854.5L649.9 594.8C690.2 542.7 712 479 712 412c0-80.2-31.3-155.4-87.9-212.1-56.6-56.7-132-87.9-212.1-87.9s-155.5 31.3-212.1 87.9C143.2 256.5 112 331.8 112 412c0 80.1 31.3 155.5 87.9 212.1C256.5 680.8 331.8 712 412 712c67 0 130.6-21.8 182.7-62l259.7 259.6a8.2 8.2 0 0011.6 0l43.6-43.5a8.2 8.2 0 000-11.6zM570.4 570.4C528 612.7 471.8 636 412 636s-116-23.3-158.4-65.6C211.3 528 188 471.8 188 412s23.3-116.1 65.6-158.4C296 211.3 352.2 188 412 188s116.1 23.2 158.4 65.6S636 352.2 636 412s-23.3 116.1-65.6 158.4z" />
);
