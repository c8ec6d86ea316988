/**
 * What the admin pasted into the checklist's paste field, by its shape and by the step shown.
 * GUIDs alone cannot say whether they are the client ID, the tenant ID or an object ID: the step
 * and what is already known settle it, and where they cannot, the admin is asked rather than a
 * value guessed. Messages never repeat the pasted text (it may be a secret).
 */
import { cleanGuid, cleanPasted } from './clean-input';
import { t } from './i18n/t';
import { TYPED_MAX } from './defaults';
import { isGuid } from './guid';
import type { GuidanceView, PasteField, PasteOutcome, Setup } from './schemas';
import { checkClientId, checkSecret } from './validation';

/** More than any ID or secret, with room for stray spaces around it (what the message contract carries). */
export const PASTE_MAX = TYPED_MAX;

/** What each capture step asks the admin to paste. */
const STEP_FIELDS: Record<string, PasteField[]> = {
  'copy-ids': ['clientId', 'tenantId'],
  'create-secret': ['secret'],
  'enterprise-app-id': ['spObjectId'],
};

/** Each field's name in the UI language (read when shown). */
export const FIELD_LABEL: Record<PasteField, string> = {
  get clientId() {
    return t('paste_clientId');
  },
  get tenantId() {
    return t('paste_tenantId');
  },
  get secret() {
    return t('paste_secret');
  },
  get spObjectId() {
    return t('paste_spObjectId');
  },
};

/** The fields the paste field accepts while a step is shown (plus one the panel points at). */
export function pasteFieldsFor(step: string | undefined, wanted?: PasteField): PasteField[] {
  const fields = [...(step ? (STEP_FIELDS[step] ?? []) : [])];
  if (wanted && !fields.includes(wanted)) fields.push(wanted);
  return fields;
}

export interface PasteContext {
  /** What the step shown (and the panel's pointer) asks for: `pasteFieldsFor`. */
  expected: PasteField[];
  /** The app the portal's route names: a GUID equal to it is the client ID. */
  routeAppId?: string;
  known: { clientId?: string; tenantId?: string; spObjectId?: string; appObjectId?: string };
  /** Secret IDs the secrets grid showed for this app. */
  knownSecretIds?: readonly string[];
}

/** The outcome, with the value to store when it is accepted (never sent back to the page). */
export type PasteVerdict = PasteOutcome & { value?: string };

