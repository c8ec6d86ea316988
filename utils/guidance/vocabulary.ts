/**
 * The shared step vocabulary of the guided checklist: what a step is, the words the portal
 * uses in several languages, and the steps both paths share. `imap.ts` and `mapi.ts` compose
 * these into the two paths. The panel renders the texts, the background evaluates completion
 * and sends the target stages to the frames; nothing here runs in the per-frame sensor.
 */
import type { BladeFactKind, Setup, SetupPath, TargetStage } from '../schemas';
import { APP_MENU_BLADE, CREATE_BLADE, ENTERPRISE_APP_BLADE, LIST_BLADE, REGISTERED_APPS, type BladeRef } from '../portal-route';
import type { GuidanceFacts } from './facts';
import { ewsNotice } from '../ews-retirement';
import { t } from '../i18n/t';
import { portalLanguage, portalWords, type PortalWords } from './portal-labels';

export type StepId =
  | 'choose-path'
  | 'register-app'
  | 'copy-ids'
  | 'create-secret'
  | 'public-client'
  | 'redirect-uri'
  | 'graph-delegated'
  | 'exchange-app-permissions'
  | 'admin-consent'
  | 'enterprise-app-id'
  | 'exchange-service-principal'
  | 'exchange-restrict';

export interface CompletionInput {
  setup: Setup;
  facts: GuidanceFacts;
  secretPresent: boolean;
}

/** A step's words: the admin's UI language, quoting the portal's labels in the portal page's language. */
export interface StepText {
  title: string;
  /** Short instructions, also the fallback when the target cannot be found. */
  instructions: string[];
  /** Things the admin must know (shown as warnings). */
  warnings?: string[];
}

/** A step as it is defined: its words are written for the labels of whatever language the portal shows. */
export interface StepDef {
  id: StepId;
  text: (portal: PortalWords) => StepText;
  /** The blade it happens on; absent for steps outside the portal. */
  blade?: BladeRef;
  /**
   * The control to point at (named by a portal label), as ordered stages (the first one present and
   * not yet done wins). `lines`: what the step card's one line says at a stage: an instruction (its
   * index in `instructions`) or a line of its own in the portal's words; the first instruction by default.
   */
  target?: { label: (portal: PortalWords) => string; stages: TargetStage[]; lines?: Partial<Record<string, number | StageLine>> };
  /** Blade facts the frames must read while this step is watched. */
  read?: BladeFactKind[];
  /** Whether the step is detected as done; absent: only the admin's "I did this" completes it. */
  detect?: (input: CompletionInput) => boolean;
  /** Whether the step applies to this setup at all. */
  applies?: (setup: Setup) => boolean;
  /** Shows the generated PowerShell (Exchange Online steps). */
  powershell?: 'service-principal' | 'restrict';
}

/** A step with its words for one portal language (see `resolveStep`). */
export interface Step extends Omit<StepDef, 'text' | 'target'>, StepText {
  target?: { label: string; stages: TargetStage[]; lines?: Partial<Record<string, number | string>> };
}

/** A stage's own line for the step card, quoting the portal's label. */
export type StageLine = (portal: PortalWords) => string;
const choose =
  (label: (w: PortalWords) => string): StageLine =>
  (w) =>
    t('guide_cardChoose', { label: label(w) });
const openTab =
  (label: (w: PortalWords) => string): StageLine =>
  (w) =>
    t('guide_cardOpenTab', { label: label(w) });

/** The instruction for where the ring is now: the stage's own line, else the step's first. */
export function instructionAt(step: Step, stage: string | undefined): string {
  const line = stage === undefined ? undefined : step.target?.lines?.[stage];
  if (typeof line === 'string') return line;
  return (line === undefined ? undefined : step.instructions[line]) ?? step.instructions[0] ?? '';
}

/** The portal's labels for a page language, the tenant's name left as a placeholder in the UI language. */
export function wordsFor(pageLang: string | undefined): PortalWords {
  return portalWords(portalLanguage(pageLang), t('guide_yourOrganisation'));
}

export function resolveStep(def: StepDef, portal: PortalWords): Step {
  const { text, target, ...rest } = def;
  const lines =
    target?.lines && Object.fromEntries(Object.entries(target.lines).map(([stage, line]) => [stage, typeof line === 'function' ? line(portal) : line]));
  return { ...rest, ...text(portal), ...(target ? { target: { label: target.label(portal), stages: target.stages, lines } } : {}) };
}

