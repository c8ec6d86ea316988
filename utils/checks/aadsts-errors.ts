/**
 * Microsoft identity platform errors (AADSTS codes) in plain language: what went wrong and what
 * the admin does about it, with the field and the guidance step involved.
 */
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
          cause: 'This is the Secret ID, not the secret.',
          fix: 'Copy the Value column of the secret (not the Secret ID). If the Value is masked now, add a new client secret and copy its Value right away.',
          field: 'secret',
          step: 'create-secret',
        }
      : {
          cause: 'Microsoft does not accept this client secret for this app.',
          fix: 'Copy the Value column of a current secret of this app (not the Secret ID, not a secret of another app). If the Value is masked now, add a new client secret and copy its Value.',
          field: 'secret',
          step: 'create-secret',
        },
  AADSTS7000222: (ctx) => {
    const at = ctx.secretExpires ? Date.parse(ctx.secretExpires) : Number.NaN;
    const when = Number.isNaN(at) ? '' : ` on ${(ctx.formatDate ?? defaultFormat)(at)}`;
    return {
      cause: `The secret expired${when}.`,
      fix: 'Add a new client secret in "Certificates & secrets", copy its Value here, and fill ServiceOps again.',
      field: 'secret',
      step: 'create-secret',
    };
  },
  AADSTS700016: (ctx) => ({
    cause: `The app is not in this tenant: no application with client ID ${ctx.clientId ?? 'this'} exists in ${ctx.tenant ?? 'the tenant'}.`,
    fix: "Check both IDs against the app's Overview: the Application (client) ID and the Directory (tenant) ID must come from the same app.",
    field: 'clientId',
    step: 'copy-ids',
  }),
  AADSTS90002: (ctx) => ({
    cause: `No Microsoft Entra tenant "${ctx.tenant ?? ''}" exists.`,
    fix: "Copy the Directory (tenant) ID from the app's Overview, or use a verified domain of your organisation such as contoso.onmicrosoft.com.",
    field: 'tenantId',
    step: 'copy-ids',
  }),
  AADSTS900023: (ctx) => ({
    cause: `"${ctx.tenant ?? ''}" is not a valid tenant ID or domain.`,
    fix: "Use the Directory (tenant) ID (a GUID) from the app's Overview.",
    field: 'tenantId',
    step: 'copy-ids',
  }),
  AADSTS500011: () => ({
    cause: 'Exchange Online (https://outlook.office365.com) is not available in this tenant.',
    fix: 'The tenant needs an Exchange Online (Microsoft 365) subscription; check that this is the tenant that hosts the mailbox.',
    field: 'tenantId',
  }),
  AADSTS7000218: () => ({
    cause: '"Allow public client flows" is No, so Microsoft requires the client secret for this sign-in.',
    fix: 'In the app\'s Authentication page set "Allow public client flows" to Yes and save.',
    step: 'public-client',
  }),
  AADSTS65001: () => ({
    cause: 'Admin consent has not been granted for the permissions.',
    fix: 'In "API permissions" click "Grant admin consent for <your organisation>" and confirm.',
    step: 'admin-consent',
  }),
  AADSTS9002326: () => ({
    cause: 'Microsoft refused the request because the browser added an Origin header.',
    fix: 'This is a problem of the extension, not of your values: reload the extension and retry. If it persists, your values can still be checked by ServiceOps itself.',
  }),
  AADSTS7000229: () => ({
    cause: 'The app has no service principal (Enterprise application) in this tenant.',
    fix: 'Open the app in the portal once and grant admin consent; that creates its Enterprise application.',
    step: 'admin-consent',
  }),
  AADSTS50059: () => ({
    cause: 'No tenant was given.',
    fix: 'Enter the Directory (tenant) ID.',
    field: 'tenantId',
    step: 'copy-ids',
  }),
  AADSTS700024: () => ({
    cause: 'The computer clock is off, so Microsoft rejected the request as expired or not yet valid.',
    fix: 'Correct the date and time of this computer, then retry.',
  }),
  AADSTS50126: () => ({
    cause: 'The user name or password is wrong.',
    fix: 'Check the mailbox credentials.',
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
    cause: first ? `Microsoft refused the request: ${first}` : `Microsoft refused the request${body?.error ? ` (${body.error})` : ''}.`,
    fix: code ? `Look up ${code} at https://login.microsoftonline.com/error?code=${code.replace('AADSTS', '')}.` : 'Check the three values and retry.',
  };
}
