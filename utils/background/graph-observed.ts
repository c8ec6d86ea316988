/**
 * What the configuration audit read from Microsoft Graph reaches the setup: the sign-in page
 * writes the audit (auditResultsItem, storage.session), the background files the observation on
 * the setup it was run for, under the setups' lock. The checklist then reads its steps from it
 * and the expiry warnings know the secret's end date (utils/guidance/graph-steps.ts).
 */
import type { AuditOutcome, CheckRecord } from '../checks/check-results';
import { applyGraphObservation } from '../guidance/graph-steps';
import { auditResultsItem } from '../storage-items';
import { putSetup } from './setups';
import { changeSetups } from './setups-store';

type Audits = Record<string, CheckRecord<AuditOutcome>> | null;

/** The audits that are new since `before`, applied to their setups; answers the setups changed. */
export async function applyNewAudits(after: Audits, before: Audits, now: number): Promise<string[]> {
  const fresh = Object.entries(after ?? {}).filter(([id, record]) => record.at !== before?.[id]?.at && record.result.status === 'done');
  if (!fresh.length) return [];
  return changeSetups((state) => {
    let next = state;
    const changed: string[] = [];
    for (const [id, record] of fresh) {
      const setup = next.setups.find((s) => s.id === id);
      const observed = record.result.status === 'done' ? record.result.audit.observed : undefined;
      if (!setup || !observed) continue;
      const updated = applyGraphObservation(setup, observed, record.inputs.secretHint, now);
      if (updated === setup) continue;
      next = putSetup(next, updated);
      changed.push(id);
    }
    return { state: changed.length ? next : undefined, value: changed };
  });
}

export function watchGraphAudits(now: () => number = () => Date.now()): () => void {
  return auditResultsItem.watch((after, before) => void applyNewAudits(after, before, now()));
}
