/**
 * The inline "Fill from Azure setup" button the ServiceOps script places beside the server
 * form's Client ID field (or its Authentication type, before OAuth is chosen). It names the setup
 * and tenant a click fills, lives in a closed shadow root (the page can neither reach nor restyle
 * it), and acts only on a pointer click the ActivationGuard accepts (activation.ts). The
 * background then checks the origin and the setup's binding before any value (or the secret) moves.
 */
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Result } from '../messages';
import type { FillQuestion, FillReport, InlinePreview } from '../schemas';
import { ewsNotice } from '../ews-retirement';
import { ActivationGuard, measuresOcclusion, watchVisibility } from './activation';
import { FIELD_LABELS } from './fields';
import { findFormScope } from './fill-form';
import { CONTROL_SELECTOR, findControl } from './labels';
import { OUTCOME_TEXT } from './outcome-text';
import { t } from '../i18n/t';

export const INLINE_HOST_TAG = 'serviceops-azure-fill';
export const INLINE_BUTTON_TEXT = 'Fill from Azure setup';

const CSS = `
:host { display: block !important; margin: 6px 0 14px !important; }
.wrap { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; display: flex; flex-direction: column; gap: 6px; }
button { font: inherit; font-weight: 600; cursor: pointer; align-self: flex-start; padding: 5px 12px; border-radius: 6px;
  border: 1px solid #0f6cbd; background: #0f6cbd; color: #fff; }
button:hover { background: #115ea3; }
button:focus-visible { outline: 2px solid #1f2328; outline-offset: 2px; }
button[disabled] { opacity: .7; cursor: progress; }
.caption { margin: 0; color: #57606a; }
.caption:empty { display: none; }
.status:empty { display: none; }
.status { margin: 0; padding: 6px 8px; border-radius: 6px; background: #f3f6fb; border: 1px solid #c7d4e6; }
.status.error { background: #fdf3f4; border-color: #eeb5bd; color: #8a1c2b; }
.status ul { margin: 4px 0 0; padding-left: 18px; }
`;

/** Why a click must not act: the button is hidden, see-through or under something else (clickjacking). */
export function coverProblem(host: Element, doc: Document = host.ownerDocument): string | undefined {
  const view = doc.defaultView;
  if (!view) return 'no window';
  const r = host.getBoundingClientRect();
  if (r.width < 8 || r.height < 8) return 'the button is not visible';
  const x = r.left + Math.min(r.width / 2, 60);
  const y = r.top + r.height / 2;
  if (x < 0 || y < 0 || x > view.innerWidth || y > view.innerHeight) return 'the button is scrolled out of view';
  if (doc.elementFromPoint(x, y) !== host) return 'something covers the button';
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (Number(style.opacity) < 0.9 || style.visibility === 'hidden' || style.display === 'none') return 'the button is made transparent or hidden';
  }
  return undefined;
}

/** The element the button goes after: the whole form item around the control (the largest ancestor holding only it). */
export function anchorFor(control: Element, scope: ParentNode): Element {
  let anchor = control;
  for (
    let parent = control.parentElement;
    parent && parent !== scope && parent.querySelectorAll(CONTROL_SELECTOR).length === 1;
    parent = parent.parentElement
  ) {
    anchor = parent;
  }
  return anchor;
}

/** Where the button belongs on this page right now, if anywhere. */
export function findInlineAnchor(doc: Document): Element | undefined {
  const found = findFormScope(doc);
  if (!found) return undefined;
  const control = findControl(found.scope, FIELD_LABELS.clientId) ?? findControl(found.scope, FIELD_LABELS.authType);
  return control ? anchorFor(control, found.scope) : undefined;
}

function renderReport(status: HTMLElement, result: Result<FillReport | FillQuestion>, now: () => number = Date.now): void {
  status.replaceChildren();
  status.className = 'status';
  if (!result.ok) {
    status.classList.add('error');
    status.textContent = result.error;
    return;
  }
  if ('confirm' in result.value) {
    const { confirm } = result.value;
    status.textContent =
      confirm.reason === 'other-origin'
        ? t('fill_inlineAskedOtherOrigin', { setup: confirm.setupName, bound: confirm.boundTo.join(', ') })
        : t('fill_inlineAskedUnchecked');
    return;
  }
  const report = result.value;
  if (!report.ok) status.classList.add('error');
  const head = document.createElement('p');
  head.style.margin = '0';
  head.textContent = report.ok
    ? `Filled from your Azure setup. Review the form and click Save yourself.${report.secretCleared ? ' The secret was removed from the extension.' : ''}`
    : (report.message ?? 'Some fields could not be filled.');
  const list = document.createElement('ul');
  for (const f of report.fields) {
    const item = document.createElement('li');
    item.textContent = `${f.label ?? f.field}: ${OUTCOME_TEXT[f.outcome]}${f.message ? ` — ${f.message}` : ''}`;
    list.append(item);
  }
  status.append(head, list);
  // MAPI is EWS: say what its retirement means before the admin relies on it.
  if (report.protocol === 'mapi') {
    const notice = ewsNotice(now());
    const ews = document.createElement('p');
    ews.className = 'ews';
    ews.textContent = [`${notice.title}.`, notice.check ? `Check: ${notice.check}.` : '', notice.recommendation].filter(Boolean).join(' ');
    status.append(ews);
  }
}

