/**
 * Filling ServiceOps: the popup lists the tabs that show a server form and fills the one the
 * admin picks; the inline button in a ServiceOps tab fills its own tab. Both only after a click,
 * and a setup goes to a ServiceOps it is not bound to only after the admin said so in extension
 * UI: the popup itself, or the confirmation page the inline button opens.
 */
import { browser } from 'wxt/browser';
import { checkedTopDocument, findFormTabs, formTabById, runFill, sendCommand, type TopDocument } from '../fill';
import { grantedServiceOpsOrigins } from '../../serviceops-origins';
import { boundElsewhere, boundOrigins, inlineSetup, tenantLabel } from '../../fill/binding';
import { httpsOriginSchema, type FillQuestion, type PendingFill, type Setup } from '../../schemas';
import { pendingFillsItem } from '../../storage-items';
import { findSetup, loadSetups, missingSetup, updateSetup } from '../setups-store';
import { createLock } from '../lock';
import { fail, ok, type HandlerTable } from './types';
import type { SenderLike } from '../sender';
import { t } from '../../i18n/t';
import { setupLabel } from '../../setup-name';

/** How long a confirmation page may wait for the admin's answer. */
const PENDING_MS = 5 * 60_000;
/** Two answers with the same id arrive together (a double click): only one may take the pending fill. */
const pendingLock = createLock();

function question(setup: Setup, origin: string, reason: FillQuestion['confirm']['reason']): FillQuestion {
  return { confirm: { reason, setupName: setupLabel(setup.name), tenant: tenantLabel(setup), origin, boundTo: boundOrigins(setup) } };
}

/** The sending ServiceOps document, when it is the top frame of a granted https origin. */
async function serviceOpsDocument(sender: SenderLike): Promise<TopDocument | undefined> {
  const tabId = sender.tab?.id;
  let origin: string | undefined;
  try {
    origin = sender.url ? new URL(sender.url).origin : undefined;
  } catch {
    origin = undefined;
  }
  // The secret goes nowhere but the top frame of a granted https origin.
  if (tabId === undefined || sender.frameId !== 0 || !origin?.startsWith('https://') || !(await grantedServiceOpsOrigins()).includes(origin)) return undefined;
  return typeof sender.documentId === 'string' ? { tabId, origin, documentId: sender.documentId } : { tabId, origin };
}

