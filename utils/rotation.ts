/**
 * Rotating a setup's client secret, as a record the rotation page keeps (storage.local, no
 * secret in it) so it resumes where the admin left it: a new secret (through Graph, or created
 * in the portal and captured as usual), Microsoft accepts it, it is filled into the same
 * ServiceOps server, the admin confirms ServiceOps works, and only then the old one is deleted.
 */
import type { SecretMeta, Setup } from './schemas';

/** What identifies a secret as far as the extension knows it (never its value). */
export interface SecretRef {
  keyId?: string;
  hint?: string;
  expires?: string;
}

export interface Rotation {
  startedAt: number;
  /** The secret being replaced; empty when the setup did not know it. */
  old: SecretRef;
  /** When Microsoft issued a token for the new secret (its key ID, so a later secret needs its own check). */
  tokenOk?: { keyId?: string; hint?: string; at: number };
  /** When the new secret was filled into ServiceOps, and where. */
  filled?: { origin: string; at: number };
  confirmedAt?: number;
  oldRemovedAt?: number;
}

export type RotationStage = 'create' | 'check' | 'fill' | 'confirm' | 'delete' | 'done';

function refOf(meta: SecretMeta | undefined): SecretRef {
  return { keyId: meta?.keyId?.toLowerCase(), hint: meta?.hint, expires: meta?.expires };
}

export function startRotation(setup: Setup, now: number): Rotation {
  return { startedAt: now, old: refOf(setup.secretMeta) };
}

/** Whether two references are the same secret: by key ID when both have one, else by hint and end. */
export function sameRef(a: SecretRef, b: SecretRef): boolean {
  if (a.keyId && b.keyId) return a.keyId.toLowerCase() === b.keyId.toLowerCase();
  return !!a.hint && a.hint === b.hint && a.expires?.slice(0, 10) === b.expires?.slice(0, 10);
}

/** The setup's secret if it is a new one: captured or created since the rotation started, and not the old one. */
export function newSecretOf(rotation: Rotation, setup: Setup): SecretRef | undefined {
  const meta = setup.secretMeta;
  if (!meta || meta.provenance.capturedAt < rotation.startedAt) return undefined;
  const ref = refOf(meta);
  return sameRef(ref, rotation.old) ? undefined : ref;
}

/** Where the rotation stands; each step needs the one before (the old secret goes last). */
export function rotationStage(rotation: Rotation, setup: Setup): RotationStage {
  const fresh = newSecretOf(rotation, setup);
  if (!fresh) return 'create';
  if (!rotation.tokenOk || !sameRef(rotation.tokenOk, fresh)) return 'check';
  if (!rotation.filled) return 'fill';
  if (!rotation.confirmedAt) return 'confirm';
  return rotation.oldRemovedAt ? 'done' : 'delete';
}

/**
 * The old secret among the app's current ones: by key ID, else the only one with the old hint
 * that is not the new secret. None when the extension never knew which one ServiceOps used.
 */
export function oldSecretKey(
  rotation: Rotation,
  current: readonly { keyId: string; hint?: string | null }[],
  fresh: SecretRef | undefined,
): string | undefined {
  const { keyId, hint } = rotation.old;
  if (keyId) return current.find((c) => c.keyId.toLowerCase() === keyId)?.keyId;
  if (!hint) return undefined;
  const candidates = current.filter((c) => c.hint === hint && c.keyId.toLowerCase() !== fresh?.keyId?.toLowerCase());
  return candidates.length === 1 ? candidates[0]?.keyId : undefined;
}
