/**
 * The data the extension keeps and passes around, as zod schemas; types come from z.infer.
 * Shared by background, popup, options and the ServiceOps script (never by the portal sensor,
 * which stays tiny).
 */
import { z } from 'zod';
import { GUID_PATTERN } from './guid';
import { TYPED_MAX } from './defaults';

export { DEFAULT_SETTINGS, TYPED_MAX } from './defaults';

export const guidSchema = z
  .string()
  .regex(new RegExp(`^${GUID_PATTERN.source}$`, 'i'), 'must be a GUID (8-4-4-4-12 hexadecimal characters)')
  .transform((s) => s.toLowerCase());

/** Where a value came from, shown next to it in the popup. */
export const provenanceSchema = z.object({
  source: z.enum(['portal', 'manual', 'serviceops', 'graph']),
  /** e.g. "Overview blade on portal.azure.com" */
  detail: z.string().max(200),
  capturedAt: z.number(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const pathSchema = z.enum(['imap', 'mapi']);
export type SetupPath = z.infer<typeof pathSchema>;

export const secretMetaSchema = z.object({
  description: z.string().max(200).optional(),
  /** ISO date the secret expires, as the portal showed it. */
  expires: z.string().max(40).optional(),
  /** First three characters: what Graph exposes as `hint`. */
  hint: z.string().max(3).optional(),
  keyId: z.string().optional(),
  provenance: provenanceSchema,
});
export type SecretMeta = z.infer<typeof secretMetaSchema>;

const capturedString = z.object({ value: z.string().max(TYPED_MAX), provenance: provenanceSchema });
export type CapturedValue = z.infer<typeof capturedString>;

export const setupSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120),
  path: pathSchema,
  clientId: capturedString.optional(),
  tenantId: capturedString.optional(),
  tenantDomain: z.string().max(255).optional(),
  tenantName: z.string().max(255).optional(),
  appObjectId: capturedString.optional(),
  spObjectId: capturedString.optional(),
  appName: z.string().max(255).optional(),
  secretMeta: secretMetaSchema.optional(),
  /** Secret IDs the grid showed for this app: pasting one as the secret is refused by name. */
  knownSecretIds: z.array(z.string().max(64)).max(100).optional(),
  /** When the grid showed the secret masked while no Value was captured: a new secret is needed. */
  secretMaskedAt: z.number().optional(),
  /** When the admin copied a Secret ID instead of the Value. */
  secretIdCopiedAt: z.number().optional(),
  /** Overview GUIDs that could not be told apart (offline): the admin picks the tenant. */
  tenantCandidates: z.array(z.string().max(64)).max(4).optional(),
  redirectUrl: capturedString.optional(),
  serviceOpsOrigin: z.string().max(300).optional(),
  /** Step id → when it was completed, and whether by detection or by the admin's confirmation. */
  progress: z.record(z.string(), z.object({ at: z.number(), by: z.enum(['detected', 'confirmed']) })),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Setup = z.infer<typeof setupSchema>;

/** The secret value itself: storage.session only. */
export const secretSchema = z.object({
  setupId: z.string(),
  value: z.string().max(TYPED_MAX),
  capturedAt: z.number(),
  /** Last time it was used or touched, for the idle timeout. */
  touchedAt: z.number(),
  provenance: provenanceSchema,
});
export type StoredSecret = z.infer<typeof secretSchema>;

export const settingsSchema = z.object({
  secretIdleMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  keepSecretAfterFill: z.boolean(),
  signInClientId: z.string().max(64).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** An https origin such as https://servicedesk.example.com (no path). */
export const httpsOriginSchema = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'This is not a web address. Enter the address you open ServiceOps at, e.g. https://servicedesk.example.com' });
      return z.NEVER;
    }
    if (url.protocol !== 'https:') {
      ctx.addIssue({
        code: 'custom',
        message: `ServiceOps must be reached over https; ${url.protocol.replace(':', '')} would expose the client secret on the network.`,
      });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: 'Remove the user name and password from the address.' });
      return z.NEVER;
    }
    return url.origin;
  });
