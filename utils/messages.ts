/**
 * The one message contract of the extension. Every message is a zod-checked, discriminated
 * object; receivers parse with these schemas and drop anything else, so a page or another
 * extension cannot drive the extension with look-alike messages.
 *
 * Senders that must stay tiny (the portal sensor) import only the types from here.
 */
import { z } from 'zod';
import { guidSchema, pathSchema, TYPED_MAX, type Setup, type SetupPath } from './schemas';
import type { SetupCheckResults } from './checks/check-results';

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
    /** The frame's own route named this client ID; otherwise the background checks the tab's top route. */
    routeConfirmed: z.boolean().optional(),
  }),
  /** A new client secret's Value, read from its grid row (only ever sent to the background). */
  z.object({
    kind: z.literal('secret-created'),
    appId: guidSchema.optional(),
    value: z.string().min(1).max(512),
    secretId: guidSchema.optional(),
    description: shortText.optional(),
    expires: z.string().max(60).optional(),
    via: z.enum(['grid', 'copy-button', 'copy']),
  }),
  /** The secrets grid shows only masked values (or a masked value was copied): the Value is gone. */
  z.object({
    kind: z.literal('secret-masked'),
    appId: guidSchema.optional(),
    secretIds: z.array(guidSchema).max(50),
    copied: z.boolean().optional(),
  }),
  /** The admin copied a Secret ID (a GUID), which is not the secret. */
  z.object({ kind: z.literal('secret-id-copied'), appId: guidSchema.optional(), secretId: guidSchema }),
  /** The Enterprise application (service principal) overview: its Object ID, as route and page agree. */
  z.object({
    kind: z.literal('enterprise-app'),
    appId: guidSchema,
    spObjectId: guidSchema,
    displayName: shortText.optional(),
    routeConfirmed: z.boolean().optional(),
  }),
]);
export type Fact = z.infer<typeof factSchema>;

export const fillValuesSchema = z.object({
  clientId: z.string().max(TYPED_MAX),
  tenantId: z.string().max(TYPED_MAX),
  clientSecret: z.string().max(TYPED_MAX).optional(),
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
  fields: z.array(
    z.object({ field: z.string().max(60), label: z.string().max(120).optional(), outcome: fieldOutcomeSchema, message: z.string().max(300).optional() }),
  ),
  message: z.string().max(500).optional(),
  /** Read-only values the form showed, e.g. ServiceOps 8.1's Redirect URL. */
  readBack: z.object({ redirectUrl: z.string().max(500).optional() }).optional(),
  /** Set by the background: the secret was removed from the extension after this fill. */
  secretCleared: z.boolean().optional(),
});

/** An open ServiceOps tab that shows a server form (popup's "which one?"). */
export interface FillTarget {
  tabId: number;
  origin: string;
  title: string;
  /** 'incoming' | 'outgoing' */
  form?: string;
  /** The form's own heading, e.g. "Edit Outgoing Email Server". */
  formTitle?: string;
}
export type FillReport = z.infer<typeof fillReportSchema>;

/** Guidance (utils/guidance): what a frame is asked to point at and read while a step needs it. */
export const targetStageSchema = z.object({
  id: z.string().max(40),
  role: z.enum(['button', 'radio', 'checkbox', 'tab', 'link', 'textbox']),
  /** Lower-case fragments of the accessible name in several languages: one signal among several. */
  names: z.array(z.string().max(80)).max(24).optional(),
  /** How a name matches: contains a fragment (default), starts with one, or equals one. */
  match: z.enum(['part', 'start', 'all']).optional(),
  /** Links: the href contains this (a route fragment). */
  href: z.string().max(120).optional(),
  /** Radios: the radiogroup's name contains one of these. */
  group: z.array(z.string().max(80)).max(24).optional(),
  /** Radios: position within the group when no name matches. */
  index: z.number().int().min(0).max(20).optional(),
  /** Only on this blade (the background filters by the top frame's route). */
  blade: z.string().max(80).optional(),
});
export type TargetStage = z.infer<typeof targetStageSchema>;

export const bladeFactKindSchema = z.enum(['public-client', 'permissions', 'redirect-uris']);
export type BladeFactKind = z.infer<typeof bladeFactKindSchema>;

export const watchSchema = z.object({
  id: z.string().max(40),
  step: z.string().max(40),
  stages: z.array(targetStageSchema).max(12),
  read: z.array(bladeFactKindSchema).max(3),
  /** Label fragments the readers need (save, yes, granted…), sent along so the sensor carries no word lists. */
  words: z.record(z.string().max(20), z.array(z.string().max(80)).max(24)).optional(),
});
export type Watch = z.infer<typeof watchSchema>;

