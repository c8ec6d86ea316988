/**
 * Frame-side target finding for the guided checklist. A target is a list of stages (see
 * TargetStage in messages.ts); the first stage whose control is present, usable and not yet
 * done is the one to point at. Controls are found by ARIA role and structure first; names
 * (several languages) are one signal. Tiny on purpose: it runs in every portal frame.
 */
import type { TargetStage } from '../schemas';
import { clean } from './capture-dom';

const ROLE_SELECTORS: Record<TargetStage['role'], string> = {
  button: 'button,[role=button],[role=menuitem],input[type=submit],input[type=button]',
  // Toggle buttons (aria-pressed) choose one of several as radios do: Fluent's compound buttons, segmented tiles.
  radio: '[role=radio],input[type=radio],[aria-pressed]',
  checkbox: '[role=checkbox],[role=switch],input[type=checkbox]',
  tab: '[role=tab]',
  link: 'a[href],[role=link]',
  textbox: 'input:not([type]),input[type=text],input[type=url],input[type=email],textarea,[role=textbox]',
};

/** The text a control shows: a copy drawn invisible (Fluent's tab keeps one to reserve the bold width) is not part of its name. */
function shownText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement && !isHidden(n.parentElement)) text += n.textContent;
  return text;
}

/** The accessible name, close enough: aria-label, aria-labelledby, <label>, text, title, placeholder. */
export function nameOf(el: Element): string {
  const doc = el.ownerDocument;
  const by = el.getAttribute('aria-labelledby');
  const input = el as HTMLInputElement;
  const label = el.id ? doc.querySelector(`label[for="${el.id.replace(/["\\]/g, '\\$&')}"]`) : null;
  // Icon glyphs (private-use characters) in a Fluent button's text are not part of its name.
  return clean(
    el.getAttribute('aria-label') ||
      (by &&
        by
          .split(/\s+/)
          .map((id) => doc.getElementById(id)?.textContent ?? '')
          .join(' ')) ||
      label?.textContent ||
      (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el.closest('label')?.textContent : shownText(el)) ||
      el.getAttribute('title') ||
      input.placeholder,
  ).toLowerCase();
}

export function nameMatches(name: string, names: readonly string[] | undefined, match: TargetStage['match'] = 'part'): boolean {
  if (!names?.length) return true;
  return names.some((f) => (match === 'all' ? name === f : match === 'start' ? name.startsWith(f) : name.includes(f)));
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

/** Not shown: hidden by attribute or CSS, including visibility (Fluent measures a command bar in an invisible copy). */
export function isHidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return !!el.closest('[hidden],[aria-hidden=true]') || (check ? !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true }) : false);
}

