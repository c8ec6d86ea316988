/**
 * The one message contract of the extension. Every message is a zod-checked, discriminated
 * object; receivers parse with these schemas and drop anything else, so a page or another
 * extension cannot drive the extension with look-alike messages.
 *
 * Only the requests, commands and what each answers live here; the data they carry is declared in
 * ./schemas. Senders that must stay tiny (the portal sensor) import only types from either file.
 */
import { z } from 'zod';
import {
  bladeFactSchema,
  factSchema,
  fillReportSchema,
  fillValuesSchema,
  pasteFieldSchema,
  pathSchema,
  serviceOpsProbeSchema,
  TYPED_MAX,
  watchSchema,
  type ExtensionState,
  type FillQuestion,
  type FillReport,
  type FillTarget,
  type GuidanceView,
  type InlinePreview,
  type PasteOutcome,
  type SecretStatus,
  type Setup,
  type SidePanelView,
  type StructureReport,
  type Watch,
} from './schemas';
import type { SetupCheckResults } from './checks/check-results';
import { createPlanSchema, graphTokenSchema, type CreateJob, type CreateRunOutcome } from './graph/create-job';

/** A rectangle in a frame's viewport: x, y, width, height (CSS pixels). */
const rectSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
/** What a frame reports for the step card: the watched target, the rectangles to keep clear, its viewport size. */
const frameLayoutShape = {
  watch: z.string().max(40),
  target: rectSchema.optional(),
  avoid: z.array(rectSchema).max(16),
  vw: z.number(),
  vh: z.number(),
};

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
  z.object({
    type: z.literal('fill-serviceops'),
    setupId: z.string().max(64),
    tabId: z.number().int().optional(),
    /** The admin's answer to a FillQuestion in the popup about `origin`: fill it once, or also bind the setup to it. */
    confirmed: z.object({ answer: z.enum(['once', 'bind']), origin: z.string().max(300) }).optional(),
  }),
  /** Popup: the ServiceOps origins a setup is bound to (the admin removes or adds one). */
  z.object({ type: z.literal('set-setup-origins'), setupId: z.string().max(64), origins: z.array(z.string().max(300)).max(20) }),
  /** Popup: the open ServiceOps tabs that show a server form, so the admin can pick one when several do. */
  z.object({ type: z.literal('list-fill-targets') }),
  /** The inline "Fill from Azure setup" button (ServiceOps content script, after a trusted click): fill this tab. */
  z.object({
    type: z.literal('inline-fill'),
    /** The setup the button named: the background refuses when it would fill another. */
    setupId: z.string().max(64),
    /** 'unchecked': the browser could not tell whether something was drawn over the button (Firefox): confirm in extension UI. */
    click: z.enum(['checked', 'unchecked']),
  }),
  /** The inline button: which setup a click would fill here (its name and tenant go on the button). */
  z.object({ type: z.literal('inline-preview') }),
  /** The fill confirmation page (extension UI): the question it shows, then the admin's answer. */
  z.object({ type: z.literal('fill-confirm-get'), id: z.string().max(64) }),
  z.object({ type: z.literal('fill-confirm'), id: z.string().max(64), answer: z.enum(['fill', 'bind', 'cancel']) }),
  /** Guidance panel (top portal frame): where the admin is; answers the checklist and sets what frames watch. */
  z.object({
    type: z.literal('guidance-sync'),
    hash: z.string().max(2000),
    viewStep: z.string().max(40).optional(),
    /** The portal page's `<html lang>`: the checklist quotes the portal's labels in it. */
    lang: z.string().max(35).optional(),
  }),
  z.object({ type: z.literal('guidance-confirm'), setupId: z.string().max(64), step: z.string().max(40), done: z.boolean() }),
  z.object({ type: z.literal('guidance-path'), setupId: z.string().max(64), path: pathSchema }),
  /** Portal frames: a blade fact for the watched step; the current watch (the top frame's ask also brings the panel). */
  z.object({ type: z.literal('guidance-fact'), fact: bladeFactSchema }),
  z.object({ type: z.literal('guidance-watch-get') }),
  /** Portal frames: where the watched target and the controls the step card must not cover are, in the frame's viewport. */
  z.object({ type: z.literal('guidance-layout'), ...frameLayoutShape }),
  /** Checklist panel (top portal frame): what the admin pasted into its paste field, from a trusted paste event. */
  z.object({
    type: z.literal('panel-paste'),
    setupId: z.string().max(64),
    step: z.string().max(40).optional(),
    text: z.string().max(TYPED_MAX),
    /** The admin's answer when the helper asked which value this is. */
    field: pasteFieldSchema.optional(),
  }),
  /** Checklist panel (top portal frame): "the helper can't read this page", a structure report of the tab's frames. */
  z.object({ type: z.literal('structure-report') }),
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
  /** "Set it up for me" (popup, side panel): the plan the admin chose; answers the setup's creation record. */
  z.object({ type: z.literal('create-plan'), plan: createPlanSchema }),
  /** Run (or resume) the setup's creation; the sign-in page alone hands over the token it just got. */
  z.object({ type: z.literal('create-run'), setupId: z.string().max(64), token: graphTokenSchema.optional() }),
  /** Rotation page: the secret it created through Microsoft Graph (value to session memory, Secret ID, hint and end to the setup). */
  z.object({
    type: z.literal('rotation-secret'),
    setupId: z.string().max(64),
    value: z.string().min(1).max(TYPED_MAX),
    keyId: z.string().min(1).max(64),
    hint: z.string().max(3),
    /** Graph's endDateTime: the expiry warnings compute with it, so nothing but a date gets stored. */
    expires: z.iso.datetime({ offset: true }).max(40),
    description: z.string().max(200),
  }),
  /**
   * Opens the browser's side panel with the whole checklist, inside the admin's click: from the step card (top portal
   * frame: its own tab) or the popup (its window). Refused where the browser has none; the in-page checklist is the fallback.
   */
  z.object({ type: z.literal('open-side-panel'), windowId: z.number().int().optional() }),
  /** Side panel: the checklist for the tab it follows (the step shown on a portal tab, the fill on a ServiceOps tab). */
  z.object({ type: z.literal('side-panel-view'), tabId: z.number().int().optional(), viewStep: z.string().max(40).optional() }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

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
  'fill-serviceops': Result<FillReport | FillQuestion>;
  'set-setup-origins': Result<Setup>;
  'list-fill-targets': Result<FillTarget[]>;
  'inline-fill': Result<FillReport | FillQuestion>;
  'inline-preview': Result<InlinePreview | null>;
  'fill-confirm-get': Result<FillQuestion['confirm']>;
  'fill-confirm': Result<FillReport | null>;
  'guidance-sync': Result<GuidanceView>;
  'guidance-confirm': Result<null>;
  'guidance-path': Result<null>;
  'guidance-fact': Result<null>;
  'guidance-watch-get': Result<Watch | null>;
  'guidance-layout': Result<null>;
  'panel-paste': Result<PasteOutcome>;
  'structure-report': Result<StructureReport>;
  'run-check': Result<SetupCheckResults>;
  'cancel-check': Result<null>;
  'create-plan': Result<CreateJob>;
  'create-run': Result<CreateRunOutcome>;
  'rotation-secret': Result<SecretStatus>;
  'open-side-panel': Result<null>;
  'side-panel-view': Result<SidePanelView>;
}

