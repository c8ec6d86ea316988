/**
 * Setting values so that any framework's state sees them: the native value setter (bypassing
 * React/Vue instance trackers), then the events a typing user would cause. Custom comboboxes
 * are operated like a user would, by opening them and clicking the option.
 */
import { CONTROL_SELECTOR, isChoiceGroup, isVisible } from './labels';

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

/** An option's name: its aria-label (virtual lists put the value in the text), else its text. */
function optionText(o: Element): string {
  return (o.getAttribute('aria-label') || o.textContent || '').trim();
}

/**
 * Inside a box collapsed to nothing: the accessibility-only copy of a virtual list's options
 * (Ant Design renders it 0×0 beside the visible list), which takes no clicks.
 */
function collapsed(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const style = view?.getComputedStyle(node);
    if (style && style.overflow === 'hidden' && (parseFloat(style.height) === 0 || parseFloat(style.width) === 0)) return true;
  }
  return false;
}

/**
 * A key press as a keyboard would send it, with the legacy key codes older widget libraries read.
 * They go in the event's init (browsers accept them there): a property defined on the event
 * object would not be seen by the page, which runs in another world than this script.
 */
function press(el: Element, key: string, keyCode: number): void {
  const init = { key, code: key, keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
}

/**
 * Walks the list with the arrow keys until the option the combobox marks active
 * (`aria-activedescendant`) matches, then picks it with Enter: the way a keyboard user works a
 * virtual list whose visible items carry no option role.
 */
async function chooseByKeyboard(el: Element, matches: (text: string) => boolean): Promise<boolean> {
  const doc = el.ownerDocument;
  const active = () => {
    const id = el.getAttribute('aria-activedescendant');
    const option = id ? doc.getElementById(id) : null;
    return option && matches(optionText(option)) ? option : undefined;
  };
  if (el instanceof HTMLElement) el.focus();
  for (let step = 0; step < 50 && !active(); step++) {
    const before = el.getAttribute('aria-activedescendant');
    press(el, 'ArrowDown', 40);
    await waitFor(() => (el.getAttribute('aria-activedescendant') !== before ? true : undefined), 300, el);
    if (el.getAttribute('aria-activedescendant') === before) break;
  }
  if (!active()) return false;
  press(el, 'Enter', 13);
  return true;
}

/** Opens a custom (ARIA) combobox and clicks the option whose text matches. */
export async function chooseComboboxOption(el: Element, matches: (text: string) => boolean): Promise<boolean> {
  const doc = el.ownerDocument;
  const listScope = (): ParentNode => {
    const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    return (listId && doc.getElementById(listId)) || doc;
  };
  const options = () => Array.from(listScope().querySelectorAll('[role=option]')).filter((o) => isVisible(o));
  /** The option to click; or 'keyboard' when the list names its options only in a collapsed copy (a virtual list). */
  const probe = (): Element | 'keyboard' | undefined => {
    const all = options();
    const clickable = all.filter((o) => !collapsed(o));
    const match = clickable.find((o) => matches(optionText(o)));
    if (match) return match;
    return all.length && !clickable.length ? 'keyboard' : undefined;
  };
  // Mouse first (events bubble to whatever wrapper opens the list), then the keyboard.
  pointerClick(el);
  if (el instanceof HTMLElement) el.focus();
  let found = await waitFor(probe, 1500, doc.body);
  if (!found) {
    if (el instanceof HTMLElement) el.focus();
    press(el, 'ArrowDown', 40);
    found = await waitFor(probe, 1500, doc.body);
  }
  if (!found || found === 'keyboard') return chooseByKeyboard(el, matches);
  pointerClick(found);
  return true;
}

/** One option of a choice group: the element to click, its text, whether it is the chosen one. */
interface ChoiceOption {
  el: Element;
  text: string;
  selected: boolean;
}

/** The text that names a native radio: its labels, aria-label, or the text right after it. */
function radioText(radio: HTMLInputElement): string {
  const fromLabels = Array.from(radio.labels ?? [])
    .map((l) => l.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ');
  return fromLabels || radio.getAttribute('aria-label') || radio.nextElementSibling?.textContent?.trim() || radio.value;
}

/** The options of a radio group (native or ARIA) or of segmented toggle buttons. */
function choiceOptions(group: Element): ChoiceOption[] {
  const radios = Array.from(group.querySelectorAll<HTMLInputElement>('input[type=radio]'));
  if (radios.length) return radios.map((r) => ({ el: r, text: radioText(r), selected: r.checked }));
  return Array.from(group.querySelectorAll('[role=radio], [aria-pressed]')).map((el) => ({
    el,
    text: el.getAttribute('aria-label') || el.textContent?.trim() || '',
    selected: el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true',
  }));
}

export function isSwitch(el: Element): boolean {
  return el.getAttribute('role') === 'switch';
}

/** The value a choice control shows: the chosen option of a group, the selected option, a combobox's text. */
export function choiceText(el: Element): string {
  if (isChoiceGroup(el)) return choiceOptions(el).find((o) => o.selected)?.text ?? '';
  if (isSwitch(el)) return el.getAttribute('aria-checked') === 'true' ? 'on' : 'off';
  return comboboxText(el).trim();
}

/** Clicks the group option whose text matches, like a user; false when there is none. */
async function chooseInGroup(group: Element, matches: (text: string) => boolean): Promise<boolean> {
  const option = choiceOptions(group).find((o) => matches(o.text));
  if (!option) return false;
  if (option.selected) return true;
  // A native radio's own click() checks it and fires click/input/change, hidden or not (Ant Design hides the input).
  if (option.el instanceof HTMLInputElement) option.el.click();
  else {
    pointerClick(option.el);
    if (option.el.getAttribute('role') === 'radio' && option.el.getAttribute('aria-checked') !== 'true') {
      // Some radio groups only react to the keyboard: focus and press Space.
      if (option.el instanceof HTMLElement) option.el.focus();
      option.el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
    }
  }
  await Promise.resolve();
  return true;
}

/**
 * Chooses the option whose text matches in any choice control: a native select, a choice group,
 * or an ARIA combobox. A switch has no option texts: see `toggleSwitch`.
 */
export async function chooseOption(el: Element, matches: (text: string) => boolean): Promise<boolean> {
  if (el instanceof HTMLSelectElement) return setSelectValue(el, matches);
  if (isChoiceGroup(el)) return chooseInGroup(el, matches);
  return chooseComboboxOption(el, matches);
}

/** Flips a switch like a user would, with a click. */
export function toggleSwitch(el: Element): void {
  if (el instanceof HTMLElement) el.click();
  else pointerClick(el);
}
