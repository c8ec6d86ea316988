/**
 * The one message contract of the extension. Every message is a zod-checked, discriminated
 * object; receivers parse with these schemas and drop anything else, so a page or another
 * extension cannot drive the extension with look-alike messages.
 *
 * Senders that must stay tiny (the portal sensor) import only the types from here.
 */
import { z } from 'zod';
import { guidSchema, pathSchema, type Setup, type SetupPath } from './schemas';

const shortText = z.string().max(300);

/** What a portal frame observed. */
export const factSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('route'),
    host: z.string().max(255),
    hash: z.string().max(2000),
    topFrame: z.boolean(),
  }),
  z.object({
    kind: z.literal('app-essentials'),
    clientId: guidSchema,
    tenantId: guidSchema.optional(),
    appObjectId: guidSchema.optional(),
    displayName: shortText.optional(),
    /** Both GUIDs that were not the client ID, when the page alone could not tell which is the tenant. */
    ambiguousGuids: z.array(guidSchema).max(4).optional(),
  }),
]);
export type Fact = z.infer<typeof factSchema>;

export const fillValuesSchema = z.object({
  clientId: z.string().max(300),
  tenantId: z.string().max(300),
  clientSecret: z.string().max(512).optional(),
  authorizationUrl: z.string().max(500),
  tokenUrl: z.string().max(500),
  scope: z.string().max(500),
});
export type FillValues = z.infer<typeof fillValuesSchema>;

export const fieldOutcomeSchema = z.enum(['filled', 'already-equal', 'not-present', 'failed', 'read-only']);
export type FieldOutcome = z.infer<typeof fieldOutcomeSchema>;

export const fillReportSchema = z.object({
  ok: z.boolean(),
  form: z.string().max(100).optional(),
  fields: z.array(z.object({ field: z.string().max(60), label: z.string().max(120).optional(), outcome: fieldOutcomeSchema, message: z.string().max(300).optional() })),
  message: z.string().max(500).optional(),
  /** Read-only values the form showed, e.g. ServiceOps 8.1's Redirect URL. */
  readBack: z.object({ redirectUrl: z.string().max(500).optional() }).optional(),
});
export type FillReport = z.infer<typeof fillReportSchema>;

/** Requests to the background. */
export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fact'), fact: factSchema }),
  z.object({ type: z.literal('get-state') }),
  z.object({
    type: z.literal('update-setup'),
    setupId: z.string().max(64),
    patch: z.object({
      name: z.string().max(120).optional(),
      path: pathSchema.optional(),
      clientId: z.string().max(300).optional(),
      tenantId: z.string().max(300).optional(),
    }),
  }),
  z.object({ type: z.literal('new-setup'), name: z.string().max(120).optional() }),
  z.object({ type: z.literal('select-setup'), setupId: z.string().max(64) }),
  z.object({ type: z.literal('delete-setup'), setupId: z.string().max(64) }),
  z.object({ type: z.literal('set-secret'), setupId: z.string().max(64), value: z.string().max(512) }),
  z.object({ type: z.literal('clear-secret'), setupId: z.string().max(64) }),
  z.object({ type: z.literal('fill-serviceops'), setupId: z.string().max(64), tabId: z.number().int().optional() }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

export interface SecretStatus {
  setupId: string;
  present: boolean;
  /** First three characters, what Graph calls the hint. */
  hint?: string;
  /** Only ever sent to the extension's own pages (popup), never to a content script. */
  value?: string;
  length?: number;
  capturedAt?: number;
  source?: string;
}

export interface ExtensionState {
  setups: Setup[];
  activeSetupId?: string;
  secret?: SecretStatus;
  serviceOpsOrigins: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What each request answers. */
export interface ResponseMap {
  fact: Result<null>;
  'get-state': Result<ExtensionState>;
  'update-setup': Result<Setup>;
  'new-setup': Result<Setup>;
  'select-setup': Result<null>;
  'delete-setup': Result<null>;
  'set-secret': Result<SecretStatus>;
  'clear-secret': Result<null>;
  'fill-serviceops': Result<FillReport>;
}

/** Commands from the background to a ServiceOps tab. */
export const serviceOpsCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('serviceops-probe') }),
  z.object({ type: z.literal('serviceops-fill'), values: fillValuesSchema, path: pathSchema }),
]);
export type ServiceOpsCommand = z.infer<typeof serviceOpsCommandSchema>;

export interface ServiceOpsProbe {
  form?: string;
  title?: string;
}

export interface ServiceOpsResponseMap {
  'serviceops-probe': ServiceOpsProbe;
  'serviceops-fill': FillReport;
}

export type { SetupPath };