/** What a frame observed for the step being watched (no secret value ever). */
export const bladeFactSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('public-client'), on: z.boolean(), saved: z.boolean() }),
  z.object({
    kind: z.literal('permissions'),
    rows: z
      .array(z.object({ name: z.string().max(120), type: z.enum(['delegated', 'application', '']), granted: z.boolean(), resource: z.string().max(120) }))
      .max(80),
  }),
  z.object({ kind: z.literal('redirect-uris'), uris: z.array(z.string().max(500)).max(40), saved: z.boolean() }),
  /** Whether this frame found the watched target (and which stage of it). */
  z.object({
    kind: z.literal('target'),
    watch: z.string().max(40),
    stage: z.string().max(40).optional(),
    found: z.boolean(),
    /** Which half of its frame the target is in: the panel docks on the other side. */
    side: z.enum(['left', 'right']).optional(),
  }),
]);
export type BladeFact = z.infer<typeof bladeFactSchema>;

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
      clientId: z.string().max(TYPED_MAX).optional(),
      tenantId: z.string().max(TYPED_MAX).optional(),
      spObjectId: z.string().max(TYPED_MAX).optional(),
    }),
  }),
  z.object({ type: z.literal('new-setup'), name: z.string().max(120).optional() }),
  z.object({ type: z.literal('select-setup'), setupId: z.string().max(64) }),
  z.object({ type: z.literal('delete-setup'), setupId: z.string().max(64) }),
  z.object({ type: z.literal('set-secret'), setupId: z.string().max(64), value: z.string().max(TYPED_MAX) }),
  z.object({ type: z.literal('clear-secret'), setupId: z.string().max(64) }),
  z.object({ type: z.literal('fill-serviceops'), setupId: z.string().max(64), tabId: z.number().int().optional() }),
  /** Popup: the open ServiceOps tabs that show a server form, so the admin can pick one when several do. */
  z.object({ type: z.literal('list-fill-targets') }),
  /** The inline "Fill from Azure setup" button (ServiceOps content script, after a trusted click): fill this tab. */
  z.object({ type: z.literal('inline-fill') }),
  /** Guidance panel (top portal frame): where the admin is; answers the checklist and sets what frames watch. */
  z.object({ type: z.literal('guidance-sync'), hash: z.string().max(2000), viewStep: z.string().max(40).optional() }),
  z.object({ type: z.literal('guidance-confirm'), setupId: z.string().max(64), step: z.string().max(40), done: z.boolean() }),
  z.object({ type: z.literal('guidance-path'), setupId: z.string().max(64), path: pathSchema }),
  /** Portal frames: a blade fact for the watched step; the current watch (the top frame's ask also brings the panel). */
  z.object({ type: z.literal('guidance-fact'), fact: bladeFactSchema }),
  z.object({ type: z.literal('guidance-watch-get') }),
  /** Live checks (tenant discovery, token request) run by the background; `checkId` lets the popup cancel one. */
  z.object({
    type: z.literal('run-check'),
    checkId: z.string().min(1).max(64),
    setupId: z.string().max(64),
    kind: z.enum(['tenant', 'token']),
    clientId: z.string().max(TYPED_MAX).optional(),
    tenantId: z.string().max(TYPED_MAX).optional(),
    /** The secret as typed right now (extension pages only); else the stored one is used. */
    secret: z.string().max(TYPED_MAX).optional(),
  }),
  z.object({ type: z.literal('cancel-check'), checkId: z.string().min(1).max(64) }),
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
  'list-fill-targets': Result<FillTarget[]>;
  'inline-fill': Result<FillReport>;
  'guidance-sync': Result<GuidanceView>;
  'guidance-confirm': Result<null>;
  'guidance-path': Result<null>;
  'guidance-fact': Result<null>;
  'guidance-watch-get': Result<Watch | null>;
  'run-check': Result<SetupCheckResults>;
  'cancel-check': Result<null>;
}

/** The checklist as the panel shows it: statuses only; the step texts live in utils/guidance. */
export interface GuidanceView {
  setupId: string;
  setupName: string;
  path: SetupPath;
  pathChosen: boolean;
  steps: { id: string; done?: 'detected' | 'confirmed'; applicable: boolean }[];
  /** First step not done yet. */
  current?: string;
  /** The step the frames are watching (the current one unless the admin opened another). */
  viewing?: string;
  /** The admin is on the blade the viewed step happens on. */
  onBlade: boolean;
  /** Hash route to the viewed step's blade, when it can be built. */
  bladeHash?: string;
  target: { state: 'none' | 'searching' | 'found' | 'missing'; stage?: string; side?: 'left' | 'right' };
  captured: {
    appName?: string;
    clientId?: string;
    tenantId?: string;
    tenantDomain?: string;
    appObjectId?: string;
    spObjectId?: string;
    redirectUrl?: string;
    secret: { present: boolean; hint?: string; length?: number; described?: string };
  };
}

/** Commands from the background to portal frames (the sensor and the top frame's panel). */
export const portalCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('guidance-watch'), watch: watchSchema.nullable() }),
  z.object({ type: z.literal('guidance-changed') }),
]);
export type PortalCommand = z.infer<typeof portalCommandSchema>;

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