/** Commands from the background to portal frames (the sensor and the top frame's panel). */
export const portalCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('guidance-watch'), watch: watchSchema.nullable() }),
  z.object({ type: z.literal('guidance-changed') }),
  /** To the top frame: a frame's layout report, with the frame it came from (as the background saw the sender). */
  z.object({ type: z.literal('guidance-layout'), frameId: z.number().int(), origin: z.string().max(300), ...frameLayoutShape }),
]);
export type PortalCommand = z.infer<typeof portalCommandSchema>;

/** Commands from the background to a ServiceOps tab. */
export const serviceOpsCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('serviceops-probe') }),
  /** `origin`: the origin the background checked; the page compares it with its own before any value goes in. */
  z.object({ type: z.literal('serviceops-fill'), values: fillValuesSchema, path: pathSchema, origin: z.string().max(300) }),
  /** A fill the admin confirmed in extension UI: the inline button shows its report. */
  z.object({ type: z.literal('serviceops-filled'), report: fillReportSchema }),
]);
export type ServiceOpsCommand = z.infer<typeof serviceOpsCommandSchema>;

/** What a ServiceOps tab answers each command: parsed by the background, since a page's script answers. */
export const serviceOpsReplySchemas = {
  'serviceops-probe': serviceOpsProbeSchema,
  'serviceops-fill': fillReportSchema,
  'serviceops-filled': z.literal(true),
} satisfies Record<ServiceOpsCommand['type'], z.ZodType>;

export type ServiceOpsResponseMap = { [K in keyof typeof serviceOpsReplySchemas]: z.infer<(typeof serviceOpsReplySchemas)[K]> };
