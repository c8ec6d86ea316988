/**
 * Finding a form control by its visible label, whatever the framework renders: `<label for>`,
 * a wrapping `<label>`, `aria-label`, `aria-labelledby`, or a label element beside the input
 * (Ant Design-style label columns). Never by ids or classes of one particular app.
 *
 * A choice may also be a group rather than one control: a radio group (`role=radiogroup`, or
 * native radios sharing a name) or segmented toggle buttons (`role=group` of `aria-pressed`
 * buttons). Such a group counts as one control, known by the group's label.
 */

export const CONTROL_SELECTOR =
  'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=checkbox]):not([type=radio]), textarea, select, [role=combobox], [role=switch], [contenteditable=true]';

/** The parts of a choice group: never a label, and never labelled on their own. */
const CHOICE_PART_SELECTOR = 'input[type=radio], [role=radio], [role=radiogroup]';

/** Choice groups under root: radio groups by role, toggle-button groups, and native radios sharing a name. */
function choiceGroups(root: ParentNode): Element[] {
  const groups: Element[] = Array.from(root.querySelectorAll('[role=radiogroup]'));
  const inGroup = (el: Element) => groups.some((g) => g.contains(el));
  for (const group of Array.from(root.querySelectorAll('[role=group]'))) {
    if (inGroup(group) || group.querySelector(CONTROL_SELECTOR)) continue;
    if (group.querySelectorAll('[aria-pressed], [role=radio]').length >= 2) groups.push(group);
  }
  const byName = new Map<string, HTMLInputElement[]>();
  for (const radio of Array.from(root.querySelectorAll<HTMLInputElement>('input[type=radio][name]'))) {
    if (inGroup(radio)) continue;
    const name = `${radio.form?.id ?? ''}|${radio.name}`;
    byName.set(name, [...(byName.get(name) ?? []), radio]);
  }
  for (const radios of byName.values()) {
    // The smallest element that holds every radio of the name: that is what a label sits beside.
    let common: Element | null = radios[0]?.parentElement ?? null;
    while (common && !radios.every((r) => common?.contains(r))) common = common.parentElement;
    if (common && !common.querySelector(CONTROL_SELECTOR)) groups.push(common.closest('label') ? (common.closest('label')?.parentElement ?? common) : common);
  }
  return groups;
}

export function isChoiceGroup(el: Element): boolean {
  return el.matches('[role=radiogroup], [role=group]') || (!el.matches(CONTROL_SELECTOR) && !!el.querySelector('input[type=radio]'));
}

/** What a lookup works out once: `<label for>` texts by id, and the choice groups. */
export interface LabelContext {
  byFor: Map<string, string[]>;
  groups: Element[];
}

function labelContext(root: ParentNode): LabelContext {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  return { byFor: doc ? labelsByFor(doc) : new Map(), groups: choiceGroups(root) };
}

/** An element that is, holds, or sits inside a control or choice group: never a label. */
function isControlish(el: Element, groups: readonly Element[]): boolean {
  if (el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR)) return true;
  if (el.matches(CHOICE_PART_SELECTOR) || el.querySelector(CHOICE_PART_SELECTOR)) return true;
  return groups.some((g) => g === el || el.contains(g) || g.contains(el));
}

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
function ownLabelText(el: Element, groups: readonly Element[]): string | undefined {
  if (isControlish(el, groups)) return undefined;
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
export function labelsOf(control: Element, context?: LabelContext): string[] {
  const doc = control.ownerDocument;
  const { byFor, groups } = context ?? { byFor: labelsByFor(doc), groups: isChoiceGroup(control) ? [control] : [] };
  const labels: string[] = [];
  const aria = control.getAttribute('aria-label');
  if (aria) labels.push(aria);
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) labels.push(textOfIds(doc, labelledBy));
  if (control.id) labels.push(...(byFor.get(control.id) ?? []));
  // A fieldset's legend names the choice group that is (or fills) the fieldset.
  const fieldset = control.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend')?.textContent;
  if (legend && isChoiceGroup(control) && !Array.from(fieldset?.querySelectorAll(CONTROL_SELECTOR) ?? []).length) labels.push(legend);
  const wrapping = isChoiceGroup(control) ? null : control.closest('label');
  if (wrapping) {
    const clone = wrapping.cloneNode(true) as Element;
    clone.querySelectorAll(`${CONTROL_SELECTOR}, ${CHOICE_PART_SELECTOR}`).forEach((c) => c.remove());
    if (clone.textContent?.trim()) labels.push(clone.textContent);
  }
  // A label beside the control: walk up while the ancestor holds only this control, and take the
  // nearest preceding sibling with short text (label columns, <dt>, a <span> before the input).
  let node: Element | null = control;
  for (let depth = 0; node && depth < 5; depth++) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const text = ownLabelText(sib, groups);
      if (text) {
        labels.push(text);
        break;
      }
      // Another control in between: whatever text comes before it labels that control, not this one.
      if (isControlish(sib, groups)) break;
    }
    if (labels.length > (aria ? 1 : 0) + (labelledBy ? 1 : 0)) break;
    const parent: Element | null = node.parentElement;
    if (!parent || Array.from(parent.children).some((c) => c !== node && isControlish(c, groups))) break;
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

/** All controls and choice groups under root, including inside open shadow roots. */
export function allControls(root: ParentNode, groups: readonly Element[] = choiceGroups(root)): Element[] {
  const found: Element[] = [...Array.from(root.querySelectorAll(CONTROL_SELECTOR)), ...groups];
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
  const context = labelContext(root);
  for (const control of allControls(root, context.groups)) {
    if (!isVisible(control)) continue;
    const labels = labelsOf(control, context);
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
