/**
 * Fills a ServiceOps email-server form: Email Provider → Microsoft (a form set to Google is left
 * untouched), Authentication type → OAuth, wait for the OAuth fields, then each field by label,
 * with the scope of the form's protocol; reads every value back and reports per field. Never
 * submits or saves: the admin reviews and clicks Save.
 */
import type { FillReport, FillValues, ServiceOpsProbe, SetupPath } from '../schemas';
import { PROTOCOL_NAMES, scopeFor } from '../oauth-urls';
import {
  FIELD_LABELS,
  FIELD_NAMES,
  FILL_ORDER,
  formProtocol,
  GOOGLE_PROVIDER,
  microsoft365Host,
  MICROSOFT_PROVIDER,
  type FieldKey,
  type FillKey,
} from './fields';
import { findControl, findControls, labelsOf } from './labels';
import { chooseOption, choiceText, isReadOnly, isSwitch, isTextControl, setTextValue, toggleSwitch, waitFor } from './set-value';

const FORM_TITLE = /(add|edit|new)\s+(incoming|outgoing)\s+e-?mail\s+server/i;

function title(el: Element): string | undefined {
  const labelledBy = el.getAttribute('aria-labelledby');
  const text =
    (labelledBy && el.ownerDocument.getElementById(labelledBy)?.textContent) ||
    el.getAttribute('aria-label') ||
    el.querySelector('h1,h2,h3,h4,[role=heading],[class*=title]')?.textContent;
  return text?.trim() || undefined;
}

/** The open server form: a dialog/drawer/form whose fields include a known one (dialogs first, the innermost wins). */
export function findFormScope(doc: Document): { scope: ParentNode; title?: string } | undefined {
  const containers = [
    ...new Set([...Array.from(doc.querySelectorAll('[role=dialog], dialog[open]')), ...Array.from(doc.querySelectorAll('form, [class*=drawer]'))]),
  ];
  for (const container of containers) {
    if (findControl(container, FIELD_LABELS.clientId) || findControl(container, FIELD_LABELS.authType)) {
      const t = title(container);
      if (!t || FORM_TITLE.test(t) || findControl(container, FIELD_LABELS.clientId)) return { scope: container, title: t };
    }
  }
  if (findControl(doc, FIELD_LABELS.clientId)) return { scope: doc };
  return undefined;
}

export function probeForm(doc: Document): ServiceOpsProbe {
  const found = findFormScope(doc);
  if (!found) return {};
  const protocol = findControl(found.scope, FIELD_LABELS.protocol);
  const outgoing = found.title ? /outgoing/i.test(found.title) : Boolean(protocol && /\bsmtp\b/i.test(controlValue(protocol)));
  const kind = outgoing ? 'outgoing' : 'incoming';
  return { form: kind, title: found.title };
}

/** The value a control shows: a text field's value, a select's option, a choice group's chosen option, a combobox's text. */
function controlValue(el: Element): string {
  // An input-based combobox (antd's Select) keeps its input empty and shows the value beside it.
  if (el.getAttribute('role') === 'combobox') return choiceText(el);
  if (isTextControl(el)) return el.value;
  if (el instanceof HTMLSelectElement) return el.options[el.selectedIndex]?.text ?? el.value;
  return choiceText(el);
}

const isOAuth = (text: string) => /oauth/i.test(text);

