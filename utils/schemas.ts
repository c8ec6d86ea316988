/**
 * The data the extension keeps and passes around, as zod schemas; types come from z.infer.
 * Shared by background, popup, options and the ServiceOps script. The portal sensor imports
 * types only (`import type`), so zod never reaches the script injected into every frame.
 */
import { z } from 'zod';
import type { PortalLanguage } from './guidance/portal-labels';
import { GUID_PATTERN } from './guid';
import { TYPED_MAX } from './defaults';
import { t } from './i18n/t';

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

/** The protocol of a ServiceOps server form; each needs its own scope and permissions (MAPI is EWS). */
export const mailProtocolSchema = z.enum(['imap', 'pop3', 'smtp', 'mapi']);
export type MailProtocol = z.infer<typeof mailProtocolSchema>;

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

/** What Microsoft Graph reported about a setup's app at its last audit: the checklist reads its steps from it (no secret value: a hint is three characters). */
export const graphObservationSchema = z.object({
  clientId: z.string().max(64),
  at: z.number(),
  appObjectId: z.string().max(64).optional(),
  publicClient: z.boolean(),
  webRedirectUris: z.array(z.string().max(500)).max(40),
  /** The permissions the setup needs: whether the app lists each, and whether it is consented. */
  permissions: z
    .array(
      z.object({
        name: z.string().max(120),
        type: z.enum(['delegated', 'application']),
        resource: z.enum(['graph', 'exchange']),
        requested: z.boolean(),
        granted: z.boolean(),
      }),
    )
    .max(40),
  spObjectId: z.string().max(64).optional(),
  secrets: z
    .array(
      z.object({
        keyId: z.string().max(64),
        hint: z.string().max(3).optional(),
        displayName: z.string().max(200).optional(),
        endDateTime: z.string().max(40).optional(),
      }),
    )
    .max(40),
});
export type GraphObservation = z.infer<typeof graphObservationSchema>;

const capturedString = z.object({ value: z.string().max(TYPED_MAX), provenance: provenanceSchema });
export type CapturedValue = z.infer<typeof capturedString>;

/** The values the admin can paste into the checklist (and that a copy may have left unread). */
export const pasteFieldSchema = z.enum(['secret', 'clientId', 'tenantId', 'spObjectId']);
export type PasteField = z.infer<typeof pasteFieldSchema>;

export const setupSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120),
  path: pathSchema,
  clientId: capturedString.optional(),
  tenantId: capturedString.optional(),
  tenantDomain: z.string().max(255).optional(),
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
  /** When a copy button was clicked but the page could not be read: the checklist points at its paste field. */
  copyUnread: z.object({ field: pasteFieldSchema.optional(), at: z.number() }).optional(),
  /** Overview GUIDs that could not be told apart (offline): the admin picks the tenant. */
  tenantCandidates: z.array(z.string().max(64)).max(4).optional(),
  redirectUrl: capturedString.optional(),
  serviceOpsOrigin: z.string().max(300).optional(),
  /**
   * The ServiceOps origins this setup is meant for: bound at its first fill, edited in the popup. A fill
   * anywhere else is asked first. Absent on setups stored before: see boundOrigins (utils/fill/binding.ts).
   */
  serviceOpsOrigins: z.array(z.string().max(300)).max(20).optional(),
  /** The protocols of the forms this setup was filled into: what its permissions must cover. */
  protocols: z.array(mailProtocolSchema).max(4).optional(),
  /** The app as Microsoft Graph last reported it (the audit): steps the portal could not show are done from it. */
  graph: graphObservationSchema.optional(),
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

/** An https origin such as https://servicedesk.example.com (no path); its refusals are in the UI language, made when a value is parsed. */
export const httpsOriginSchema = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
    } catch {
      ctx.addIssue({ code: 'custom', message: t('options_notWebAddress') });
      return z.NEVER;
    }
    if (url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: t('options_httpsOnly', { scheme: url.protocol.replace(':', '') }) });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', message: t('options_noCredentials') });
      return z.NEVER;
    }
    return url.origin;
  });

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
  /** A copy button was clicked where the page could not be read: the checklist offers to paste what was copied. */
  z.object({ kind: z.literal('copy-unread'), appId: guidSchema.optional(), field: pasteFieldSchema.optional() }),
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
  /** The protocol the form was filled for (its scope follows it). */
  protocol: mailProtocolSchema.optional(),
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

/**
 * The question a fill asks before the secret moves: the setup is bound to another ServiceOps
 * ('other-origin'), or the click could not be checked for overlays ('unchecked-click', Firefox).
 */
export interface FillQuestion {
  confirm: { reason: 'other-origin' | 'unchecked-click'; setupName: string; tenant: string; origin: string; boundTo: string[]; tabId?: number };
}

/** A fill waiting for the admin's answer in the confirmation page (where, which setup; never a value). */
export interface PendingFill {
  setupId: string;
  tabId: number;
  /** The document that asked (Chrome); Firefox has none and relies on frame 0 plus the origin check. */
  documentId?: string;
  origin: string;
  reason: FillQuestion['confirm']['reason'];
  createdAt: number;
}

/** What the inline button says it will fill (the tenant shortened: the page's own window shows it). */
export interface InlinePreview {
  setupId: string;
  setupName: string;
  tenant: string;
  /** The setup is bound to other ServiceOps origins, not this one: a click asks first. */
  boundElsewhere: boolean;
}

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
    /** The protocols of the forms this setup was filled into (the Exchange roles follow them). */
    protocols?: MailProtocol[];
    secret: { present: boolean; hint?: string; length?: number; described?: string };
  };
  /** A value the admin copied that the helper could not read (or the Secret ID instead of the Value): paste it. */
  paste?: { field?: PasteField; reason: 'copy-unread' | 'secret-id-copied' };
  /**
   * The language the portal page is shown in (its `<html lang>`, as one of the languages the checklist knows; English
   * otherwise): resolve the steps with it (`stepsFor(view.path, view.portalLang)`, `findStep(id, view.portalLang)`) and
   * their instructions quote the portal's labels as the admin sees them, in the admin's UI language.
   */
  portalLang: PortalLanguage;
}

/** What became of a paste into the checklist (never the pasted value: this goes back to the page). */
export interface PasteOutcome {
  outcome: 'accepted' | 'same' | 'ask' | 'refused';
  field?: PasteField;
  /** 'ask': the fields the admin chooses between. */
  options?: PasteField[];
  message: string;
}

/** "The helper can't read this page": the structure of the tab's frames, without IDs, secrets or page text. */
export interface StructureReport {
  text: string;
  frames: number;
  truncated: boolean;
}

/** What a ServiceOps tab says it shows: which server form ('incoming' | 'outgoing') and its heading. */
export const serviceOpsProbeSchema = z.object({ form: z.string().max(100).optional(), title: z.string().max(300).optional() });
export type ServiceOpsProbe = z.infer<typeof serviceOpsProbeSchema>;

/** Where the tab the side panel follows is: a portal page, a granted ServiceOps page (and the server form it shows), or elsewhere. */
export type SidePanelPlace = { kind: 'portal'; host: string } | { kind: 'serviceops'; origin: string; form?: string; formTitle?: string } | { kind: 'other' };

/** The side panel's whole checklist for the tab it follows; no view while there is no setup yet. */
export interface SidePanelView {
  place: SidePanelPlace;
  view?: GuidanceView;
}
