/**
 * The ServiceOps replica's data model: server values, version switch, field labels,
 * validation and the payload a Save submits. No DOM rendering here.
 */

export type Direction = 'incoming' | 'outgoing';
/** The three form layouts docs/portal-facts.md ("ServiceOps") documents; any version >= 8.1 uses the 8.1 layout. */
export type UiVersion = '7.9' | '8.0' | '8.1';
/** ServiceOps 8.1+ asks for the Email Provider: Microsoft or Google (Gmail OAuth exists from 8.1). */
export type Provider = '' | 'Microsoft' | 'Google';
export type Protocol = 'IMAP' | 'POP3' | 'MAPI' | 'SMTP';
export type Security = 'None' | 'SSL/TLS' | 'STARTTLS';
export type AuthType = 'Basic' | 'OAuth';

export interface ServerValues {
  name: string;
  email: string;
  provider: Provider;
  protocol: Protocol;
  host: string;
  /** Kept as typed (the number input's string); submitted as a number. */
  port: string;
  security: Security;
  authType: AuthType;
  username: string;
  password: string;
  primary: boolean;
  clientId: string;
  tenantId: string;
  clientSecret: string;
  authorizationUrl: string;
  tokenUrl: string;
  scope: string;
  redirectUrl: string;
}

export type FieldKey = keyof ServerValues;
export type OAuthField = 'clientId' | 'tenantId' | 'clientSecret' | 'authorizationUrl' | 'tokenUrl' | 'scope' | 'redirectUrl';

export interface ServerRow {
  id: string;
  direction: Direction;
  values: ServerValues;
}

export interface VersionInfo {
  /** Shown in the footer: "ServiceOps 8.1.0". */
  full: string;
  ui: UiVersion;
}

export type SubmittedValues = Partial<Record<FieldKey, string | number | boolean>>;

/** What Save submits; rendered in <pre data-testid="saved-state"> and window.__serviceOpsLastSave. */
export interface SavedState {
  saveNumber: number;
  direction: Direction;
  mode: 'add' | 'edit';
  version: string;
  origin: string;
  serverId: string;
  values: SubmittedValues;
}

export const LABELS: Record<FieldKey, string> = {
  name: 'Name',
  email: 'Email',
  provider: 'Email Provider',
  protocol: 'Protocol',
  host: 'Host',
  port: 'Port',
  security: 'Security',
  authType: 'Authentication type',
  username: 'Username',
  password: 'Password',
  primary: 'Primary',
  clientId: 'Client ID',
  tenantId: 'Tenant ID',
  clientSecret: 'Client Secret',
  authorizationUrl: 'Authorization URL',
  tokenUrl: 'Token URL',
  scope: 'Scope',
  redirectUrl: 'Redirect URL',
};

export const PROVIDERS: readonly Exclude<Provider, ''>[] = ['Microsoft', 'Google'];
export const SECURITIES: readonly Security[] = ['None', 'SSL/TLS', 'STARTTLS'];
export const AUTH_TYPES: readonly AuthType[] = ['Basic', 'OAuth'];

export function protocolsFor(direction: Direction): readonly Protocol[] {
  return direction === 'incoming' ? ['IMAP', 'POP3', 'MAPI'] : ['SMTP', 'MAPI'];
}

/** OAuth fields in on-screen order, per docs/portal-facts.md ("ServiceOps"). */
export function oauthFieldsFor(ui: UiVersion): readonly OAuthField[] {
  switch (ui) {
    case '7.9':
      return ['clientId', 'tenantId', 'clientSecret'];
    case '8.0':
      return ['clientId', 'clientSecret', 'tenantId', 'authorizationUrl'];
    case '8.1':
      return ['clientId', 'clientSecret', 'authorizationUrl', 'tokenUrl', 'scope', 'redirectUrl'];
  }
}

const OPTIONAL_OAUTH: readonly OAuthField[] = ['scope', 'redirectUrl'];