/** Makes the OAuth fields appear: choose "OAuth" in the Authentication type control, however it is drawn. */
async function ensureOAuth(scope: ParentNode, doc: Document): Promise<string | undefined> {
  if (findControl(scope, FIELD_LABELS.clientId)) return undefined;
  const auth = findControl(scope, FIELD_LABELS.authType);
  if (!auth) return 'The form has no Client ID field and no Authentication type to switch to OAuth.';
  if (isSwitch(auth)) {
    // A switch labelled with OAuth ("Use OAuth") is on for OAuth; any other is flipped and must bring the OAuth fields.
    const on = auth.getAttribute('aria-checked') === 'true';
    if (!(labelsOf(auth).some(isOAuth) && on)) toggleSwitch(auth);
  } else if (!isOAuth(controlValue(auth))) {
    // Already OAuth (its fields are still loading): just wait for them.
    const chosen = await chooseOption(auth, isOAuth);
    if (!chosen) return 'Could not choose "OAuth" as Authentication type; choose it by hand, then click Fill again.';
  }
  // Generous: a tab in the background has its timers throttled while the fields load lazily.
  const appeared = await waitFor(() => findControl(scope, FIELD_LABELS.clientId), 10_000, doc.body);
  return appeared ? undefined : 'After choosing OAuth the Client ID field did not appear.';
}

/** The label patterns of the given fields. */
function pick<K extends FieldKey>(keys: readonly K[]): Record<K, readonly RegExp[]> {
  const picked = {} as Record<K, readonly RegExp[]>;
  for (const key of keys) picked[key] = FIELD_LABELS[key];
  return picked;
}

export const GOOGLE_FORM_MESSAGE =
  "This form's Email Provider is Google (Gmail): Microsoft values never go into it, so nothing was changed. Fill a form whose Email Provider is Microsoft (or set it to Microsoft if this server is a Microsoft 365 mailbox), then click Fill again.";

/**
 * The Email Provider (ServiceOps 8.1+): Google refuses the fill before anything is touched; an
 * empty one is set to Microsoft. Returns the refusal, or the field's report entry when it was set.
 */
async function checkProvider(scope: ParentNode): Promise<{ refuse: string } | { entry?: FillReport['fields'][number] }> {
  const provider = findControl(scope, FIELD_LABELS.provider);
  if (!provider) return {};
  const shown = controlValue(provider);
  if (GOOGLE_PROVIDER.test(shown)) return { refuse: GOOGLE_FORM_MESSAGE };
  if (MICROSOFT_PROVIDER.test(shown)) return { entry: { field: 'provider', label: 'Email Provider', outcome: 'already-equal' } };
  // Empty (or a placeholder): choose Microsoft, the provider these values belong to.
  const chosen = isSwitch(provider) ? false : await chooseOption(provider, (t) => MICROSOFT_PROVIDER.test(t));
  return {
    entry: chosen
      ? { field: 'provider', label: 'Email Provider', outcome: 'filled' }
      : { field: 'provider', label: 'Email Provider', outcome: 'failed', message: 'Could not choose Microsoft as Email Provider: choose it by hand.' },
  };
}

