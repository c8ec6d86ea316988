/**
 * Setting values so that any framework's state sees them: the native value setter (bypassing
 * React/Vue instance trackers), then the events a typing user would cause. Custom comboboxes
 * are operated like a user would, by opening them and clicking the option.
 */

function nativeSetter(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): ((v: string) => void) | undefined {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
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

/** The text a combobox currently shows as its value. */
export function comboboxText(el: Element): string {
  const holder = el.closest('[class*=select]') ?? el.parentElement ?? el;
  return (el instanceof HTMLInputElement ? el.value : '') + ' ' + (holder.textContent ?? '');
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
  const trigger = el.closest('[class*=selector], [class*=select]') ?? el;
  pointerClick(trigger);
  if (el instanceof HTMLElement) el.focus();
  const listId = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
  const option = await waitFor(
    () => {
      const scope: ParentNode = (listId && doc.getElementById(listId)) || doc;
      return Array.from(scope.querySelectorAll('[role=option]')).find((o) => matches(o.textContent?.trim() ?? '') && !(o as HTMLElement).closest('[hidden]'));
    },
    1500,
    doc.body,
  );
  if (!option) return false;
  pointerClick(option);
  return true;
}
