/** Plain-language lines for each live check's result, shared by the popup and the sign-in page. */
import { explainAadError } from '../../utils/checks/aadsts-errors';
import { t } from '../../utils/i18n/t';
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
        text:
          input.toLowerCase() === result.tenantId
            ? t('checks_tenantSame', { tenant: result.tenantId })
            : t('checks_tenantIs', { input, tenant: result.tenantId }),
      };
    case 'not-found': {
      const e = explainAadError({ error_description: result.code ?? '' }, { tenant: input });
      return result.code ? { level: 'error', text: e.cause, fix: e.fix } : { level: 'error', text: result.message };
    }
    case 'malformed':
      return { level: 'error', text: result.message, fix: t('checks_tenantMalformedFix') };
    case 'offline':
      return { level: 'warning', text: t('checks_notChecked', { reason: result.message }) };
  }
}

export function describeToken(result: TokenCheckResult): Line {
  switch (result.status) {
    case 'ok': {
      const roles = result.roles.length ? result.roles.join(', ') : t('checks_rolesNone');
      if (result.missingRoles.length) {
        return {
          level: 'warning',
          text: t('checks_tokenMissingRoles', { missing: result.missingRoles.join(', '), roles }),
          fix: t('checks_tokenMissingRolesFix'),
        };
      }
      return { level: 'ok', text: t('checks_tokenOk', { roles }) };
    }
    case 'refused':
      return { level: 'error', text: `${result.error.cause}${result.error.code ? ` (${result.error.code})` : ''}`, fix: result.error.fix };
    case 'offline':
      return { level: 'warning', text: t('checks_notChecked', { reason: result.message }) };
    case 'cancelled':
      return { level: 'warning', text: t('checks_cancelled') };
  }
}

export function describeAudit(result: AuditOutcome): Line {
  if (result.status === 'cancelled') return { level: 'warning', text: t('checks_cancelled') };
  if (result.status === 'failed') return { level: result.kind === 'offline' ? 'warning' : 'error', text: result.message };
  const errors = result.audit.items.filter((i) => i.level === 'error').length;
  const warnings = result.audit.items.filter((i) => i.level === 'warning').length;
  const who = result.signedInAs ? t('checks_signedInAs', { user: result.signedInAs }) : '';
  if (errors) return { level: 'error', text: errors === 1 ? t('checks_problemOne', { who }) : t('checks_problemMany', { count: errors, who }) };
  if (warnings) return { level: 'warning', text: warnings === 1 ? t('checks_warningOne', { who }) : t('checks_warningMany', { count: warnings, who }) };
  return { level: 'ok', text: t('checks_allConfigured', { who }) };
}