export async function fillForm(doc: Document, values: FillValues, path: SetupPath): Promise<FillReport> {
  const found = findFormScope(doc);
  if (!found) return { ok: false, fields: [], message: 'No "Add Incoming Email Server" or "Add Outgoing Email Server" form is open on this page.' };
  const { scope } = found;
  const provider = await checkProvider(scope);
  if ('refuse' in provider) return { ok: false, form: found.title, fields: [], message: provider.refuse };
  const oauthProblem = await ensureOAuth(scope, doc);
  if (oauthProblem) return { ok: false, form: found.title, fields: provider.entry ? [provider.entry] : [], message: oauthProblem };

  // One lookup for every field (labels are costly to work out); a control the form re-created
  // meanwhile is looked up again just before it is written.
  const lookup = () =>
    findControls(scope, { ...pick(FILL_ORDER), protocol: FIELD_LABELS.protocol, host: FIELD_LABELS.host, redirectUrl: FIELD_LABELS.redirectUrl });
  const controls = lookup();
  const current = (key: FieldKey): Element | undefined => {
    const el = controls[key as keyof typeof controls];
    return el?.isConnected ? el : findControl(scope, FIELD_LABELS[key]);
  };
  const protocolControl = controls.protocol;
  const protocolText = protocolControl ? controlValue(protocolControl) : undefined;
  const direction = found.title
    ? /outgoing/i.test(found.title)
      ? 'outgoing'
      : 'incoming'
    : protocolText && /\bsmtp\b/i.test(protocolText)
      ? 'outgoing'
      : 'incoming';
  const protocol = formProtocol(protocolText, direction, path);
  const wanted: Record<FillKey, string | undefined> = {
    clientId: values.clientId,
    clientSecret: values.clientSecret,
    tenantId: values.tenantId,
    authorizationUrl: values.authorizationUrl,
    tokenUrl: values.tokenUrl,
    scope: scopeFor(path, protocol),
  };
  const fields: FillReport['fields'] = [];
  /** Written and waiting to be read back: the field's entry in `fields`, and what it must hold. */
  const written: { key: FieldKey; index: number; value: string }[] = [];
  /** Fills one field, or says why not, into `fields[index]`. */
  const fillField = async (key: FillKey, control: Element | undefined, index: number) => {
    const label = FIELD_NAMES[key];
    const value = wanted[key];
    if (!control) {
      fields[index] = { field: key, label, outcome: 'not-present' };
    } else if (!value) {
      const kept = isTextControl(control) && control.value ? ' The field keeps the value it has.' : '';
      const message =
        key === 'clientSecret'
          ? `The extension holds no client secret (it is removed after a fill, or was never captured): paste the secret Value in the popup.${kept}`
          : `No ${label} captured yet.${kept}`;
      fields[index] = { field: key, label, outcome: 'failed', message };
    } else if (!isTextControl(control)) {
      fields[index] = { field: key, label, outcome: 'failed', message: `${label} is not a text field.` };
    } else if (control.value === value) {
      fields[index] = { field: key, label, outcome: 'already-equal' };
    } else if (isReadOnly(control)) {
      fields[index] = { field: key, label, outcome: 'read-only', message: `${label} is read-only in this form.` };
    } else {
      setTextValue(control, value);
      written.push({ key, index, value });
      fields[index] = { field: key, label, outcome: 'filled' };
      // Frameworks that update state in a microtask (Vue, React's sync lane) settle before the next field.
      await Promise.resolve();
    }
  };
  if (provider.entry) fields.push(provider.entry);
  const offset = fields.length;
  for (const key of FILL_ORDER) await fillField(key, current(key), fields.length);
  // Microsoft 365's host when the admin left Host empty; a host already there is the admin's choice.
  const host = current('host');
  if (host && isTextControl(host) && !host.value && !isReadOnly(host)) {
    const value = microsoft365Host(PROTOCOL_NAMES[protocol]);
    setTextValue(host, value);
    written.push({ key: 'host', index: fields.length, value });
    fields.push({ field: 'host', label: 'Host', outcome: 'filled' });
  }
  // Frameworks re-render asynchronously: read every written field back once they had the chance to reject a value.
  await new Promise((r) => setTimeout(r, 0));
  let after = lookup();
  // A form that shows its OAuth fields one by one may have added some meanwhile: they get filled now.
  const late = FILL_ORDER.map((key, index) => ({ key, index: index + offset })).filter(
    ({ key, index }) => fields[index]?.outcome === 'not-present' && after[key],
  );
  if (late.length) {
    for (const { key, index } of late) await fillField(key, after[key], index);
    await new Promise((r) => setTimeout(r, 0));
    after = lookup();
  }
  for (const { key, index, value } of written) {
    const now = after[key as keyof typeof after];
    const entry = fields[index];
    if (entry && !(now && isTextControl(now) && now.value === value))
      fields[index] = { ...entry, outcome: 'failed', message: `${entry.label} did not keep the value.` };
  }
  const redirect = after.redirectUrl;
  const redirectUrl = redirect && isTextControl(redirect) && /^https:\/\//.test(redirect.value) ? redirect.value : undefined;
  return {
    ok: fields.every((f) => f.outcome !== 'failed'),
    form: found.title,
    fields,
    readBack: redirectUrl ? { redirectUrl } : undefined,
    protocol,
  };
}
