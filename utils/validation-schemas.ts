/**
 * zod schemas over the checks in validation.ts, for code that parses input (capture, fill):
 * parsing yields the cleaned value, and a refusal carries the check's specific message. Kept
 * apart from the checks so that the popup, which only needs the checks, does not load zod.
 */
import { z } from 'zod';
import { checkClientId, checkSecret, checkTenantId, type Check } from './validation';

/**
 * zod schemas over the same checks, for capture and fill: parsing yields the cleaned value, and
 * a refusal carries the check's specific message. Warnings pass (the admin may proceed).
 */
function fromCheck(check: (raw: string) => Check) {
  return z
    .string()
    .max(600)
    .transform((raw, ctx) => {
      const result = check(raw);
      if (result.level === 'error') {
        ctx.addIssue({ code: 'custom', message: result.message });
        return z.NEVER;
      }
      return result.cleaned ?? raw;
    });
}

export const clientIdInputSchema = fromCheck(checkClientId);
export const tenantInputSchema = fromCheck((raw) => checkTenantId(raw));
export const secretValueInputSchema = fromCheck((raw) => checkSecret(raw));

/** The three values together: also catches the client ID pasted as tenant. */
export const credentialsInputSchema = z
  .object({ clientId: z.string().max(600), tenantId: z.string().max(600), secret: z.string().max(600) })
  .transform((input, ctx) => {
    const checks = { clientId: checkClientId(input.clientId), tenantId: checkTenantId(input.tenantId, input.clientId), secret: checkSecret(input.secret) };
    for (const [path, check] of Object.entries(checks)) if (check.level === 'error') ctx.addIssue({ code: 'custom', path: [path], message: check.message });
    if (Object.values(checks).some((c) => c.level === 'error')) return z.NEVER;
    return {
      clientId: checks.clientId.cleaned ?? input.clientId,
      tenantId: checks.tenantId.cleaned ?? input.tenantId,
      secret: checks.secret.cleaned ?? input.secret,
    };
  });