export function defaultPort(protocol: Protocol, security: Security): number {
  switch (protocol) {
    case 'IMAP':
      return security === 'SSL/TLS' ? 993 : 143;
    case 'POP3':
      return security === 'SSL/TLS' ? 995 : 110;
    case 'MAPI':
      return 443;
    case 'SMTP':
      return security === 'SSL/TLS' ? 465 : security === 'STARTTLS' ? 587 : 25;
  }
}

export function defaultHost(provider: Provider, direction: Direction, protocol: Protocol): string {
  if (provider === 'Microsoft') return direction === 'outgoing' && protocol === 'SMTP' ? 'smtp.office365.com' : 'outlook.office365.com';
  if (provider === 'Google') return direction === 'outgoing' ? 'smtp.gmail.com' : protocol === 'POP3' ? 'pop.gmail.com' : 'imap.gmail.com';
  return '';
}

/** One field changed the way the form reacts: Protocol and Security reset Port (MAPI forces SSL/TLS); Provider and Protocol fill an empty Host. */
export function applyChange<K extends FieldKey>(values: ServerValues, field: K, value: ServerValues[K], direction: Direction): ServerValues {
  const next: ServerValues = { ...values, [field]: value };
  if (field === 'protocol') {
    if (next.protocol === 'MAPI') next.security = 'SSL/TLS';
    next.port = String(defaultPort(next.protocol, next.security));
    if (!next.host) next.host = defaultHost(next.provider, direction, next.protocol);
  }
  if (field === 'security') next.port = String(defaultPort(next.protocol, next.security));
  if (field === 'provider' && !next.host) next.host = defaultHost(next.provider, direction, next.protocol);
  return next;
}

export function randomHex(bytes: number): string {
  // crypto.getRandomValues works on http origins too (randomUUID does not).
  const buf = new Uint8Array(bytes);
  crypto.getRandomValues(buf);
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** ServiceOps generates the redirect URL itself: always https on the current host. */
export function makeRedirectUrl(): string {
  return `https://${location.host}/api/oauth/callback/${randomHex(12)}`;
}

export function emptyValues(direction: Direction): ServerValues {
  const protocol: Protocol = direction === 'incoming' ? 'IMAP' : 'SMTP';
  const security: Security = direction === 'incoming' ? 'SSL/TLS' : 'STARTTLS';
  return {
    name: '',
    email: '',
    provider: '',
    protocol,
    host: '',
    port: String(defaultPort(protocol, security)),
    security,
    authType: 'Basic',
    username: '',
    password: '',
    primary: false,
    clientId: '',
    tenantId: '',
    clientSecret: '',
    authorizationUrl: '',
    tokenUrl: '',
    scope: '',
    redirectUrl: makeRedirectUrl(),
  };
}

const KNOWN: Record<string, UiVersion> = { '7.9': '7.9', '8.0': '8.0', '8.1': '8.1' };
const STORAGE_KEY = 'serviceops.replica.version';

function parseVersion(raw: string | null): VersionInfo | undefined {
  if (!raw) return undefined;
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(raw.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2]);
  const key = `${major}.${minor}`;
  let ui: UiVersion | undefined = KNOWN[key];
  if (!ui && (major > 8 || (major === 8 && minor > 1))) ui = '8.1';
  if (!ui) return undefined;
  return { full: `${major}.${minor}.${m[3] ?? '0'}`, ui };
}