/** Opens the confirmation page for a fill that waits for the admin (a small window; a tab where windows cannot be made). */
async function askInExtensionUi(pending: PendingFill, id: string): Promise<void> {
  await pendingLock(async () =>
    pendingFillsItem.setValue({
      ...Object.fromEntries(Object.entries(await pendingFillsItem.getValue()).filter(([, p]) => p.createdAt > pending.createdAt - PENDING_MS)),
      [id]: pending,
    }),
  );
  const url = browser.runtime.getURL(`/fill-confirm.html#${id}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 480, height: 520, focused: true });
  } catch {
    await browser.tabs.create({ url, active: true });
  }
}

/** Takes a pending fill out of storage (an answer is used once), if it is still fresh. */
function takePending(id: string, now: number, keep = false): Promise<PendingFill | undefined> {
  return pendingLock(async () => {
    const all = await pendingFillsItem.getValue();
    const pending = all[id];
    if (!keep && pending) {
      const { [id]: _used, ...rest } = all;
      await pendingFillsItem.setValue(rest);
    }
    return pending && now - pending.createdAt <= PENDING_MS ? pending : undefined;
  });
}

export const fillHandlers: Pick<
  HandlerTable,
  'fill-serviceops' | 'list-fill-targets' | 'inline-fill' | 'inline-preview' | 'set-setup-origins' | 'fill-confirm-get' | 'fill-confirm'
> = {
  'list-fill-targets': {
    from: ['extension-page'],
    async handle() {
      const origins = await grantedServiceOpsOrigins();
      if (!origins.length) return fail(t('fill_noOrigins'));
      return ok(await findFormTabs(origins));
    },
  },
  'fill-serviceops': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const [setup, origins] = await Promise.all([findSetup(request.setupId), grantedServiceOpsOrigins()]);
      if (!setup) return fail(missingSetup());
      if (!origins.length) return fail(t('fill_noOrigins'));
      let target;
      if (request.tabId === undefined) {
        const tabs = await findFormTabs(origins);
        if (tabs.length > 1) return fail(t('fill_severalTabs'));
        target = tabs[0];
      } else target = await formTabById(request.tabId, origins);
      if (!target) return fail(t('popup_noForm'));
      // The popup is extension UI: it asks the admin itself and sends the answer back.
      const confirmed = request.confirmed?.origin === target.origin ? request.confirmed.answer : undefined;
      if (boundElsewhere(setup, target.origin) && !confirmed)
        return ok({ confirm: { ...question(setup, target.origin, 'other-origin').confirm, tabId: target.tabId } });
      return ok(await runFill(setup, { tabId: target.tabId, origin: target.origin }, deps.now(), { bind: confirmed === 'bind' }));
    },
  },
  'set-setup-origins': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const origins: string[] = [];
      for (const raw of request.origins) {
        const parsed = httpsOriginSchema.safeParse(raw);
        if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? t('fill_notHttps'));
        if (!origins.includes(parsed.data)) origins.push(parsed.data);
      }
      return updateSetup(request.setupId, (s) => ({ ...s, serviceOpsOrigins: origins, updatedAt: deps.now() }));
    },
  },
  'inline-preview': {
    from: ['serviceops-frame'],
    async handle(_request, { sender }) {
      const doc = await serviceOpsDocument(sender);
      if (!doc) return fail(t('fill_notServiceOps'));
      const { setups, activeSetupId } = await loadSetups();
      const setup = inlineSetup(setups, activeSetupId, doc.origin);
      if (!setup) return ok(null);
      return ok({ setupId: setup.id, setupName: setupLabel(setup.name), tenant: tenantLabel(setup, true), boundElsewhere: boundElsewhere(setup, doc.origin) });
    },
  },
  'inline-fill': {
    from: ['serviceops-frame'],
    async handle(request, { deps, sender }) {
      const doc = await serviceOpsDocument(sender);
      if (!doc) return fail(t('fill_notServiceOps'));
      const { setups, activeSetupId } = await loadSetups();
      const setup = inlineSetup(setups, activeSetupId, doc.origin);
      if (!setup) return fail(t('fill_noSetup'));
      // The button named a setup; the admin clicked for that one, not for whatever is active now.
      if (setup.id !== request.setupId) return fail(t('fill_setupChanged', { setup: setup.name }));
      const elsewhere = boundElsewhere(setup, doc.origin);
      if (elsewhere || request.click === 'unchecked') {
        const reason = elsewhere ? 'other-origin' : 'unchecked-click';
        await askInExtensionUi({ setupId: setup.id, ...doc, reason, createdAt: deps.now() }, deps.newId());
        return ok(question(setup, doc.origin, reason));
      }
      return ok(await runFill(setup, doc, deps.now()));
    },
  },
  'fill-confirm-get': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const pending = await takePending(request.id, deps.now(), true);
      const setup = pending && (await findSetup(pending.setupId));
      if (!pending || !setup) return fail(t('fill_expired'));
      return ok(question(setup, pending.origin, pending.reason).confirm);
    },
  },
  'fill-confirm': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const pending = await takePending(request.id, deps.now());
      if (request.answer === 'cancel') return ok(null);
      const setup = pending && (await findSetup(pending.setupId));
      if (!pending || !setup) return fail(t('fill_expired'));
      if (!(await grantedServiceOpsOrigins()).includes(pending.origin)) return fail(t('fill_notServiceOps'));
      // The document that asked, if it still shows that origin; a tab that navigated meanwhile gets nothing.
      const doc = pending.documentId
        ? { tabId: pending.tabId, origin: pending.origin, documentId: pending.documentId }
        : await checkedTopDocument(pending.tabId, pending.origin);
      if (!doc) return fail(t('fill_navigated'));
      const report = await runFill(setup, doc, deps.now(), { bind: request.answer === 'bind' });
      // The inline button that asked shows the outcome too (it may be gone: nothing lost).
      await sendCommand(doc.tabId, { type: 'serviceops-filled', report }, doc.documentId).catch(() => undefined);
      return ok(report);
    },
  },
};
