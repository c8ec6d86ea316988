/**
 * Finding a form control by its visible label, whatever the framework renders: `<label for>`,
 * a wrapping `<label>`, `aria-label`, `aria-labelledby`, or a label element beside the input
 * (Ant Design-style label columns). Never by ids or classes of one particular app.
 */

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=checkbox]):not([type=radio]), textarea, select, [role=combobox], [role=switch], [contenteditable=true]';

export function normalizeLabel(text: string): string {
  return text
    .replace(/[*:：]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function textOfIds(doc: Document, ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => doc.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** The short visible text of an element that is not itself (or around) a control. */
function ownLabelText(el: Element): string | undefined {
  if (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR)) return undefined;
  const text = el.textContent?.trim();
  return text && text.length <= 80 ? text : undefined;
}

/** The texts of the document's `<label for>` elements by the id they name: built once per lookup. */
export function labelsByFor(doc: Document): Map<string, string[]> {
  const byFor = new Map<string, string[]>();
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
    const id = label.getAttribute('for');
    if (!id || !label.textContent) continue;
    byFor.set(id, [...(byFor.get(id) ?? []), label.textContent]);
  }
  return byFor;
}

/** Every label a control could be known by, most explicit first. */
export function labelsOf(control: Element, byFor: Map<string, string[]> = labelsByFor(control.ownerDocument)): string[] {
  const doc = control.ownerDocument;
  const labels: string[] = [];
  const aria = control.getAttribute('aria-label');
  if (aria) labels.push(aria);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) labels.push(textOfIds(doc, labelledBy));
  if (control.id) labels.push(...(byFor.get(control.id) ?? []));
  const wrapping = control.closest('label');
  if (wrapping) {
    const clone = wrapping.cloneNode(true) as Element;
    clone.querySelectorAll(CONTROL_SELECTOR).forEach((c) => c.remove());
    if (clone.textContent?.trim()) labels.push(clone.textContent);
  }
  // A label beside the control: walk up while the ancestor holds only this control, and take the
  // nearest preceding sibling with short text (label columns, <dt>, a <span> before the input).
  let node: Element | null = control;
  for (let depth = 0; node && depth < 5; depth++) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const text = ownLabelText(sib);
      if (text) {
        labels.push(text);
        break;
      }
      // Another control in between: whatever text comes before it labels that control, not this one.
      if (sib.matches(CONTROL_SELECTOR) || sib.querySelector(CONTROL_SELECTOR)) break;
    }
    if (labels.length > (aria ? 1 : 0) + (labelledBy ? 1 : 0)) break;
    const parent: Element | null = node.parentElement;
    if (!parent || parent.querySelectorAll(CONTROL_SELECTOR).length > 1) break;
    node = parent;
  }
  const placeholder = control.getAttribute('placeholder');
  if (placeholder) labels.push(placeholder);
  return labels.map(normalizeLabel).filter(Boolean);
}

export function isVisible(el: Element): boolean {
  const html = el as HTMLElement;
  if (html.hidden || html.closest('[hidden],[aria-hidden=true]')) return false;
  // Sees display:none on any ancestor (a kept-but-hidden dropdown), which the element's own style does not.
  if (typeof html.checkVisibility === 'function') return html.checkVisibility({ visibilityProperty: true });
  const style = el.ownerDocument.defaultView?.getComputedStyle(html);
  return !style || (style.display !== 'none' && style.visibility !== 'hidden');
}

/** All controls under root, including inside open shadow roots. */
export function allControls(root: ParentNode): Element[] {
  const found: Element[] = [...Array.from(root.querySelectorAll(CONTROL_SELECTOR))];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) found.push(...allControls(el.shadowRoot));
  }
  return found;
}

/**
 * The best-labelled visible control for each of several fields, in one pass: every control's
 * labels are worked out once (each of them walks the DOM and may force a style update).
 */
export function findControls<K extends string>(root: ParentNode, fields: Readonly<Record<K, readonly RegExp[]>>): Partial<Record<K, Element>> {
  const keys = Object.keys(fields) as K[];
  const best = new Map<K, { el: Element; rank: number }>();
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  const byFor = doc ? labelsByFor(doc) : new Map<string, string[]>();
  for (const control of allControls(root)) {
    if (!isVisible(control)) continue;
    const labels = labelsOf(control, byFor);
    for (const key of keys) {
      const rank = labels.findIndex((label) => fields[key].some((p) => p.test(label)));
      const prev = best.get(key);
      if (rank >= 0 && (!prev || rank < prev.rank)) best.set(key, { el: control, rank });
    }
  }
  const found: Partial<Record<K, Element>> = {};
  for (const [key, { el }] of best) found[key] = el;
  return found;
}

export function findControl(root: ParentNode, patterns: readonly RegExp[]): Element | undefined {
  return findControls(root, { control: patterns }).control;
}
