/**
 * Fills a ServiceOps email-server form: Authentication type → OAuth first, wait for the OAuth
 * fields, then each field by label; reads every value back and reports per field. Never
 * submits or saves: the admin reviews and clicks Save.
 */
import type { FillReport, FillValues, ServiceOpsProbe, SetupPath } from '../schemas';
import { SCOPES } from '../oauth-urls';
import { FIELD_LABELS, FIELD_NAMES, FILL_ORDER, microsoft365Host, type FieldKey, type FillKey } from './fields';
import { findControl, findControls } from './labels';
import { chooseComboboxOption, comboboxText, isReadOnly, isTextControl, setSelectValue, setTextValue, waitFor } from './set-value';

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

function controlValue(el: Element): string {
  if (isTextControl(el) || el instanceof HTMLSelectElement) return el.value;
  return comboboxText(el).trim();
}

/** Makes the OAuth fields appear: choose "OAuth" in the Authentication type control. */
async function ensureOAuth(scope: ParentNode, doc: Document): Promise<string | undefined> {
  if (findControl(scope, FIELD_LABELS.clientId)) return undefined;
  const auth = findControl(scope, FIELD_LABELS.authType);
  if (!auth) return 'The form has no Client ID field and no Authentication type to switch to OAuth.';
  const isOAuth = (text: string) => /oauth/i.test(text);
  // Already OAuth (its fields are still loading): just wait for them.
  if (!isOAuth(controlValue(auth))) {
    const chosen = auth instanceof HTMLSelectElement ? setSelectValue(auth, isOAuth) : await chooseComboboxOption(auth, isOAuth);
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

/** MAPI/EWS uses the app-only scope whatever the setup's path says. */
export function scopeFor(path: SetupPath, protocolText: string | undefined): string {
  return protocolText && /\b(mapi|ews)\b/i.test(protocolText) ? SCOPES.mapi : SCOPES[path];
}

export async function fillForm(doc: Document, values: FillValues, path: SetupPath): Promise<FillReport> {
  const found = findFormScope(doc);
  if (!found) return { ok: false, fields: [], message: 'No "Add Incoming Email Server" or "Add Outgoing Email Server" form is open on this page.' };
  const { scope } = found;
  const oauthProblem = await ensureOAuth(scope, doc);
  if (oauthProblem) return { ok: false, form: found.title, fields: [], message: oauthProblem };

  // One lookup for every field (labels are costly to work out); a control the form re-created
  // meanwhile is looked up again just before it is written.
  const lookup = () =>
    findControls(scope, { ...pick(FILL_ORDER), protocol: FIELD_LABELS.protocol, host: FIELD_LABELS.host, redirectUrl: FIELD_LABELS.redirectUrl });
  const controls = lookup();
  const current = (key: FieldKey): Element | undefined => {
    const el = controls[key as keyof typeof controls];
    return el?.isConnected ? el : findControl(scope, FIELD_LABELS[key]);
  };
  const protocol = controls.protocol;
  const wanted: Record<FillKey, string | undefined> = {
    clientId: values.clientId,
    clientSecret: values.clientSecret,
    tenantId: values.tenantId,
    authorizationUrl: values.authorizationUrl,
    tokenUrl: values.tokenUrl,
    scope: scopeFor(path, protocol ? controlValue(protocol) : undefined),
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
  for (const key of FILL_ORDER) await fillField(key, current(key), fields.length);
  // Microsoft 365's host when the admin left Host empty; a host already there is the admin's choice.
  const host = current('host');
  if (host && isTextControl(host) && !host.value && !isReadOnly(host)) {
    const value = microsoft365Host(protocol ? controlValue(protocol) : undefined);
    setTextValue(host, value);
    written.push({ key: 'host', index: fields.length, value });
    fields.push({ field: 'host', label: 'Host', outcome: 'filled' });
  }
  // Frameworks re-render asynchronously: read every written field back once they had the chance to reject a value.
  await new Promise((r) => setTimeout(r, 0));
  let after = lookup();
  // A form that shows its OAuth fields one by one may have added some meanwhile: they get filled now.
  const late = FILL_ORDER.map((key, index) => ({ key, index })).filter(({ key, index }) => fields[index]?.outcome === 'not-present' && after[key]);
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
  };
}
