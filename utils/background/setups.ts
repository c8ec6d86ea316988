/**
 * Pure state transitions for setups: what a fact or an edit does to the list. The background
 * wraps these with storage; unit tests call them directly.
 */
import { t } from '../i18n/t';
import type { CapturedValue, Fact, Provenance, SecretMeta, Setup, SetupPath } from '../schemas';
import { UNNAMED_SETUP } from '../setup-name';

export interface SetupsState {
  setups: Setup[];
  activeSetupId: string | null;
}

export function newSetup(id: string, now: number, name = UNNAMED_SETUP, path: SetupPath = 'imap'): Setup {
  return { id, name, path, progress: {}, createdAt: now, updatedAt: now };
}

function captured(value: string, provenance: Provenance): CapturedValue {
  return { value, provenance };
}

export interface FactContext {
  now: number;
  /** The portal host the admin is on (the top frame's, for framed blades). */
  host: string;
  newId: () => string;
  /** The app the fact is about when the fact does not say (the tab's route). */
  appId?: string;
  /** Whether a secret value is held for a setup (storage.session). */
  secretPresent?: (setupId: string) => boolean;
}

/** Where on the portal a fact was read, in the UI language of the moment it is captured. */
const BLADE = {
  'app-essentials': () => t('bg_bladeOverview'),
  'enterprise-app': () => t('bg_bladeEnterpriseApp'),
  'secret-created': () => t('bg_bladeCertificates'),
  'secret-masked': () => t('bg_bladeCertificates'),
  'secret-id-copied': () => t('bg_bladeCertificates'),
  'copy-unread': () => t('bg_bladeCopyUnread'),
} satisfies Record<Exclude<Fact['kind'], 'route'>, () => string>;

function appIdOf(fact: Exclude<Fact, { kind: 'route' }>, ctx: FactContext): string | undefined {
  if (fact.kind === 'app-essentials') return fact.clientId;
  return fact.appId ?? ctx.appId;
}

function addIds(known: string[] | undefined, ids: (string | undefined)[]): string[] {
  return [...new Set([...(known ?? []), ...ids.filter((id): id is string => !!id)])].slice(-100);
}

/**
 * A portal fact updates the setup of the app it is about (matched by client ID) and makes it
 * the active one; an unknown app gets a setup of its own, or takes over the active one if that
 * is still empty. Values that would be the wrong ones are refused here, whatever the page said.
 */
export function applyFact(state: SetupsState, fact: Fact, ctx: FactContext): SetupsState {
  if (fact.kind === 'route') return state;
  const appId = appIdOf(fact, ctx);
  if (!appId) return state;
  const provenance: Provenance = { source: 'portal', detail: t('bg_fromBlade', { blade: BLADE[fact.kind](), host: ctx.host }), capturedAt: ctx.now };
  const displayName = fact.kind === 'app-essentials' || fact.kind === 'enterprise-app' ? fact.displayName : undefined;
  let target = state.setups.find((s) => s.clientId?.value === appId);
  if (!target) {
    const active = state.setups.find((s) => s.id === state.activeSetupId);
    if (active && !active.clientId) target = active;
  }
  target ??= newSetup(ctx.newId(), ctx.now, displayName ?? UNNAMED_SETUP);
  const next: Setup = {
    ...target,
    name: target.name === UNNAMED_SETUP && displayName ? displayName : target.name,
    clientId:
      target.clientId?.value === appId
        ? target.clientId
        : captured(appId, fact.kind === 'app-essentials' ? provenance : { ...provenance, detail: t('bg_fromRoute', { detail: provenance.detail }) }),
    updatedAt: ctx.now,
  };
  switch (fact.kind) {
    case 'app-essentials': {
      if (fact.displayName) next.appName = fact.displayName;
      if (fact.tenantId && fact.tenantId !== appId) {
        if (next.tenantId?.value !== fact.tenantId || next.tenantId.provenance.source !== 'portal') next.tenantId = captured(fact.tenantId, provenance);
        next.tenantCandidates = undefined;
      } else if (fact.ambiguousGuids?.length && next.tenantId?.provenance.source !== 'portal') {
        next.tenantCandidates = fact.ambiguousGuids;
      }
      // The App registration's Object ID is never the Enterprise application's.
      if (fact.appObjectId && fact.appObjectId !== next.spObjectId?.value && next.appObjectId?.value !== fact.appObjectId)
        next.appObjectId = captured(fact.appObjectId, provenance);
      break;
    }
    case 'enterprise-app': {
      if (fact.spObjectId === next.appObjectId?.value || fact.spObjectId === appId) return state;
      if (next.spObjectId?.value !== fact.spObjectId || next.spObjectId.provenance.source !== 'portal') next.spObjectId = captured(fact.spObjectId, provenance);
      break;
    }
    case 'secret-created': {
      const meta: SecretMeta = { description: fact.description, expires: fact.expires, hint: fact.value.slice(0, 3), keyId: fact.secretId, provenance };
      const same = next.secretMeta?.keyId && next.secretMeta.keyId === fact.secretId;
      // A copy of the same secret keeps the first capture's time; the description and expiry may have loaded since.
      next.secretMeta = same && next.secretMeta ? { ...meta, provenance: next.secretMeta.provenance } : meta;
      next.knownSecretIds = addIds(next.knownSecretIds, [fact.secretId]);
      next.secretMaskedAt = undefined;
      next.secretIdCopiedAt = undefined;
      break;
    }
    case 'secret-masked': {
      next.knownSecretIds = addIds(next.knownSecretIds, fact.secretIds);
      if (!ctx.secretPresent?.(next.id)) next.secretMaskedAt = ctx.now;
      break;
    }
    case 'secret-id-copied': {
      next.knownSecretIds = addIds(next.knownSecretIds, [fact.secretId]);
      next.secretIdCopiedAt = ctx.now;
      break;
    }
    case 'copy-unread': {
      // The checklist points at its paste field until that value is captured (guidance view).
      next.copyUnread = { field: fact.field, at: ctx.now };
      break;
    }
  }
  return putSetup(state, next, true);
}

/** The list with `setup` in place of its old version (or added), optionally made the active one. */
export function putSetup(state: SetupsState, setup: Setup, activate = false): SetupsState {
  const known = state.setups.some((s) => s.id === setup.id);
  return {
    setups: known ? state.setups.map((s) => (s.id === setup.id ? setup : s)) : [...state.setups, setup],
    activeSetupId: activate ? setup.id : state.activeSetupId,
  };
}

/** The setup of the app a route is about, to follow the admin from app to app. */
export function setupForApp(state: SetupsState, appId: string | undefined): Setup | undefined {
  return appId ? state.setups.find((s) => s.clientId?.value === appId) : undefined;
}

export type SetupPatch = { name?: string; path?: SetupPath; clientId?: string; tenantId?: string; spObjectId?: string };

/** The admin typed or pasted values: they are kept exactly as typed (validation only warns). */
export function applyPatch(setup: Setup, patch: SetupPatch, now: number): Setup {
  const manual: Provenance = { source: 'manual', detail: t('bg_typedInPopup'), capturedAt: now };
  const next: Setup = { ...setup, updatedAt: now };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.path !== undefined) next.path = patch.path;
  for (const key of ['clientId', 'tenantId', 'spObjectId'] as const) {
    const value = patch[key];
    if (value === undefined || value === setup[key]?.value) continue;
    next[key] = value === '' ? undefined : captured(value, manual);
    if (key === 'tenantId') next.tenantCandidates = undefined;
  }
  return next;
}
