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

export interface Step {
  id: StepId;
  title: string;
  /** Short instructions, also the fallback when the target cannot be found. */
  instructions: string[];
  /** Things the admin must know (shown as warnings). */
  warnings?: string[];
  /** The blade it happens on; absent for steps outside the portal. */
  blade?: BladeRef;
  /** The control to point at, as ordered stages (the first one present and not yet done wins). */
  target?: { label: string; stages: TargetStage[] };
  /** Blade facts the frames must read while this step is watched. */
  read?: BladeFactKind[];
  /** Whether the step is detected as done; absent: only the admin's "I did this" completes it. */
  detect?: (input: CompletionInput) => boolean;
  /** Whether the step applies to this setup at all. */
  applies?: (setup: Setup) => boolean;
  /** Shows the generated PowerShell (Exchange Online steps). */
  powershell?: 'service-principal' | 'restrict';
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
  yes: ['yes', 'ja', 'oui', 'sí', 'si', 'sim'],
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

export const choosePath: Step = {
  id: 'choose-path',
  title: 'Choose how ServiceOps reads the mailbox',
  instructions: [
    'IMAP (also POP3, and SMTP for outgoing mail): ServiceOps signs in to the mailbox with delegated Microsoft Graph permissions, one per protocol.',
    'MAPI/EWS: ServiceOps reads the mailbox as an application with Office 365 Exchange Online permissions, restricted to one mailbox.',
    'Pick the protocol you chose (or will choose) in ServiceOps. You can switch later; steps you already did stay done.',
  ],
  // Read when shown: what the end of EWS means on the day the admin chooses.
  get warnings() {
    const ews = ewsNotice(Date.now());
    return [`${ews.title}. ${ews.recommendation}`];
  },
};

export const registerApp: Step = {
  id: 'register-app',
  title: 'Register the app',
  instructions: [
    'In App registrations, choose "New registration".',
    'Name it after the mailbox, e.g. "ServiceOps – support@contoso.com".',
    'Supported account types: "Accounts in this organizational directory only (Single tenant)".',
    'Leave Redirect URI empty and choose "Register".',
  ],
  warnings: ['Each incoming email server whose mailbox is in a different domain needs its own app registration.'],
  blade: { extension: REGISTERED_APPS, blade: LIST_BLADE },
  target: {
    label: 'New registration',
    stages: [
      { id: 'new-registration', role: 'button', names: list(WORDS.newRegistration), blade: LIST_BLADE },
      { id: 'name', role: 'textbox', names: list(WORDS.name), match: 'start', blade: CREATE_BLADE },
      { id: 'register', role: 'button', names: list(WORDS.register), match: 'all', blade: CREATE_BLADE },
    ],
  },
  detect: ({ setup }) => !!setup.clientId,
};

export const copyIds: Step = {
  id: 'copy-ids',
  title: 'Note the client and tenant IDs',
  instructions: [
    'The app\'s Overview shows "Application (client) ID" and "Directory (tenant) ID".',
    'The helper reads both from the page; check them under "Captured so far". Copy them by hand only if they stay empty.',
  ],
  blade: appSection('Overview'),
  detect: ({ setup }) => !!setup.clientId && !!setup.tenantId,
};

export const createSecret: Step = {
  id: 'create-secret',
  title: 'Create a client secret',
  instructions: [
    'Open "Certificates & secrets", tab "Client secrets", and choose "New client secret".',
    'Enter a description (e.g. "ServiceOps"), keep the recommended expiry of 180 days (or choose a shorter one), then "Add". Note the date: ServiceOps stops reading mail when the secret expires.',
    "Copy the secret's Value (not the Secret ID) right away.",
  ],
  warnings: [
    'The secret Value is shown only once, right after it is created. If you leave the page first, create a new secret.',
    'If Azure refuses the secret with CredentialInvalidLifetimeAsPerAppPolicy, your organization caps how long a secret may live (an app management policy): choose a shorter expiry, within the limit your admins set, and try again. CredentialTypeNotAllowedAsPerAppPolicy means secrets are not allowed at all: ask the admin who manages the policy.',
  ],
  blade: appSection('Credentials'),
  target: {
    label: 'New client secret',
    stages: [
      { id: 'new-client-secret', role: 'button', names: list(WORDS.newClientSecret) },
      { id: 'add', role: 'button', names: list(WORDS.add), match: 'all' },
    ],
  },
  detect: ({ setup, secretPresent }) => secretPresent || !!setup.secretMeta,
};

export const publicClient: Step = {
  id: 'public-client',
  title: 'Allow public client flows',
  instructions: [
    'Open "Authentication" and scroll to "Advanced settings" (in "Authentication (Preview)", open the "Settings" tab).',
    'Set "Allow public client flows" to Yes (Enabled), then choose "Save".',
  ],
  blade: appSection('Authentication'),
  target: {
    label: 'Allow public client flows: Yes',
    stages: [
      { id: 'yes', role: 'radio', group: list(WORDS.publicClientFlows), names: list(WORDS.yes), match: 'all', index: 0 },
      // The new experience ("Authentication (Preview)"): a switch on its Settings tab.
      { id: 'public-client-switch', role: 'checkbox', names: list(WORDS.publicClientFlows) },
      { id: 'settings-tab', role: 'tab', names: list(WORDS.settings), match: 'all' },
      { id: 'save', role: 'button', names: list(WORDS.save), match: 'all' },
    ],
  },
  read: ['public-client'],
  detect: ({ facts }) => !!facts.publicClient?.on && facts.publicClient.saved,
};

function sameUri(a: string, b: string): boolean {
  const norm = (u: string) => u.trim().replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}

export const redirectUri: Step = {
  id: 'redirect-uri',
  title: 'Register the ServiceOps redirect URL',
  instructions: [
    'Open "Authentication" and choose "Add a platform" (in "Authentication (Preview)": "Add Redirect URI"), then "Web".',
    'Paste the Redirect URL that ServiceOps shows into "Redirect URIs" and choose "Configure".',
  ],
  blade: appSection('Authentication'),
  target: {
    label: 'Add a platform',
    stages: [
      { id: 'add-platform', role: 'button', names: list(WORDS.addPlatform) },
      // The new experience lists redirect URIs on its own tab, added with "Add Redirect URI".
      { id: 'add-redirect-uri', role: 'button', names: list(WORDS.addRedirectUri) },
      { id: 'web', role: 'button', names: list(WORDS.web), match: 'start' },
      { id: 'redirect-uri', role: 'textbox', names: list(WORDS.redirect) },
      { id: 'configure', role: 'button', names: list(WORDS.configure), match: 'all' },
      { id: 'redirect-tab', role: 'tab', names: list(WORDS.redirect) },
    ],
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
  title: string;
  resource: RequiredPermission['resource'];
  type: RequiredPermission['type'];
  names: string[];
  instructions: string[];
}): Step {
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
    title: opts.title,
    instructions: opts.instructions,
    blade: appSection('CallAnAPI'),
    target: {
      label: 'Add a permission',
      stages: [
        { id: 'add-permission', role: 'button', names: list(WORDS.addPermission) },
        ...resourceStages,
        opts.type === 'delegated'
          ? { id: 'delegated', role: 'radio', names: list(WORDS.delegated), index: 0 }
          : { id: 'application', role: 'radio', names: list(WORDS.application), index: 1 },
        ...opts.names.map((name): TargetStage => ({ id: `perm:${name}`, role: 'checkbox', names: [name.toLowerCase()], match: 'all' })),
        { id: 'add-permissions', role: 'button', names: list(WORDS.addPermissions) },
      ],
    },
    read: ['permissions'],
    detect: ({ facts }) => required.every((p) => hasPermission(facts, p)),
  };
}

