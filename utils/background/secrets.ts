/**
 * The client secret: storage.session only, one per setup, expired after an idle time.
 * Nothing here logs or returns the value except `secretValue`, used only to fill.
 */
import { secretsItem, settingsItem } from '../storage-items';
import type { Provenance, SecretStatus, StoredSecret } from '../schemas';

export function statusOf(setupId: string, secret: StoredSecret | undefined, includeValue = false): SecretStatus {
  if (!secret) return { setupId, present: false };
  return {
    setupId,
    present: true,
    value: includeValue ? secret.value : undefined,
    hint: secret.value.slice(0, 3),
    length: secret.value.length,
    capturedAt: secret.capturedAt,
    source: secret.provenance.detail,
  };
}

export function isExpired(secret: StoredSecret, idleMinutes: number, now: number): boolean {
  return now - secret.touchedAt > idleMinutes * 60_000;
}

export async function putSecret(setupId: string, value: string, provenance: Provenance, now: number): Promise<SecretStatus> {
  const all = await secretsItem.getValue();
  const secret: StoredSecret = { setupId, value, capturedAt: now, touchedAt: now, provenance };
  await secretsItem.setValue({ ...all, [setupId]: secret });
  return statusOf(setupId, secret);
}

export async function clearSecret(setupId: string): Promise<void> {
  const all = await secretsItem.getValue();
  if (!(setupId in all)) return;
  const { [setupId]: _removed, ...rest } = all;
  await secretsItem.setValue(rest);
}

/** Drops secrets idle for longer than the admin allows; returns what is left and the setups affected. */
async function dropIdle(now: number): Promise<{ kept: Record<string, StoredSecret>; expired: string[] }> {
  // One read round: this runs on every checklist sync and popup open.
  const [all, settings] = await Promise.all([secretsItem.getValue(), settingsItem.getValue()]);
  const expired = Object.values(all)
    .filter((s) => isExpired(s, settings.secretIdleMinutes, now))
    .map((s) => s.setupId);
  if (!expired.length) return { kept: all, expired };
  const kept = Object.fromEntries(Object.entries(all).filter(([id]) => !expired.includes(id)));
  await secretsItem.setValue(kept);
  return { kept, expired };
}

/** Drops secrets idle for longer than the admin allows; returns the setups affected. */
export async function expireIdleSecrets(now: number): Promise<string[]> {
  return (await dropIdle(now)).expired;
}

export async function getSecret(setupId: string, now: number): Promise<StoredSecret | undefined> {
  return (await dropIdle(now)).kept[setupId];
}

/** Every secret still within its idle time, for callers that read it alongside other items. */
export async function liveSecrets(now: number): Promise<Record<string, StoredSecret>> {
  return (await dropIdle(now)).kept;
}
