/**
 * A value the admin pasted into the checklist (top portal frame, from a trusted paste event). It is
 * classified again here, with everything the setup knows, and stored like a typed value: the IDs
 * in the setup, the secret in storage.session only. The answer never carries the pasted text.
 */
import { lookupTenant } from '../../checks/tenant-discovery';
import { t } from '../../i18n/t';
import { classifyPaste, FIELD_LABEL, pasteFieldsFor, pasteWanted } from '../../paste-classify';
import type { PasteField, PasteOutcome, Provenance, Setup } from '../../schemas';
import { topFrameOf } from '../portal-frames';
import { getSecret, putSecret } from '../secrets';
import { findSetup, loadSetups, missingSetup, updateSetup } from '../setups-store';
import { fail, ok, type HandlerTable } from './types';

type IdField = Exclude<PasteField, 'secret'>;

function withId(setup: Setup, field: IdField, value: string, provenance: Provenance): Setup {
  const next: Setup = { ...setup, [field]: { value, provenance }, updatedAt: provenance.capturedAt };
  if (field === 'tenantId') next.tenantCandidates = undefined;
  return next;
}

export const pasteHandlers: Pick<HandlerTable, 'panel-paste'> = {
  'panel-paste': {
    from: ['portal-frame'],
    async handle(request, { deps, sender, host }) {
      if (sender.frameId !== 0 || sender.tab?.id === undefined) return fail(t('bg_pasteTopFrameOnly'));
      const now = deps.now();
      const setup = await findSetup(request.setupId);
      if (!setup) return fail(missingSetup());
      const [secret, top] = await Promise.all([getSecret(setup.id, now), topFrameOf(sender)]);
      // What is pasted on an app's blade belongs to that app: never into another app's setup.
      if (top.appId && setup.clientId && top.appId !== setup.clientId.value) return ok<PasteOutcome>({ outcome: 'refused', message: t('paste_otherAppPage') });
      const { value, ...verdict } = classifyPaste(request.text, {
        expected: pasteFieldsFor(request.step, pasteWanted(setup, secret, now)?.field),
        routeAppId: top.appId,
        known: { clientId: setup.clientId?.value, tenantId: setup.tenantId?.value, spObjectId: setup.spObjectId?.value, appObjectId: setup.appObjectId?.value },
        knownSecretIds: setup.knownSecretIds,
      });
      // The admin's answer to "which one?" (or "replace it?") counts only among the options offered.
      const field = request.field
        ? (verdict.outcome === 'ask' && verdict.options?.includes(request.field)) || (verdict.outcome === 'accepted' && verdict.field === request.field)
          ? request.field
          : undefined
        : verdict.outcome === 'accepted'
          ? verdict.field
          : undefined;
      if (!field || value === undefined) return ok<PasteOutcome>(verdict);
      const provenance: Provenance = { source: 'manual', detail: t('bg_pastedInChecklist', { host: top.host ?? host }), capturedAt: now };
      const accepted: PasteOutcome = {
        outcome: 'accepted',
        field,
        message: verdict.outcome === 'accepted' ? verdict.message : t('paste_captured', { field: FIELD_LABEL[field] }),
      };
      if (field === 'secret') {
        await putSecret(setup.id, value, provenance, now);
        return ok(accepted);
      }
      // A GUID taken as the tenant ID by elimination may as well be the Object ID shown beside it: Microsoft
      // says whether it is a tenant (offline, the paste stands and the checks say more later).
      if (field === 'tenantId' && (await lookupTenant(value, { timeoutMs: 3000 })).status === 'not-found')
        return ok<PasteOutcome>({ outcome: 'refused', message: t('paste_notATenant') });
      if (field === 'clientId' && (await loadSetups()).setups.some((s) => s.id !== setup.id && s.clientId?.value === value))
        return ok<PasteOutcome>({ outcome: 'refused', message: t('paste_clientIdTaken') });
      const saved = await updateSetup(setup.id, (s) => withId(s, field, value, provenance));
      return saved.ok ? ok(accepted) : fail(saved.error);
    },
  },
};
