/**
 * The last result of each live check per setup, kept in storage.session so the popup shows it
 * again when reopened and learns of the audit run in the sign-in tab. Never holds a token or
 * the secret: only outcomes, and the inputs they were computed for (to mark stale results).
 */
import type { AuditResult } from './graph-audit';
import type { TokenCheckResult } from './token-check';
import type { TenantLookup } from './tenant-discovery';

export type CheckKind = 'tenant' | 'token' | 'audit';

/** What a result was computed for; the secret only by its first three characters. */
export interface CheckInputs {
  clientId?: string;
  tenant?: string;
  secretHint?: string;
  secretLength?: number;
}

export type AuditOutcome =
  | { status: 'done'; audit: AuditResult; signedInAs?: string; tenantId?: string }
  | { status: 'failed'; message: string; kind?: 'config' | 'sign-in' | 'graph' | 'offline' }
  | { status: 'cancelled'; message: string };

export interface CheckRecord<R> {
  at: number;
  inputs: CheckInputs;
  result: R;
}

/** Background-run checks; the audit runs in the sign-in page and is kept apart (auditResultsItem). */
export interface SetupCheckResults {
  tenant?: CheckRecord<TenantLookup>;
  token?: CheckRecord<TokenCheckResult>;
}

export function sameInputs(a: CheckInputs, b: CheckInputs, kind: CheckKind): boolean {
  if (kind === 'tenant') return (a.tenant ?? '') === (b.tenant ?? '');
  if (kind === 'audit') return (a.clientId ?? '') === (b.clientId ?? '') && (a.secretHint ?? '') === (b.secretHint ?? '');
  return (
    (a.clientId ?? '') === (b.clientId ?? '') &&
    (a.tenant ?? '') === (b.tenant ?? '') &&
    (a.secretHint ?? '') === (b.secretHint ?? '') &&
    a.secretLength === b.secretLength
  );
}