/** Current secret values: 3 characters, a digit, `Q~`, 34 more (40 in all). */
const CURRENT_SECRET = /^[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{34}$/;
/** Any secret value, older ones included. */
const SECRET_SHAPE = /^[A-Za-z0-9_~.\-+=/]{16,64}$/;
const GUID_FIELDS: PasteField[] = ['clientId', 'tenantId', 'spObjectId'];

const refuse = (message: string): PasteVerdict => ({ outcome: 'refused', message });
const list = (fields: PasteField[]) => fields.map((f) => FIELD_LABEL[f]).reduce((a, b) => (a ? t('paste_or', { first: a, second: b }) : b), '');

export function classifyPaste(raw: string, ctx: PasteContext): PasteVerdict {
  if (raw.length > PASTE_MAX) return refuse(t('paste_tooLong'));
  const text = cleanPasted(raw).value;
  if (!text) return refuse(t('paste_empty'));
  const guid = cleanGuid(text).value;
  if (isGuid(guid)) return classifyGuid(guid, ctx);
  return classifyOther(text, ctx);
}

function classifyGuid(guid: string, ctx: PasteContext): PasteVerdict {
  const { known } = ctx;
  const expected = ctx.expected.filter((f) => GUID_FIELDS.includes(f));
  if (ctx.knownSecretIds?.includes(guid)) return refuse(t('paste_secretId'));
  if (!expected.length) {
    if (ctx.expected.includes('secret')) {
      if (guid === known.clientId || guid === ctx.routeAppId) return refuse(t('paste_clientIdNotSecret'));
      return refuse(guid === known.tenantId ? t('paste_tenantIdNotSecret') : t('paste_secretIdNotSecret'));
    }
    return refuse(t('paste_nothing'));
  }
  const microsoft = checkClientId(guid);
  if (microsoft.level === 'error') return refuse(microsoft.message);
  for (const field of GUID_FIELDS) {
    if (known[field as keyof typeof known] === guid) return { outcome: 'same', field, message: t('paste_same', { field: FIELD_LABEL[field] }) };
  }
  if (guid === known.appObjectId) return refuse(expected.includes('spObjectId') ? t('paste_appObjectIdForSp') : t('paste_appObjectId'));
  if (guid === ctx.routeAppId) {
    if (!expected.includes('clientId')) return refuse(t('paste_clientIdElsewhere', { fields: list(expected) }));
    return known.clientId ? ask(guid, ['clientId'], 'replace') : accept('clientId', guid);
  }
  // A field is settled when it holds another value, and the client ID also when the route names the app.
  const settled = (f: PasteField) => !!known[f as keyof typeof known] || (f === 'clientId' && !!ctx.routeAppId);
  const open = expected.filter((f) => !settled(f));
  if (open.length === 1) return accept(open[0]!, guid);
  if (open.length > 1) return ask(guid, open.slice(0, 2), 'which');
  const replaceable = expected.filter((f) => f !== 'clientId' || !ctx.routeAppId);
  if (!replaceable.length) return refuse(t('paste_otherApp'));
  return ask(guid, replaceable.slice(0, 2), 'replace');
}

function classifyOther(text: string, ctx: PasteContext): PasteVerdict {
  const wantsSecret = ctx.expected.includes('secret');
  const check = checkSecret(text);
  if (/\*{3,}/.test(text)) return refuse(check.message);
  if (SECRET_SHAPE.test(text) && (wantsSecret || CURRENT_SECRET.test(text))) {
    return {
      outcome: 'accepted',
      field: 'secret',
      value: text,
      message: `${t('paste_secretCaptured', { length: text.length })}${warning(check.level, check.message)}`,
    };
  }
  if (!ctx.expected.length) return refuse(t('paste_nothing'));
  if (SECRET_SHAPE.test(text)) return refuse(t('paste_secretElsewhere', { fields: list(ctx.expected) }));
  if (/^https?:\/\//i.test(text)) return refuse(t('paste_webAddress', { fields: list(ctx.expected) }));
  if (wantsSecret && /\s/.test(text)) return refuse(t('paste_secretSpaces'));
  return refuse(t('paste_notThat', { fields: list(ctx.expected) }));
}

function warning(level: string, message: string): string {
  return level === 'warning' ? ` ${message}` : '';
}

function accept(field: PasteField, value: string): PasteVerdict {
  return { outcome: 'accepted', field, value, message: t('paste_captured', { field: FIELD_LABEL[field] }) };
}

function ask(value: string, options: PasteField[], why: 'which' | 'replace'): PasteVerdict {
  const message = why === 'which' ? t('paste_which', { fields: list(options) }) : t('paste_replace', { fields: list(options) });
  return { outcome: 'ask', options, value, message };
}

/** How long after a copy the checklist keeps pointing at its paste field. */
export const PASTE_PROMPT_MS = 30 * 60_000;

/**
 * Whether the checklist should point at its paste field: a copy the helper could not read, or the
 * Secret ID copied instead of the Value, recently and not followed by a capture of that value.
 */
export function pasteWanted(
  setup: Pick<Setup, 'copyUnread' | 'secretIdCopiedAt' | 'clientId' | 'tenantId' | 'spObjectId'>,
  secret: { capturedAt: number } | undefined,
  now: number,
): GuidanceView['paste'] {
  const capturedAt = (field: PasteField | undefined): number => {
    const of = (f: PasteField) => (f === 'secret' ? secret?.capturedAt : setup[f]?.provenance.capturedAt) ?? -1;
    return field ? of(field) : Math.max(...(['secret', ...GUID_FIELDS] as PasteField[]).map(of));
  };
  const recent = (at: number) => now - at < PASTE_PROMPT_MS;
  const unread = setup.copyUnread;
  if (unread && recent(unread.at) && capturedAt(unread.field) < unread.at) return { field: unread.field, reason: 'copy-unread' };
  const idCopied = setup.secretIdCopiedAt;
  if (idCopied && recent(idCopied) && capturedAt('secret') < idCopied) return { field: 'secret', reason: 'secret-id-copied' };
  return undefined;
}