/** Lower-case fragments of labels: en, de, fr, es, it, pt, nl. Label text is one signal among several. */
export const WORDS = {
  newRegistration: [
    'new registration',
    'neue registrierung',
    'nouvelle inscription',
    'nuevo registro',
    'nuova registrazione',
    'novo registro',
    'nieuwe registratie',
  ],
  register: ['register', 'registrieren', "s'inscrire", 'inscrire', 'registrar', 'registra', 'registreren'],
  name: ['name', 'nom', 'nombre', 'nome', 'naam'],
  newClientSecret: [
    'new client secret',
    'neuer geheimer clientschlüssel',
    'nouveau secret client',
    'nuevo secreto de cliente',
    'nuovo segreto client',
    'novo segredo do cliente',
    'nieuw clientgeheim',
  ],
  add: ['add', 'hinzufügen', 'ajouter', 'agregar', 'añadir', 'aggiungi', 'adicionar', 'toevoegen'],
  publicClientFlows: [
    'public client',
    'öffentliche client',
    'clients publics',
    'client public',
    'cliente público',
    'clientes públicos',
    'client pubblici',
    'openbare client',
  ],
  yes: ['yes', 'ja', 'oui', 'sí', 'sì', 'si', 'sim'],
  /** The tab of the new Authentication experience that holds "Allow public client flows". */
  settings: ['settings', 'einstellungen', 'paramètres', 'configuración', 'impostazioni', 'configurações', 'instellingen'],
  addRedirectUri: [
    'add redirect uri',
    'umleitungs-uri hinzufügen',
    'ajouter un uri de redirection',
    'agregar uri de redirección',
    'aggiungi uri di reindirizzamento',
    'adicionar uri de redirecionamento',
    'omleidings-uri toevoegen',
  ],
  save: ['save', 'speichern', 'enregistrer', 'guardar', 'salva', 'salvar', 'opslaan'],
  addPlatform: [
    'add a platform',
    'plattform hinzufügen',
    'ajouter une plateforme',
    'agregar una plataforma',
    'aggiungi una piattaforma',
    'adicionar uma plataforma',
    'een platform toevoegen',
  ],
  web: ['web'],
  redirect: ['redirect', 'umleitung', 'redirection', 'redirección', 'reindirizzamento', 'redirecionamento', 'omleiding'],
  configure: ['configure', 'konfigurieren', 'configurer', 'configurar', 'configura', 'configureren'],
  addPermission: [
    'add a permission',
    'berechtigung hinzufügen',
    'ajouter une autorisation',
    'agregar un permiso',
    "aggiungi un'autorizzazione",
    'adicionar uma permissão',
    'een machtiging toevoegen',
  ],
  addPermissions: [
    'add permissions',
    'berechtigungen hinzufügen',
    'ajouter des autorisations',
    'agregar permisos',
    'aggiungi autorizzazioni',
    'adicionar permissões',
    'machtigingen toevoegen',
  ],
  microsoftGraph: ['microsoft graph'],
  exchangeOnline: ['office 365 exchange online'],
  orgApis: [
    'apis my organization uses',
    'von meiner organisation verwendete apis',
    'api utilisées par mon organisation',
    'api que usa mi organización',
    'my organization',
    'meiner organisation',
  ],
  delegated: ['delegated', 'delegiert', 'déléguées', 'delegados', 'delegate', 'delegadas', 'gedelegeerde'],
  application: [
    'application permissions',
    'anwendungsberechtigungen',
    "autorisations d'application",
    'permisos de aplicación',
    "autorizzazioni dell'applicazione",
    'permissões de aplicativo',
    'toepassingsmachtigingen',
  ],
  grantConsent: [
    'grant admin consent',
    'administratorzustimmung',
    "consentement d'administrateur",
    'consentimiento de administrador',
    "consenso dell'amministratore",
    'consentimento do administrador',
    'beheerderstoestemming',
  ],
  granted: ['granted', 'gewährt', 'accordé', 'concedido', 'concesso', 'concedida', 'verleend'],
  notGranted: ['not ', 'nicht', 'non ', 'no ', 'não', 'niet'],
  delegatedType: ['deleg'],
  applicationType: ['appl', 'anwend', 'aplica', 'toepass'],
} as const;

