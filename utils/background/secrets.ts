/**
 * The client secret: storage.session only, one per setup, expired after an idle time.
 * Nothing here logs or returns the value except `secretValue`, used only to fill.
 */
import { cleanPasted } from '../clean-input';
import { secretsChangesItem, secretsItem, settingsItem } from '../storage-items';
import type { Provenance, SecretStatus, StoredSecret } from '../schemas';
import { ensureAlarm } from './alarms';
import { held, storageChanges } from './held';
import { createLock } from './lock';

type Secrets = Record<string, StoredSecret>;

const secretsLock = createLock();

/** The settings in the worker's memory (held.ts): every popup open and checklist sync reads them. */
const settings = held(() => settingsItem.getValue(), storageChanges(settingsItem.key));

/** The one way to change the held secrets: `change` answers the next set, or undefined to leave it. */
function updateSecrets<T>(change: (all: Secrets) => { next?: Secrets; value: T } | Promise<{ next?: Secrets; value: T }>): Promise<T> {
  return secretsLock(async () => {
    const { next, value } = await change(await secretsItem.getValue());
    if (next) {
      await secretsItem.setValue(next);
      await secretsChangesItem.setValue((await secretsChangesItem.getValue()) + 1);
    }
    return value;
  });
}

export function statusOf(setupId: string, secret: StoredSecret | undefined, includeValue = false): SecretStatus {
  if (!secret) return { setupId, present: false };
  return {
    setupId,
    present: true,
    value: includeValue ? secret.value : undefined,
    // What Graph shows as the secret's hint: the first characters of the value without what a paste carried along.
    hint: cleanPasted(secret.value).value.slice(0, 3),
    length: secret.value.length,
    capturedAt: secret.capturedAt,
    source: secret.provenance.detail,
  };
}

export function isExpired(secret: StoredSecret, idleMinutes: number, now: number): boolean {
  return now - secret.touchedAt > idleMinutes * 60_000;
}

export function putSecret(setupId: string, value: string, provenance: Provenance, now: number): Promise<SecretStatus> {
  const secret: StoredSecret = { setupId, value, capturedAt: now, touchedAt: now, provenance };
  return updateSecrets((all) => ({ next: { ...all, [setupId]: secret }, value: statusOf(setupId, secret) }));
}

export function clearSecret(setupId: string): Promise<void> {
  return updateSecrets((all) => {
    if (!(setupId in all)) return { value: undefined };
    const { [setupId]: _removed, ...rest } = all;
    return { next: rest, value: undefined };
  });
}

/** Drops secrets idle for longer than the admin allows; returns what is left and the setups affected. */
function dropIdle(now: number): Promise<{ kept: Secrets; expired: string[] }> {
  // Read alongside the secrets, in one round: this runs on every checklist sync and popup open.
  const idle = settings.get();
  return updateSecrets(async (all) => {
    const { secretIdleMinutes } = await idle;
    const expired = Object.values(all)
      .filter((s) => isExpired(s, secretIdleMinutes, now))
      .map((s) => s.setupId);
    if (!expired.length) return { value: { kept: all, expired } };
    const kept = Object.fromEntries(Object.entries(all).filter(([id]) => !expired.includes(id)));
    return { next: kept, value: { kept, expired } };
  });
}

/** Drops secrets idle for longer than the admin allows; returns the setups affected. */
export async function expireIdleSecrets(now: number): Promise<string[]> {
  return (await dropIdle(now)).expired;
}

export async function getSecret(setupId: string, now: number): Promise<StoredSecret | undefined> {
  return (await dropIdle(now)).kept[setupId];
}

/** Every secret still within its idle time, for callers that read it alongside other items. */
export async function liveSecrets(now: number): Promise<Secrets> {
  return (await dropIdle(now)).kept;
}

/** The alarm that drops idle secrets while no page asks for them. */
export const IDLE_ALARM = 'secret-idle-check';
const IDLE_ALARM_MINUTES = 1;

/** Starts the idle sweep unless it already runs (alarms.ts says why it is never simply recreated). */
export function ensureIdleAlarm(): Promise<void> {
  return ensureAlarm(IDLE_ALARM, IDLE_ALARM_MINUTES);
}