/** The button's words: what a click fills (the setup and its tenant), and whether it asks first. */
function describe(button: HTMLButtonElement, caption: HTMLElement, preview: InlinePreview | null | undefined): void {
  button.textContent = preview ? t('fill_inlineNames', { setup: preview.setupName, tenant: preview.tenant }) : INLINE_BUTTON_TEXT;
  caption.textContent = preview?.boundElsewhere ? t('fill_inlineAsksFirst') : '';
}

export interface InlineButtonDeps {
  /** Which setup a click would fill here (the background decides; the button only shows it). */
  preview: () => Promise<Result<InlinePreview | null>>;
  /** Asks the background to fill this tab with that setup (it checks the origin and the binding, and sends the values). */
  requestFill: (setupId: string, click: 'checked' | 'unchecked') => Promise<Result<FillReport | FillQuestion>>;
  /** The clock, for the end-of-EWS notice. */
  now?: () => number;
}

export interface InlineButton {
  /** Shows the report of a fill the admin confirmed in extension UI. */
  showReport: (report: FillReport) => void;
}

/** Keeps the button beside the open form, following the page as it re-renders. */
export function startInlineButton(ctx: ContentScriptContext, deps: InlineButtonDeps): InlineButton {
  let ui: ShadowRootContentScriptUi<{ wrap: HTMLElement; stop: () => void }> | undefined;
  let anchor: Element | undefined;
  let creating = false;
  let busy = false;
  /** Shown again when the page re-renders and the button moves (e.g. from Authentication type to Client ID). */
  let lastResult: Result<FillReport | FillQuestion> | undefined;
  let preview: InlinePreview | null | undefined;
  /** The mounted button's parts, to refresh its words and status. */
  let parts: { button: HTMLButtonElement; caption: HTMLElement; status: HTMLElement } | undefined;

  const refreshPreview = async () => {
    const answer = await deps.preview();
    preview = answer.ok ? answer.value : undefined;
    if (parts) describe(parts.button, parts.caption, preview);
  };

  const act = async (click: 'checked' | 'unchecked', status: HTMLElement, button: HTMLButtonElement) => {
    if (!preview) {
      await refreshPreview();
      if (!preview) {
        renderReport(status, { ok: false, error: t('fill_noSetup') });
        return;
      }
    }
    busy = true;
    button.disabled = true;
    status.className = 'status';
    status.textContent = 'Filling…';
    try {
      lastResult = await deps.requestFill(preview.setupId, click);
      renderReport(status, lastResult, deps.now);
    } finally {
      busy = false;
      button.disabled = false;
      void refreshPreview();
      schedule();
    }
  };

  const mount = async (at: Element) => {
    creating = true;
    try {
      ui?.remove();
      anchor = at;
      ui = await createShadowRootUi(ctx, {
        name: INLINE_HOST_TAG,
        position: 'inline',
        anchor: at,
        append: 'after',
        // Closed: a page script can neither reach the button (to focus, restyle or read it) nor its status.
        mode: 'closed',
        css: CSS,
        onMount(container, _shadow, host) {
          const wrap = document.createElement('div');
          wrap.className = 'wrap';
          const button = document.createElement('button');
          button.type = 'button';
          const caption = document.createElement('p');
          caption.className = 'caption';
          const status = document.createElement('div');
          status.className = 'status';
          status.setAttribute('role', 'status');
          status.setAttribute('aria-live', 'polite');
          describe(button, caption, preview);
          const guard = new ActivationGuard(measuresOcclusion(window));
          const stop = watchVisibility(button, guard);
          ctx.onInvalidated(stop);
          // Capture phase inside our own root: recorded before the button's own listeners, from what the browser had measured until now.
          button.addEventListener('pointerdown', (e) => guard.pointerDown(e, performance.now(), coverProblem(host)), { capture: true });
          button.addEventListener('click', (e) => {
            if (busy) return;
            const verdict = guard.click(e, performance.now(), coverProblem(host));
            if (verdict.act === 'ignore') return;
            if (verdict.act === 'refuse') renderReport(status, { ok: false, error: verdict.message });
            else void act(verdict.click, status, button);
          });
          if (lastResult) renderReport(status, lastResult, deps.now);
          wrap.append(button, caption, status);
          container.append(wrap);
          parts = { button, caption, status };
          return { wrap, stop };
        },
        onRemove(mounted) {
          mounted?.stop();
          parts = undefined;
        },
      });
      ui.mount();
    } finally {
      creating = false;
    }
  };

  const update = () => {
    if (creating || busy) return;
    const next = findInlineAnchor(document);
    if (!next) {
      if (ui) ui.remove();
      ui = undefined;
      anchor = undefined;
      lastResult = undefined;
      return;
    }
    if (next === anchor && ui?.shadowHost.isConnected && ui.shadowHost.previousElementSibling === next) return;
    void mount(next);
  };

  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      update();
    }, 150);
  };
  const observer = new MutationObserver((records) => {
    // Our own host being added or removed is not a reason to look again.
    if (records.every((r) => [...r.addedNodes, ...r.removedNodes].every((n) => n instanceof Element && n.localName === INLINE_HOST_TAG))) return;
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  // The active setup follows the portal: the button's words are refreshed when the admin comes back to this tab.
  const onShown = () => {
    if (document.visibilityState === 'visible') void refreshPreview();
  };
  ctx.addEventListener(document, 'visibilitychange', onShown);
  ctx.addEventListener(window, 'focus', onShown);
  ctx.onInvalidated(() => {
    observer.disconnect();
    ui?.remove();
  });
  void refreshPreview();
  update();
  return {
    showReport(report) {
      lastResult = { ok: true, value: report };
      if (parts) renderReport(parts.status, lastResult, deps.now);
      void refreshPreview();
    },
  };
}