/** The words the frame-side readers need, sent with the watch. */
export function readerWords(): Record<string, string[]> {
  return {
    save: list(WORDS.save),
    publicClient: list(WORDS.publicClientFlows),
    yes: list(WORDS.yes),
    granted: list(WORDS.granted),
    notGranted: list(WORDS.notGranted),
    delegated: list(WORDS.delegatedType),
    application: list(WORDS.applicationType),
  };
}

const list = (w: readonly string[]): string[] => [...w];

const appSection = (section: string): BladeRef => ({ extension: REGISTERED_APPS, blade: APP_MENU_BLADE, section });

// ---------------------------------------------------------------- shared steps

export const choosePath: StepDef = {
  id: 'choose-path',
  text: () => {
    // Read when shown: what the end of EWS means on the day the admin chooses.
    const ews = ewsNotice(Date.now());
    return {
      title: t('guide_choosePathTitle'),
      instructions: [t('guide_choosePath1'), t('guide_choosePath2'), t('guide_choosePath3')],
      warnings: [`${ews.title}. ${ews.recommendation}`],
    };
  },
};

export const registerApp: StepDef = {
  id: 'register-app',
  text: (w) => ({
    title: t('guide_registerTitle'),
    instructions: [
      t('guide_register1', { appRegistrations: w.appRegistrations, newRegistration: w.newRegistration }),
      t('guide_register2'),
      t('guide_register3', { supportedAccountTypes: w.supportedAccountTypes, singleTenant: w.singleTenant }),
      t('guide_register4', { redirectUri: w.redirectUriOptional, register: w.register }),
    ],
    warnings: [t('guide_registerWarn')],
  }),
  blade: { extension: REGISTERED_APPS, blade: LIST_BLADE },
  target: {
    label: (w) => w.newRegistration,
    stages: [
      { id: 'new-registration', role: 'button', names: list(WORDS.newRegistration), blade: LIST_BLADE },
      { id: 'name', role: 'textbox', names: list(WORDS.name), match: 'start', blade: CREATE_BLADE },
      { id: 'register', role: 'button', names: list(WORDS.register), match: 'all', blade: CREATE_BLADE },
    ],
    lines: { name: 1, register: 3 },
  },
  detect: ({ setup }) => !!setup.clientId,
};

export const copyIds: StepDef = {
  id: 'copy-ids',
  text: (w) => ({
    title: t('guide_copyIdsTitle'),
    instructions: [
      t('guide_copyIds1', { overview: w.overview, clientId: w.clientId, tenantId: w.tenantId }),
      t('guide_copyIds2', { captured: t('guide_captured') }),
    ],
  }),
  blade: appSection('Overview'),
  detect: ({ setup }) => !!setup.clientId && !!setup.tenantId,
};

export const createSecret: StepDef = {
  id: 'create-secret',
  text: (w) => ({
    title: t('guide_secretTitle'),
    instructions: [
      t('guide_secret1', { certificatesSecrets: w.certificatesSecrets, clientSecrets: w.clientSecrets, newClientSecret: w.newClientSecret }),
      t('guide_secret2', { add: w.add }),
      t('guide_secret3', { value: w.value, secretId: w.secretId }),
    ],
    warnings: [t('guide_secretWarn1'), t('guide_secretWarn2')],
  }),
  blade: appSection('Credentials'),
  target: {
    label: (w) => w.newClientSecret,
    stages: [
      { id: 'new-client-secret', role: 'button', names: list(WORDS.newClientSecret) },
      { id: 'add', role: 'button', names: list(WORDS.add), match: 'all' },
    ],
    lines: { add: 1 },
  },
  detect: ({ setup, secretPresent }) => secretPresent || !!setup.secretMeta,
};

