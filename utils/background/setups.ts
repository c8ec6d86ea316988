/**
 * Pure state transitions for setups: what a fact or an edit does to the list. The background
 * wraps these with storage; unit tests call them directly.
 */
import type { Fact } from '../messages';
import type { CapturedValue, Provenance, Setup, SetupPath } from '../schemas';

export interface SetupsState {
  setups: Setup[];
  activeSetupId: string | null;
}

export function newSetup(id: string, now: number, name = 'New setup', path: SetupPath = 'imap'): Setup {
  return { id, name, path, progress: {}, createdAt: now, updatedAt: now };
}

function captured(value: string, provenance: Provenance): CapturedValue {
  return { value, provenance };
}

/**
 * A portal fact updates the setup of the app it is about (matched by client ID); an unknown
 * app gets a setup of its own, or takes over the active one if that is still empty.
 */
export function applyFact(state: SetupsState, fact: Fact, ctx: { now: number; host: string; newId: () => string }): SetupsState {
  if (fact.kind !== 'app-essentials') return state;
  const provenance: Provenance = { source: 'portal', detail: `Overview blade on ${ctx.host}`, capturedAt: ctx.now };
  let setups = [...state.setups];
  let target = setups.find((s) => s.clientId?.value === fact.clientId);
  if (!target) {
    const active = setups.find((s) => s.id === state.activeSetupId);
    if (active && !active.clientId) target = active;
  }
  if (!target) {
    target = newSetup(ctx.newId(), ctx.now, fact.displayName ?? 'New setup');
    setups = [...setups, target];
  }
  const updated: Setup = {
    ...target,
    name: target.name === 'New setup' && fact.displayName ? fact.displayName : target.name,
    appName: fact.displayName ?? target.appName,
    clientId: target.clientId?.value === fact.clientId ? target.clientId : captured(fact.clientId, provenance),
    tenantId: fact.tenantId && target.tenantId?.value !== fact.tenantId ? captured(fact.tenantId, provenance) : target.tenantId,
    appObjectId: fact.appObjectId && target.appObjectId?.value !== fact.appObjectId ? captured(fact.appObjectId, provenance) : target.appObjectId,
    updatedAt: ctx.now,
  };
  return { setups: setups.map((s) => (s.id === updated.id ? updated : s)), activeSetupId: updated.id };
}

export type SetupPatch = { name?: string; path?: SetupPath; clientId?: string; tenantId?: string };

/** The admin typed or pasted values: they are kept exactly as typed (validation only warns). */
export function applyPatch(setup: Setup, patch: SetupPatch, now: number): Setup {
  const manual: Provenance = { source: 'manual', detail: 'Typed or pasted in the popup', capturedAt: now };
  const next: Setup = { ...setup, updatedAt: now };
  if (patch.name !== undefined) next.name = patch.name;
  if (patch.path !== undefined) next.path = patch.path;
  for (const key of ['clientId', 'tenantId'] as const) {
    const value = patch[key];
    if (value === undefined || value === setup[key]?.value) continue;
    next[key] = value === '' ? undefined : captured(value, manual);
  }
  return next;
}
