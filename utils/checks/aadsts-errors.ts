/**
 * Microsoft identity platform errors (AADSTS codes) in plain language: what went wrong and what
 * the admin does about it, with the field and the guidance step involved.
 */
import { t } from '../i18n/t';
import type { FixStepId } from './guidance-links';

export type CredentialField = 'clientId' | 'tenantId' | 'secret';

export interface ExplainedError {
  code?: string;
  /** What is wrong, in the admin's terms. */
  cause: string;
  /** What to do about it. */
  fix: string;
  field?: CredentialField;
  step?: FixStepId;
}

export interface ErrorContext {
  /** The secret that was sent is a GUID: almost certainly the Secret ID. */
  secretIsGuid?: boolean;
  /** When the secret expires (ISO), if the portal or Graph told us. */
  secretExpires?: string;
  tenant?: string;
  clientId?: string;
  formatDate?: (ms: number) => string;
}

export interface AadErrorBody {
  error?: string;
  error_description?: string;
  error_codes?: number[];
}

/** The AADSTS code of an error answer: from error_codes, else from the description text. */
export function aadstsCode(body: AadErrorBody | undefined): string | undefined {
  const first = body?.error_codes?.find((c) => Number.isInteger(c));
  if (first !== undefined) return `AADSTS${first}`;
  return /AADSTS\d+/.exec(body?.error_description ?? '')?.[0];
}

const defaultFormat = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

type Explainer = (ctx: ErrorContext) => Omit<ExplainedError, 'code'>;

const EXPLAINERS: Record<string, Explainer> = {
  AADSTS7000215: (ctx) =>
    ctx.secretIsGuid
      ? {
          cause: t('checks_errSecretIdCause'),
          fix: t('checks_errSecretIdFix'),
          field: 'secret',
          step: 'create-secret',
        }
      : {
          cause: t('checks_errSecretCause'),
          fix: t('checks_errSecretFix'),
          field: 'secret',
          step: 'create-secret',
        },
  AADSTS7000222: (ctx) => {
    const at = ctx.secretExpires ? Date.parse(ctx.secretExpires) : Number.NaN;
    return {
      cause: Number.isNaN(at) ? t('checks_errExpiredCause') : t('checks_errExpiredOnCause', { date: (ctx.formatDate ?? defaultFormat)(at) }),
      fix: t('checks_errExpiredFix'),
      field: 'secret',
      step: 'create-secret',
    };
  },
  AADSTS700016: (ctx) => ({
    cause: t('checks_errAppMissingCause', { clientId: ctx.clientId ?? t('checks_errThisClient'), tenant: ctx.tenant ?? t('checks_errTheTenant') }),
    fix: t('checks_errAppMissingFix'),
    field: 'clientId',
    step: 'copy-ids',
  }),
  AADSTS90002: (ctx) => ({
    cause: t('checks_tenantMissing', { tenant: ctx.tenant ?? '' }),
    fix: t('checks_errNoTenantFix'),
    field: 'tenantId',
    step: 'copy-ids',
  }),
  AADSTS900023: (ctx) => ({
    cause: t('checks_tenantInvalid', { tenant: ctx.tenant ?? '' }),
    fix: t('checks_errBadTenantFix'),
    field: 'tenantId',
    step: 'copy-ids',
  }),
  AADSTS500011: () => ({
    cause: t('checks_errNoExchangeCause'),
    fix: t('checks_errNoExchangeFix'),
    field: 'tenantId',
  }),
  AADSTS7000218: () => ({
    cause: t('checks_errPublicClientCause'),
    fix: t('checks_errPublicClientFix'),
    step: 'public-client',
  }),
  AADSTS65001: () => ({
    cause: t('checks_errConsentCause'),
    fix: t('checks_errConsentFix'),
    step: 'admin-consent',
  }),
  AADSTS9002326: () => ({
    cause: t('checks_errOriginCause'),
    fix: t('checks_errOriginFix'),
  }),
  AADSTS7000229: () => ({
    cause: t('checks_errNoSpCause'),
    fix: t('checks_errNoSpFix'),
    step: 'admin-consent',
  }),
  AADSTS50059: () => ({
    cause: t('checks_errNoTenantGivenCause'),
    fix: t('checks_errNoTenantGivenFix'),
    field: 'tenantId',
    step: 'copy-ids',
  }),
  AADSTS700024: () => ({
    cause: t('checks_errClockCause'),
    fix: t('checks_errClockFix'),
  }),
  AADSTS50126: () => ({
    cause: t('checks_errPasswordCause'),
    fix: t('checks_errPasswordFix'),
  }),
};

/** The known codes, for tests and documentation. */
export const EXPLAINED_CODES = Object.keys(EXPLAINERS);

export function explainAadError(body: AadErrorBody | undefined, ctx: ErrorContext = {}): ExplainedError {
  const code = aadstsCode(body);
  const explainer = code ? EXPLAINERS[code] : undefined;
  if (explainer) return { code, ...explainer(ctx) };
  const first = body?.error_description?.split(/\r?\n/)[0]?.trim();
  return {
    code,
    cause: first ? t('checks_errRefusedWith', { reason: first }) : body?.error ? t('checks_errRefusedCode', { error: body.error }) : t('checks_errRefused'),
    fix: code ? t('checks_errLookUp', { code, url: `https://login.microsoftonline.com/error?code=${code.replace('AADSTS', '')}` }) : t('checks_errRetry'),
  };
}