export const publicClient: StepDef = {
  id: 'public-client',
  text: (w) => ({
    title: t('guide_publicClientTitle'),
    instructions: [
      t('guide_publicClient1', {
        authentication: w.authentication,
        advancedSettings: w.advancedSettings,
        authenticationPreview: w.authenticationPreview,
        settings: w.settings,
      }),
      t('guide_publicClient2', { allowPublicClientFlows: w.allowPublicClientFlows, yes: w.yes, save: w.save }),
    ],
  }),
  blade: appSection('Authentication'),
  target: {
    label: (w) => t('guide_publicClientTarget', { allowPublicClientFlows: w.allowPublicClientFlows, yes: w.yes }),
    stages: [
      { id: 'yes', role: 'radio', group: list(WORDS.publicClientFlows), names: list(WORDS.yes), match: 'all', index: 0 },
      // The new experience ("Authentication (Preview)"): a switch on its Settings tab.
      { id: 'public-client-switch', role: 'checkbox', names: list(WORDS.publicClientFlows) },
      { id: 'settings-tab', role: 'tab', names: list(WORDS.settings), match: 'all' },
      { id: 'save', role: 'button', names: list(WORDS.save), match: 'all' },
    ],
    lines: { 'settings-tab': openTab((w) => w.settings), yes: 1, 'public-client-switch': 1, save: 1 },
  },
  read: ['public-client'],
  detect: ({ facts }) => !!facts.publicClient?.on && facts.publicClient.saved,
};

