/** Plain-language lines for each live check's result, shared by the popup and the sign-in page. */
import { explainAadError } from '../../utils/checks/aadsts-errors';
import type { AuditOutcome } from '../../utils/checks/check-results';
import type { TenantLookup } from '../../utils/checks/tenant-discovery';
import type { TokenCheckResult } from '../../utils/checks/token-check';
import type { Level } from '../../utils/validation';

export interface Line {
  level: Level;
  text: string;
  fix?: string;
}

export function describeTenant(result: TenantLookup, input: string): Line {
  switch (result.status) {
    case 'found':
      return {
        level: 'ok',
        text: input.toLowerCase() === result.tenantId ? `Tenant exists: ${result.tenantId}.` : `Tenant exists: "${input}" is tenant ${result.tenantId}.`,
      };
    case 'not-found': {
      const e = explainAadError({ error_description: result.code ?? '' }, { tenant: input });
      return result.code ? { level: 'error', text: e.cause, fix: e.fix } : { level: 'error', text: result.message };
    }
    case 'malformed':
      return { level: 'error', text: result.message, fix: "Use the Directory (tenant) ID from the app's Overview." };
    case 'offline':
      return { level: 'warning', text: `Not checked: ${result.message}` };
  }
}

export function describeToken(result: TokenCheckResult): Line {
  switch (result.status) {
    case 'ok': {
      const roles = result.roles.length ? result.roles.join(', ') : 'none';
      if (result.missingRoles.length) {
        return {
          level: 'warning',
          text: `The secret works (Microsoft issued a token), but the token lacks ${result.missingRoles.join(', ')}: admin consent is missing. Granted roles: ${roles}.`,
          fix: 'In "API permissions" click "Grant admin consent for <your organisation>".',
        };
      }
      return { level: 'ok', text: `The secret works: Microsoft issued a token. Granted roles: ${roles}.` };
    }
    case 'refused':
      return { level: 'error', text: `${result.error.cause}${result.error.code ? ` (${result.error.code})` : ''}`, fix: result.error.fix };
    case 'offline':
      return { level: 'warning', text: `Not checked: ${result.message}` };
    case 'cancelled':
      return { level: 'warning', text: 'Cancelled.' };
  }
}

export function describeAudit(result: AuditOutcome): Line {
  if (result.status === 'cancelled') return { level: 'warning', text: 'Cancelled.' };
  if (result.status === 'failed') return { level: result.kind === 'offline' ? 'warning' : 'error', text: result.message };
  const errors = result.audit.items.filter((i) => i.level === 'error').length;
  const warnings = result.audit.items.filter((i) => i.level === 'warning').length;
  const who = result.signedInAs ? ` (signed in as ${result.signedInAs})` : '';
  if (errors) return { level: 'error', text: `${errors} problem${errors === 1 ? '' : 's'} found${who}.` };
  if (warnings) return { level: 'warning', text: `Configured, with ${warnings} warning${warnings === 1 ? '' : 's'}${who}.` };
  return { level: 'ok', text: `Everything is configured${who}.` };
}
