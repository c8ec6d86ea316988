/**
 * Setting values so that any framework's state sees them: the native value setter (bypassing
 * React/Vue instance trackers), then the events a typing user would cause. Custom comboboxes
 * are operated like a user would, by opening them and clicking the option.
 */
import { CONTROL_SELECTOR, isVisible } from './labels';

function nativeSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): ((v: string) => void) | undefined {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  return Object.getOwnPropertyDescriptor(proto, 'value')?.set;
}

export function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

export function isReadOnly(el: Element): boolean {
  return (isTextControl(el) && (el.readOnly || el.disabled)) || el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true';
}

export function setTextValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  el.focus();
  nativeSetter(el)?.call(el, value);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.blur();
}

export function setSelectValue(el: HTMLSelectElement, matches: (text: string) => boolean): boolean {
  const option = Array.from(el.options).find((o) => matches(o.text) || matches(o.value));
  if (!option) return false;
  nativeSetter(el)?.call(el, option.value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

function pointerClick(el: Element): void {
  const view = el.ownerDocument.defaultView;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const) {
    const Ctor = type.startsWith('pointer') && view?.PointerEvent ? view.PointerEvent : MouseEvent;
    el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, view }));
  }
}

/**
 * The text a combobox currently shows as its value: its own text, or (an input-based combobox,
 * like antd's) the text beside it inside the wrapper that holds only this control.
 */
export function comboboxText(el: Element): string {
  if ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.value) {
    return el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? el.value) : el.value;
  }
  const own = el.textContent?.trim();
  if (own) return own;
  let node = el.parentElement;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    if (node.querySelectorAll(CONTROL_SELECTOR).length > 1) break;
    const text = node.textContent?.trim();
    if (text) return text;
  }
  return '';
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, root: Node): Promise<T | undefined> {
  const now = probe();
  if (now) return now;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = probe();
      if (found) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(found);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(probe());
    }, timeoutMs);
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** Opens a custom (ARIA) combobox and clicks the option whose text matches. */
export async function chooseComboboxOption(el: Element, matches: (text: string) => boolean): Promise<boolean> {
  const doc = el.ownerDocument;
  const findOption = () => {
    const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    const scope: ParentNode = (listId && doc.getElementById(listId)) || doc;
    return Array.from(scope.querySelectorAll('[role=option]')).find((o) => matches(o.textContent?.trim() ?? '') && isVisible(o));
  };
  // Mouse first (events bubble to whatever wrapper opens the list), then the keyboard.
  pointerClick(el);
  if (el instanceof HTMLElement) el.focus();
  let option = await waitFor(findOption, 1500, doc.body);
  if (!option) {
    if (el instanceof HTMLElement) el.focus();
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', bubbles: true, cancelable: true, composed: true }));
    option = await waitFor(findOption, 1500, doc.body);
  }
  if (!option) return false;
  pointerClick(option);
  return true;
}