function sameUri(a: string, b: string): boolean {
  const norm = (u: string) => u.trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

export const redirectUri: StepDef = {
  id: 'redirect-uri',
  text: (w) => ({
    title: t('guide_redirectTitle'),
    instructions: [
      t('guide_redirect1', {
        authentication: w.authentication,
        addPlatform: w.addPlatform,
        authenticationPreview: w.authenticationPreview,
        addRedirectUri: w.addRedirectUri,
        web: w.web,
      }),
      t('guide_redirect2', { redirectUris: w.redirectUris, configure: w.configure }),
    ],
  }),
  blade: appSection('Authentication'),
  target: {
    label: (w) => w.addPlatform,
    stages: [
      { id: 'add-platform', role: 'button', names: list(WORDS.addPlatform) },
      // The new experience lists redirect URIs on its own tab, added with "Add Redirect URI".
      { id: 'add-redirect-uri', role: 'button', names: list(WORDS.addRedirectUri) },
      { id: 'web', role: 'button', names: list(WORDS.web), match: 'start' },
      { id: 'redirect-uri', role: 'textbox', names: list(WORDS.redirect) },
      { id: 'configure', role: 'button', names: list(WORDS.configure), match: 'all' },
      { id: 'redirect-tab', role: 'tab', names: list(WORDS.redirect) },
    ],
    lines: { 'add-redirect-uri': choose((w) => w.addRedirectUri), web: choose((w) => w.web), 'redirect-uri': 1, configure: 1 },
  },
  read: ['redirect-uris'],
  applies: (setup) => !!setup.redirectUrl?.value,
  detect: ({ setup, facts }) => {
    const wanted = setup.redirectUrl?.value;
    return !!wanted && !!facts.redirectUris?.saved && facts.redirectUris.uris.some((u) => sameUri(u, wanted));
  },
};

/** One permission the app must list: its value (not localised), type and resource. */
export interface RequiredPermission {
  name: string;
  type: 'delegated' | 'application';
  resource: 'graph' | 'exchange';
}

const RESOURCE_WORDS: Record<RequiredPermission['resource'], string> = { graph: 'graph', exchange: 'exchange' };

export function hasPermission(facts: GuidanceFacts, p: RequiredPermission, granted = false): boolean {
  return !!facts.permissions?.rows.some(
    (row) =>
      row.name.toLowerCase() === p.name.toLowerCase() &&
      (row.type === '' || row.type === p.type) &&
      (!row.resource || row.resource.toLowerCase().includes(RESOURCE_WORDS[p.resource])) &&
      (!granted || row.granted),
  );
}

export function permissionStep(opts: {
  id: StepId;
  text: StepDef['text'];
  resource: RequiredPermission['resource'];
  type: RequiredPermission['type'];
  names: string[];
  /** Done when; by default when every permission in `names` is listed. */
  detect?: StepDef['detect'];
}): StepDef {
  const required: RequiredPermission[] = opts.names.map((name) => ({ name, type: opts.type, resource: opts.resource }));
  const resourceStages: TargetStage[] =
    opts.resource === 'graph'
      ? [{ id: 'graph', role: 'button', names: list(WORDS.microsoftGraph) }]
      : [
          { id: 'org-apis', role: 'tab', names: list(WORDS.orgApis) },
          { id: 'exchange', role: 'button', names: list(WORDS.exchangeOnline) },
        ];
  return {
    id: opts.id,
    text: opts.text,
    blade: appSection('CallAnAPI'),
    target: {
      label: (w) => w.addPermission,
      stages: [
        { id: 'add-permission', role: 'button', names: list(WORDS.addPermission) },
        ...resourceStages,
        opts.type === 'delegated'
          ? { id: 'delegated', role: 'radio', names: list(WORDS.delegated), index: 0 }
          : { id: 'application', role: 'radio', names: list(WORDS.application), index: 1 },
        ...opts.names.map((name): TargetStage => ({ id: `perm:${name}`, role: 'checkbox', names: [name.toLowerCase()], match: 'all' })),
        { id: 'add-permissions', role: 'button', names: list(WORDS.addPermissions) },
      ],
      // Each stage's own words: the API, the kind of permission, each permission to tick, the button that adds them.
      lines: {
        ...(opts.resource === 'graph'
          ? { graph: choose((w) => w.microsoftGraph) }
          : { 'org-apis': openTab((w) => w.orgApis), exchange: choose((w) => w.exchangeOnline) }),
        ...(opts.type === 'delegated' ? { delegated: choose((w) => w.delegatedPermissions) } : { application: choose((w) => w.applicationPermissions) }),
        ...Object.fromEntries(opts.names.map((name) => [`perm:${name}`, () => t('guide_cardTick', { permission: name })])),
        'add-permissions': choose((w) => w.addPermissions),
      },
    },
    read: ['permissions'],
    detect: opts.detect ?? (({ facts }) => required.every((p) => hasPermission(facts, p))),
  };
}

/** `detect`: done when; by default when every permission in `required` is granted. */
export function consentStep(required: RequiredPermission[], detect?: StepDef['detect']): StepDef {
  return {
    id: 'admin-consent',
    text: (w) => ({
      title: t('guide_consentTitle'),
      instructions: [
        t('guide_consent1', { apiPermissions: w.apiPermissions, grantConsent: w.grantConsent, yes: w.yes }),
        t('guide_consent2', { grantedFor: w.grantedFor }),
      ],
      warnings: [t('guide_consentWarn')],
    }),
    blade: appSection('CallAnAPI'),
    target: {
      label: (w) => w.grantConsent,
      stages: [
        { id: 'grant', role: 'button', names: list(WORDS.grantConsent) },
        { id: 'confirm', role: 'button', names: list(WORDS.yes), match: 'all' },
      ],
      lines: { confirm: (w) => t('guide_cardConfirm', { yes: w.yes }) },
    },
    read: ['permissions'],
    detect: detect ?? (({ facts }) => required.every((p) => hasPermission(facts, p, true))),
  };
}

export const enterpriseAppId: StepDef = {
  id: 'enterprise-app-id',
  text: (w) => ({
    title: t('guide_enterpriseTitle'),
    instructions: [t('guide_enterprise1', { overview: w.overview, managedApplication: w.managedApplication }), t('guide_enterprise2')],
    warnings: [t('guide_enterpriseWarn')],
  }),
  blade: appSection('Overview'),
  target: { label: (w) => w.managedApplication, stages: [{ id: 'managed-app', role: 'link', href: ENTERPRISE_APP_BLADE }] },
  detect: ({ setup }) => !!setup.spObjectId,
};

export const exchangeServicePrincipal: StepDef = {
  id: 'exchange-service-principal',
  text: () => ({
    title: t('guide_servicePrincipalTitle'),
    instructions: [t('guide_servicePrincipal1'), t('guide_servicePrincipal2')],
    warnings: [t('guide_servicePrincipalWarn')],
  }),
  powershell: 'service-principal',
};

export const exchangeRestrict: StepDef = {
  id: 'exchange-restrict',
  text: () => ({
    title: t('guide_restrictTitle'),
    instructions: [t('guide_restrict1'), t('guide_restrict2')],
    warnings: [t('guide_restrictWarn')],
  }),
  powershell: 'restrict',
};

export interface GuidancePath {
  id: SetupPath;
  /** Its name in the UI language (a getter: read when shown). */
  readonly label: string;
  steps: StepDef[];
}