function safeSession(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** `?version=7.9|8.0|8.1` wins and is remembered in sessionStorage; default 8.1. */
export function resolveVersion(search: string): VersionInfo {
  const store = safeSession();
  const fromQuery = parseVersion(new URLSearchParams(search).get('version'));
  if (fromQuery) {
    try {
      store?.setItem(STORAGE_KEY, fromQuery.full);
    } catch {
      /* storage may be blocked */
    }
    return fromQuery;
  }
  let stored: string | null;
  try {
    stored = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    stored = null;
  }
  return parseVersion(stored) ?? { full: '8.1.0', ui: '8.1' };
}

/** Only 8.1 and later ask for the Email Provider. */
export function hasProvider(ui: UiVersion): boolean {
  return ui === '8.1';
}

/**
 * How the form draws Authentication type (`?authControl=`): the custom select by default, or a
 * native select, native radios, an ARIA radio group, segmented toggle buttons, or a switch.
 */
export type AuthControl = 'combobox' | 'select' | 'radios' | 'radiogroup' | 'segmented' | 'switch';
const AUTH_CONTROLS: readonly AuthControl[] = ['combobox', 'select', 'radios', 'radiogroup', 'segmented', 'switch'];

export function resolveAuthControl(search: string): AuthControl {
  const raw = new URLSearchParams(search).get('authControl');
  return AUTH_CONTROLS.find((c) => c === raw) ?? 'combobox';
}

/** The fields on screen for these values, in submit order. */
export function visibleFields(values: ServerValues, ui: UiVersion): FieldKey[] {
  const fields: FieldKey[] = ['name', 'email', ...(hasProvider(ui) ? (['provider'] as const) : []), 'protocol', 'host', 'port', 'security', 'authType'];
  if (values.authType === 'Basic') fields.push('username', 'password');
  else fields.push(...oauthFieldsFor(ui));
  fields.push('primary');
  return fields;
}

export function isRequired(field: FieldKey): boolean {
  if (field === 'provider' || field === 'primary') return false;
  return !(OPTIONAL_OAUTH as readonly FieldKey[]).includes(field);
}

function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}

export type Errors = Partial<Record<FieldKey, string>>;

export function validate(values: ServerValues, ui: UiVersion): Errors {
  const errors: Errors = {};
  for (const field of visibleFields(values, ui)) {
    const v = values[field];
    if (typeof v === 'boolean') continue;
    if (isRequired(field) && v.trim() === '') {
      errors[field] = `${LABELS[field]} is required`;
      continue;
    }
    if (v.trim() === '') continue;
    if (field === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())) errors.email = 'Enter a valid email address';
    if (field === 'port') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 65535) errors.port = 'Port must be between 1 and 65535';
    }
    if ((field === 'authorizationUrl' || field === 'tokenUrl') && !isHttpsUrl(v.trim())) errors[field] = `${LABELS[field]} must be a valid https URL`;
  }
  return errors;
}

/** The submitted payload: exactly the fields on screen, values as the app state holds them (port as a number). */
export function submittedValues(values: ServerValues, ui: UiVersion): SubmittedValues {
  const out: SubmittedValues = {};
  for (const field of visibleFields(values, ui)) {
    out[field] = field === 'port' ? Number(values.port) : values[field];
  }
  return out;
}

export function seedRows(): ServerRow[] {
  const base = (direction: Direction): ServerValues => emptyValues(direction);
  return [
    {
      id: 'srv-in-1',
      direction: 'incoming',
      values: {
        ...base('incoming'),
        name: 'Support Mailbox',
        email: 'support@contoso.com',
        provider: 'Microsoft',
        protocol: 'IMAP',
        host: 'outlook.office365.com',
        port: '993',
        security: 'SSL/TLS',
        authType: 'Basic',
        username: 'support@contoso.com',
        password: 'P@ssw0rd!',
        primary: true,
      },
    },
    {
      id: 'srv-in-2',
      direction: 'incoming',
      values: {
        ...base('incoming'),
        name: 'HR Helpdesk',
        email: 'hr-help@contoso.com',
        provider: 'Google',
        protocol: 'POP3',
        host: 'pop.gmail.com',
        port: '995',
        security: 'SSL/TLS',
        authType: 'Basic',
        username: 'hr-help@contoso.com',
        password: 'hunter2hunter2',
      },
    },
    {
      id: 'srv-out-1',
      direction: 'outgoing',
      values: {
        ...base('outgoing'),
        name: 'Support SMTP',
        email: 'support@contoso.com',
        provider: 'Microsoft',
        protocol: 'SMTP',
        host: 'smtp.office365.com',
        port: '587',
        security: 'STARTTLS',
        authType: 'Basic',
        username: 'support@contoso.com',
        password: 'P@ssw0rd!',
        primary: true,
      },
    },
  ];
}
