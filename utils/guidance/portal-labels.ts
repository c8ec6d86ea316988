/**
 * The Azure portal's own labels as the admin sees them, in the portal page's language (its
 * `<html lang>`), independent of the browser's UI language: an instruction written in the admin's
 * language quotes "Neuer geheimer Clientschlüssel" on a German portal and "New client secret" on an
 * English one, so the words on the card are the words on the screen. The same seven languages as the
 * readers' fragments in `vocabulary.ts` (docs/portal-facts.md, "Labels"); any other language quotes
 * the English label.
 */

export const PORTAL_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

type Label = Record<PortalLanguage, string>;

/** `{org}` stands for the tenant's name where the portal shows it. */
const LABELS = {
  appRegistrations: {
    en: 'App registrations',
    de: 'App-Registrierungen',
    fr: "Inscriptions d'applications",
    es: 'Registros de aplicaciones',
    it: 'Registrazioni app',
    pt: 'Registros de aplicativo',
    nl: 'App-registraties',
  },
  newRegistration: {
    en: 'New registration',
    de: 'Neue Registrierung',
    fr: 'Nouvelle inscription',
    es: 'Nuevo registro',
    it: 'Nuova registrazione',
    pt: 'Novo registro',
    nl: 'Nieuwe registratie',
  },
  supportedAccountTypes: {
    en: 'Supported account types',
    de: 'Unterstützte Kontotypen',
    fr: 'Types de comptes pris en charge',
    es: 'Tipos de cuenta compatibles',
    it: 'Tipi di account supportati',
    pt: 'Tipos de conta com suporte',
    nl: 'Ondersteunde accounttypen',
  },
  singleTenant: {
    en: 'Accounts in this organizational directory only',
    de: 'Nur Konten in diesem Organisationsverzeichnis',
    fr: "Comptes dans cet annuaire d'organisation uniquement",
    es: 'Solo cuentas de este directorio organizativo',
    it: "Solo account in questa directory dell'organizzazione",
    pt: 'Somente contas deste diretório organizacional',
    nl: 'Alleen accounts in deze organisatiemap',
  },
  redirectUriOptional: {
    en: 'Redirect URI (optional)',
    de: 'Umleitungs-URI (optional)',
    fr: 'URI de redirection (facultatif)',
    es: 'URI de redirección (opcional)',
    it: 'URI di reindirizzamento (facoltativo)',
    pt: 'URI de Redirecionamento (opcional)',
    nl: 'Omleidings-URI (optioneel)',
  },
  register: { en: 'Register', de: 'Registrieren', fr: "S'inscrire", es: 'Registrar', it: 'Registra', pt: 'Registrar', nl: 'Registreren' },
  overview: { en: 'Overview', de: 'Übersicht', fr: "Vue d'ensemble", es: 'Información general', it: 'Panoramica', pt: 'Visão geral', nl: 'Overzicht' },
  clientId: {
    en: 'Application (client) ID',
    de: 'Anwendungs-ID (Client)',
    fr: "ID d'application (client)",
    es: 'Id. de aplicación (cliente)',
    it: 'ID applicazione (client)',
    pt: 'ID do aplicativo (cliente)',
    nl: 'Toepassings-id (client)',
  },
  tenantId: {
    en: 'Directory (tenant) ID',
    de: 'Verzeichnis-ID (Mandant)',
    fr: "ID de l'annuaire (locataire)",
    es: 'Id. de directorio (inquilino)',
    it: 'ID della directory (tenant)',
    pt: 'ID do diretório (locatário)',
    nl: 'Map-id (tenant)',
  },
  certificatesSecrets: {
    en: 'Certificates & secrets',
    de: 'Zertifikate & Geheimnisse',
    fr: 'Certificats & secrets',
    es: 'Certificados y secretos',
    it: 'Certificati e segreti',
    pt: 'Certificados e segredos',
    nl: 'Certificaten en geheimen',
  },
  clientSecrets: {
    en: 'Client secrets',
    de: 'Geheime Clientschlüssel',
    fr: 'Secrets client',
    es: 'Secretos de cliente',
    it: 'Segreti client',
    pt: 'Segredos do cliente',
    nl: 'Clientgeheimen',
  },
  newClientSecret: {
    en: 'New client secret',
    de: 'Neuer geheimer Clientschlüssel',
    fr: 'Nouveau secret client',
    es: 'Nuevo secreto de cliente',
    it: 'Nuovo segreto client',
    pt: 'Novo segredo do cliente',
    nl: 'Nieuw clientgeheim',
  },
  add: { en: 'Add', de: 'Hinzufügen', fr: 'Ajouter', es: 'Agregar', it: 'Aggiungi', pt: 'Adicionar', nl: 'Toevoegen' },
  value: { en: 'Value', de: 'Wert', fr: 'Valeur', es: 'Valor', it: 'Valore', pt: 'Valor', nl: 'Waarde' },
  secretId: { en: 'Secret ID', de: 'Geheime ID', fr: 'ID de secret', es: 'Id. de secreto', it: 'ID segreto', pt: 'ID secreto', nl: 'Geheim-id' },
  authentication: {
    en: 'Authentication',
    de: 'Authentifizierung',
    fr: 'Authentification',
    es: 'Autenticación',
    it: 'Autenticazione',
    pt: 'Autenticação',
    nl: 'Verificatie',
  },
  authenticationPreview: {
    en: 'Authentication (Preview)',
    de: 'Authentifizierung (Vorschau)',
    fr: 'Authentification (préversion)',
    es: 'Autenticación (versión preliminar)',
    it: 'Autenticazione (anteprima)',
    pt: 'Autenticação (versão prévia)',
    nl: 'Verificatie (preview)',
  },
  advancedSettings: {
    en: 'Advanced settings',
    de: 'Erweiterte Einstellungen',
    fr: 'Paramètres avancés',
    es: 'Configuración avanzada',
    it: 'Impostazioni avanzate',
    pt: 'Configurações avançadas',
    nl: 'Geavanceerde instellingen',
  },
  settings: {
    en: 'Settings',
    de: 'Einstellungen',
    fr: 'Paramètres',
    es: 'Configuración',
    it: 'Impostazioni',
    pt: 'Configurações',
    nl: 'Instellingen',
  },
  allowPublicClientFlows: {
    en: 'Allow public client flows',
    de: 'Öffentliche Clientflows zulassen',
    fr: 'Autoriser les flux de clients publics',
    es: 'Permitir flujos de clientes públicos',
    it: 'Consenti flussi client pubblici',
    pt: 'Permitir fluxos de clientes públicos',
    nl: 'Openbare clientstromen toestaan',
  },
  yes: { en: 'Yes', de: 'Ja', fr: 'Oui', es: 'Sí', it: 'Sì', pt: 'Sim', nl: 'Ja' },
  save: { en: 'Save', de: 'Speichern', fr: 'Enregistrer', es: 'Guardar', it: 'Salva', pt: 'Salvar', nl: 'Opslaan' },
  addPlatform: {
    en: 'Add a platform',
    de: 'Plattform hinzufügen',
    fr: 'Ajouter une plateforme',
    es: 'Agregar una plataforma',
    it: 'Aggiungi una piattaforma',
    pt: 'Adicionar uma plataforma',
    nl: 'Een platform toevoegen',
  },
  addRedirectUri: {
    en: 'Add Redirect URI',
    de: 'Umleitungs-URI hinzufügen',
    fr: 'Ajouter un URI de redirection',
    es: 'Agregar URI de redirección',
    it: 'Aggiungi URI di reindirizzamento',
    pt: 'Adicionar URI de redirecionamento',
    nl: 'Omleidings-URI toevoegen',
  },
  web: { en: 'Web', de: 'Web', fr: 'Web', es: 'Web', it: 'Web', pt: 'Web', nl: 'Web' },
  redirectUris: {
    en: 'Redirect URIs',
    de: 'Umleitungs-URIs',
    fr: 'URI de redirection',
    es: 'URI de redirección',
    it: 'URI di reindirizzamento',
    pt: 'URIs de Redirecionamento',
    nl: "Omleidings-URI's",
  },
  configure: { en: 'Configure', de: 'Konfigurieren', fr: 'Configurer', es: 'Configurar', it: 'Configura', pt: 'Configurar', nl: 'Configureren' },
  apiPermissions: {
    en: 'API permissions',
    de: 'API-Berechtigungen',
    fr: "Autorisations d'API",
    es: 'Permisos de API',
    it: 'Autorizzazioni API',
    pt: 'Permissões de APIs',
    nl: 'API-machtigingen',
  },
  addPermission: {
    en: 'Add a permission',
    de: 'Berechtigung hinzufügen',
    fr: 'Ajouter une autorisation',
    es: 'Agregar un permiso',
    it: "Aggiungi un'autorizzazione",
    pt: 'Adicionar uma permissão',
    nl: 'Een machtiging toevoegen',
  },
  microsoftGraph: {
    en: 'Microsoft Graph',
    de: 'Microsoft Graph',
    fr: 'Microsoft Graph',
    es: 'Microsoft Graph',
    it: 'Microsoft Graph',
    pt: 'Microsoft Graph',
    nl: 'Microsoft Graph',
  },
  exchangeOnline: {
    en: 'Office 365 Exchange Online',
    de: 'Office 365 Exchange Online',
    fr: 'Office 365 Exchange Online',
    es: 'Office 365 Exchange Online',
    it: 'Office 365 Exchange Online',
    pt: 'Office 365 Exchange Online',
    nl: 'Office 365 Exchange Online',
  },
  orgApis: {
    en: 'APIs my organization uses',
    de: 'Von meiner Organisation verwendete APIs',
    fr: 'API utilisées par mon organisation',
    es: 'API que usa mi organización',
    it: "API usate dall'organizzazione",
    pt: 'APIs que minha organização usa',
    nl: "API's die mijn organisatie gebruikt",
  },
  delegatedPermissions: {
    en: 'Delegated permissions',
    de: 'Delegierte Berechtigungen',
    fr: 'Autorisations déléguées',
    es: 'Permisos delegados',
    it: 'Autorizzazioni delegate',
    pt: 'Permissões delegadas',
    nl: 'Gedelegeerde machtigingen',
  },
  applicationPermissions: {
    en: 'Application permissions',
    de: 'Anwendungsberechtigungen',
    fr: "Autorisations d'application",
    es: 'Permisos de aplicación',
    it: "Autorizzazioni dell'applicazione",
    pt: 'Permissões de aplicativo',
    nl: 'Toepassingsmachtigingen',
  },
  addPermissions: {
    en: 'Add permissions',
    de: 'Berechtigungen hinzufügen',
    fr: 'Ajouter des autorisations',
    es: 'Agregar permisos',
    it: 'Aggiungi autorizzazioni',
    pt: 'Adicionar permissões',
    nl: 'Machtigingen toevoegen',
  },
  grantConsent: {
    en: 'Grant admin consent for {org}',
    de: 'Administratorzustimmung für {org} erteilen',
    fr: "Accorder un consentement d'administrateur pour {org}",
    es: 'Conceder consentimiento de administrador para {org}',
    it: "Concedi il consenso dell'amministratore per {org}",
    pt: 'Conceder consentimento do administrador para {org}',
    nl: 'Beheerderstoestemming verlenen voor {org}',
  },
  grantedFor: {
    en: 'Granted for {org}',
    de: 'Gewährt für {org}',
    fr: 'Accordé pour {org}',
    es: 'Concedido para {org}',
    it: 'Concesso per {org}',
    pt: 'Concedido para {org}',
    nl: 'Verleend voor {org}',
  },
  managedApplication: {
    en: 'Managed application in local directory',
    de: 'Verwaltete Anwendung in lokalem Verzeichnis',
    fr: "Application managée dans l'annuaire local",
    es: 'Aplicación administrada en directorio local',
    it: 'Applicazione gestita nella directory locale',
    pt: 'Aplicativo gerenciado no diretório local',
    nl: 'Beheerde toepassing in lokale map',
  },
} satisfies Record<string, Label>;

export type PortalLabel = keyof typeof LABELS;

/** The portal's labels in one language, `{org}` filled in. */
export type PortalWords = Record<PortalLabel, string>;

/** The page's `lang` (`de`, `de-DE`, `pt-br`, empty) as one of the portal languages; English otherwise. */
export function portalLanguage(lang: string | undefined): PortalLanguage {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return PORTAL_LANGUAGES.find((l) => l === primary) ?? 'en';
}

export function portalWords(lang: PortalLanguage, org: string): PortalWords {
  const out = {} as PortalWords;
  for (const key of Object.keys(LABELS) as PortalLabel[]) out[key] = LABELS[key][lang].replace('{org}', org);
  return out;
}
