/** Setups and the secret, as the popup sees and edits them. */
import { t } from '../../i18n/t';
import type { ExtensionState, Provenance } from '../../schemas';
import { held, permissionChanges } from '../held';
import { clearSecret, liveSecrets, putSecret, statusOf } from '../secrets';
import { grantedServiceOpsOrigins } from '../../serviceops-origins';
import { applyPatch, newSetup, putSetup } from '../setups';
import { changeSetups, findSetup, loadSetups, missingSetup, updateSetup } from '../setups-store';
import { cleanGuid } from '../../clean-input';
import { isGuid } from '../../guid';
import { isMaskedText } from '../../sensor/capture-dom';
import { checkSecret } from '../../validation';
import { createJobsItem, rotationsItem } from '../../storage-items';
import type { SenderLike } from '../sender';
import { fail, ok, type HandlerTable } from './types';
import { UNNAMED_SETUP } from '../../setup-name';

/**
 * The extension pages that show the secret itself (its password field): the popup and the side
 * panel. Every other page of ours (the options, the sign-in page that runs msal) gets its status only.
 */
const PAGES_SHOWING_SECRET = ['/popup.html', '/sidepanel.html'];

function showsSecret(sender: SenderLike): boolean {
  try {
    return PAGES_SHOWING_SECRET.includes(new URL(sender.url ?? '').pathname);
  } catch {
    return false;
  }
}

/** A deleted setup's creation and rotation records go with it (ids and states only, but still its traces). */
async function forgetRecords(setupId: string): Promise<void> {
  const [jobs, rotations] = await Promise.all([createJobsItem.getValue(), rotationsItem.getValue()]);
  delete jobs[setupId];
  delete rotations[setupId];
  await Promise.all([createJobsItem.setValue(jobs), rotationsItem.setValue(rotations)]);
}

/**
 * The granted ServiceOps origins as the popup shows them, in the worker's memory (held.ts). A fill
 * checks its origin against the browser itself (fill.ts), never against this.
 */
const shownOrigins = held(grantedServiceOpsOrigins, permissionChanges());

type SetupRequests = 'get-state' | 'new-setup' | 'update-setup' | 'select-setup' | 'delete-setup' | 'set-secret' | 'clear-secret';

export const setupHandlers: Pick<HandlerTable, SetupRequests> = {
  'get-state': {
    from: ['extension-page'],
    async handle(_request, { deps, sender }) {
      // The popup shows nothing until this answers: from memory when the worker has read it before.
      const [{ setups, activeSetupId }, secrets, serviceOpsOrigins] = await Promise.all([loadSetups(), liveSecrets(deps.now()), shownOrigins.get()]);
      const active = setups.find((s) => s.id === activeSetupId) ?? setups[0];
      const state: ExtensionState = {
        setups,
        activeSetupId: active?.id,
        secret: active ? statusOf(active.id, secrets[active.id], showsSecret(sender)) : undefined,
        serviceOpsOrigins,
      };
      return ok(state);
    },
  },
  'new-setup': {
    from: ['extension-page'],
    handle: (request, { deps }) =>
      changeSetups((state) => {
        const setup = newSetup(deps.newId(), deps.now(), request.name || UNNAMED_SETUP);
        return { state: putSetup(state, setup, true), value: ok(setup) };
      }),
  },
  'update-setup': {
    from: ['extension-page'],
    handle: (request, { deps }) => updateSetup(request.setupId, (setup) => applyPatch(setup, request.patch, deps.now()), { activate: true }),
  },
  'select-setup': {
    from: ['extension-page'],
    handle: (request) =>
      changeSetups((state) => {
        if (!state.setups.some((s) => s.id === request.setupId)) return { value: fail(missingSetup()) };
        return { state: { ...state, activeSetupId: request.setupId }, value: ok(null) };
      }),
  },
  'delete-setup': {
    from: ['extension-page'],
    handle: (request) =>
      changeSetups(async (state) => {
        const setups = state.setups.filter((s) => s.id !== request.setupId);
        await clearSecret(request.setupId);
        await forgetRecords(request.setupId);
        return { state: { setups, activeSetupId: state.activeSetupId === request.setupId ? (setups[0]?.id ?? null) : state.activeSetupId }, value: ok(null) };
      }),
  },
  'set-secret': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const setup = await findSetup(request.setupId);
      if (!setup) return fail(missingSetup());
      if (!request.value) {
        await clearSecret(request.setupId);
        return ok(statusOf(request.setupId, undefined));
      }
      // A Secret ID or a masked value can never work: refuse it and keep the secret held so far.
      const check = checkSecret(request.value, setup.knownSecretIds);
      if (check.level === 'error' && (isGuid(cleanGuid(request.value).value) || isMaskedText(request.value))) return fail(check.message);
      const provenance: Provenance = { source: 'manual', detail: t('bg_typedInPopup'), capturedAt: deps.now() };
      return ok(await putSecret(request.setupId, request.value, provenance, deps.now()));
    },
  },
  'clear-secret': {
    from: ['extension-page'],
    async handle(request) {
      await clearSecret(request.setupId);
      return ok(null);
    },
  },
};