export function consentStep(required: RequiredPermission[]): Step {
  return {
    id: 'admin-consent',
    title: 'Grant admin consent',
    instructions: [
      'On "API permissions", choose "Grant admin consent for <your organisation>" and confirm with Yes.',
      'Every permission\'s Status must read "Granted for <your organisation>".',
    ],
    warnings: [
      'Granting admin consent requires a Global Administrator (or Privileged Role Administrator). If the button is greyed out, ask one to do this step.',
    ],
    blade: appSection('CallAnAPI'),
    target: {
      label: 'Grant admin consent',
      stages: [
        { id: 'grant', role: 'button', names: list(WORDS.grantConsent) },
        { id: 'confirm', role: 'button', names: list(WORDS.yes), match: 'all' },
      ],
    },
    read: ['permissions'],
    detect: ({ facts }) => required.every((p) => hasPermission(facts, p, true)),
  };
}

export const enterpriseAppId: Step = {
  id: 'enterprise-app-id',
  title: 'Find the Enterprise application Object ID',
  instructions: [
    'On the app\'s Overview, follow "Managed application in local directory" (the app\'s name).',
    "The Enterprise application's Overview shows its Object ID; the helper reads it from there.",
  ],
  warnings: [
    "Exchange needs the Enterprise application (service principal) Object ID. The Object ID on the App registration's Overview is a different one: using it is a common cause of failed sign-ins.",
  ],
  blade: appSection('Overview'),
  target: { label: 'Managed application in local directory', stages: [{ id: 'managed-app', role: 'link', href: ENTERPRISE_APP_BLADE }] },
  detect: ({ setup }) => !!setup.spObjectId,
};

export const exchangeServicePrincipal: Step = {
  id: 'exchange-service-principal',
  title: 'Register the app in Exchange Online',
  instructions: [
    'Run the PowerShell below in an Exchange Online PowerShell session (module ExchangeOnlineManagement), as an Exchange administrator.',
    "It registers the app's service principal in Exchange and gives it access to the mailbox.",
  ],
  warnings: ["-ObjectId is the Enterprise application Object ID, not the App registration's Object ID."],
  powershell: 'service-principal',
};

export const exchangeRestrict: Step = {
  id: 'exchange-restrict',
  title: 'Restrict the app to the one mailbox',
  instructions: [
    'Application permissions reach every mailbox until you restrict them. RBAC for Applications limits the app to the mailbox ServiceOps reads.',
    'Run the PowerShell below; Test-ServicePrincipalAuthorization must list the roles as in scope for the mailbox.',
  ],
  warnings: ['New-ApplicationAccessPolicy is superseded by RBAC for Applications and does not cover IMAP/POP.'],
  powershell: 'restrict',
};

export interface GuidancePath {
  id: SetupPath;
  label: string;
  steps: Step[];
}