/** Done already: a ticked box, the selected radio or tab, a filled text box. */
export function isSatisfied(el: Element): boolean {
  const input = el as HTMLInputElement;
  if (el.matches('input[type=checkbox],input[type=radio]')) return input.checked;
  if (el.matches('input,textarea')) return !!input.value.trim();
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

/**
 * The open pane, whatever draws it: a modal dialog, a Fluent panel, a Knockout context pane
 * (role=complementary, not modal). The last one opened is on top.
 */
export function openPane(doc: Document): Element | undefined {
  const panes = [...doc.querySelectorAll('[aria-modal=true],[role=dialog],[role=alertdialog],dialog[open],[role=complementary]')].filter((m) => !isHidden(m));
  return panes[panes.length - 1];
}

/** Where to look for a step's control: an open pane first; the page too unless the pane is modal. */
function searchRoots(doc: Document): ParentNode[] {
  const pane = openPane(doc);
  if (!pane) return [doc];
  return pane.closest('[aria-modal=true],[role=alertdialog],dialog[open]') ? [pane] : [pane, doc];
}

function candidates(root: ParentNode, stage: TargetStage): Element[] {
  let found = [...root.querySelectorAll(ROLE_SELECTORS[stage.role])];
  if (stage.href) found = found.filter((el) => (el.getAttribute('href') ?? '').includes(stage.href as string));
  if (stage.group) {
    const group = [...root.querySelectorAll('[role=radiogroup],fieldset')].find((g) => nameMatches(nameOf(g), stage.group));
    if (!group) return [];
    const inGroup = found.filter((el) => group.contains(el));
    const named = inGroup.filter((el) => nameMatches(nameOf(el), stage.names, stage.match));
    const byIndex = stage.index === undefined ? undefined : inGroup[stage.index];
    return named.length ? named : byIndex ? [byIndex] : [];
  }
  found = found.filter((el) => nameMatches(nameOf(el), stage.names, stage.match));
  // A permission in a collapsed group the portal does not render at all: the group's toggle, named by
  // the permission's prefix ("Mail (2)" holds Mail.Read) or the whole name when it has no dot, is what reveals it.
  const prefix = stage.role === 'checkbox' && /^(\w+)[\w.]*$/.exec(stage.names?.[0] ?? '')?.[1];
  if (!found.length && prefix) found = [...root.querySelectorAll('[aria-expanded=false]')].filter((el) => new RegExp(`^${prefix}\\b`).test(nameOf(el)));
  return found;
}

/** The control that reveals a hidden one: aria-controls, or the collapsed toggle just before it. */
export function revealerOf(el: Element): Element | undefined {
  const hidden = el.closest('[hidden]');
  if (!hidden) return undefined;
  const byControls = hidden.id ? el.ownerDocument.querySelector(`[aria-controls="${hidden.id}"]`) : null;
  const prev = hidden.previousElementSibling;
  const toggle = byControls ?? (prev?.matches('[aria-expanded=false]') ? prev : prev?.querySelector('[aria-expanded=false]'));
  return toggle && !isHidden(toggle) ? toggle : undefined;
}

/**
 * What the admin sees and clicks of a control: a native radio or checkbox drawn see-through under
 * its label (Fluent's ChoiceGroup and Checkbox) is pointed at through its label.
 */
function shown(el: Element): Element {
  const label = (el as HTMLInputElement).labels?.[0];
  return label && el.ownerDocument.defaultView?.getComputedStyle(el).opacity === '0' ? label : el;
}

export interface TargetHit {
  el: Element;
  stage: TargetStage;
}

export function findTarget(doc: Document, stages: readonly TargetStage[]): TargetHit | undefined {
  for (const root of searchRoots(doc)) {
    for (const stage of stages) {
      for (const el of candidates(root, stage)) {
        if (isSatisfied(el) || isDisabled(el)) continue;
        if (!isHidden(el)) return { el: shown(el), stage };
        const toggle = revealerOf(el);
        if (toggle) return { el: toggle, stage };
      }
    }
  }
  return undefined;
}

/** A strongly coloured fill: how every rendering draws a blade's primary button (Knockout, Fluent v8 and v9 alike). */
function filled(el: Element): boolean {
  const m = /(\d+), (\d+), (\d+)(?:, ([\d.]+))?/.exec(el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  return Number(m[4] ?? 1) > 0.5 && Math.max(r, g, b) - Math.min(r, g, b) > 80;
}

/**
 * What the step card must never cover, found by role in every rendering: command bars
 * (toolbar, menubar) and the primary action (a submit button, or a button drawn filled with a colour).
 */
export function keepClear(doc: Document): DOMRect[] {
  const bars = '[role=toolbar],[role=menubar]';
  /**
   * The part of it that is seen: from the first to the last point along its middle where it is on
   * top (an open pane hides part of the blade's bar; the guide's own UI does not count).
   */
  const seen = (el: Element, r: DOMRect) => {
    const step = r.width / 16;
    const xs = [...Array(16).keys()]
      .map((i) => r.x + step * (i + 0.5))
      .filter((x) => {
        const hit = doc.elementFromPoint(x, r.y + r.height / 2);
        return !hit || el.contains(hit) || hit.tagName.startsWith('SOAH-');
      });
    const left = Math.max(r.x, (xs[0] ?? 0) - step / 2);
    return xs.length ? new DOMRect(left, r.y, Math.min(r.right, (xs.at(-1) ?? 0) + step / 2) - left, r.height) : undefined;
  };
  return [...doc.querySelectorAll(`${bars},button,[role=button],input[type=submit]`)]
    .filter((el) => (el.matches(bars) || (!el.closest(bars) && (el.matches('[type=submit]') || filled(el)))) && !isHidden(el))
    .map((el) => {
      const r = el.getBoundingClientRect();
      return r.width && r.height ? seen(el, r) : undefined;
    })
    .filter((r) => !!r);
}
