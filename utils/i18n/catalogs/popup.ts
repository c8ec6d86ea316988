/**
 * The popup: its header, the values form, the checks panel and the end-of-EWS notice.
 * How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    setup: 'Setup: {name}',
    noSetup: 'No app captured yet: open your app in the Azure portal, or type the values.',

    clientId: 'Application (client) ID',
    tenantId: 'Directory (tenant) ID',
    tenantPlaceholder: 'GUID or contoso.onmicrosoft.com',
    whichTenant: 'Which is the tenant ID?',
    tenantCandidates: 'The Overview showed these IDs and Microsoft could not be asked which one is the tenant. Pick the Directory (tenant) ID:',
    clientSecret: 'Client secret',
    show: 'Show',
    hide: 'Hide',
    secretExpires: 'Secret expires: {expires}. {meaning}',
    secretLifetime: 'It was created for about {days} days; {recommended} days or less is recommended.',
    secretMasked:
      'The portal now shows this app\'s client secret masked: a masked value cannot be used or recovered. Add a new client secret on "Certificates & secrets"; its Value is captured as soon as it appears.',
    secretIdCopied: 'You copied the Secret ID (a GUID). That is not the secret: the secret is the Value, the other column next to it.',
    spObjectId: 'Enterprise application Object ID',
    spObjectIdHelp: 'For New-ServicePrincipal -ObjectId (MAPI/EWS): open "Managed application in local directory" on the app\'s Overview.',
    spIsAppObjectId:
      'This is the App registration\'s Object ID. New-ServicePrincipal needs the Enterprise application\'s Object ID: open "Managed application in local directory" on the Overview.',
    spIsClientId: "This is the client ID. Use the Object ID shown on the Enterprise application's overview.",

    checks: 'Checks',
    runChecks: 'Run checks',
    check: 'Check',
    cancel: 'Cancel',
    secretExpiry: 'Secret expiry: {meaning}',
    tenantExists: 'Tenant exists',
    checkTenant: 'Check the tenant',
    tenantProgress: 'Asking Microsoft about the tenant…',
    secretWorks: 'Secret works',
    checkSecret: 'Check the secret with a token request',
    tokenProgress: 'Requesting a token from Microsoft with these values…',
    audit: 'Configuration audit',
    auditNeedsApp: 'Needs a sign-in app: set "Sign-in app (client) ID" in the options.',
    options: 'Options',
    signIn: 'Sign in…',
    signInAudit: 'Sign in and audit the configuration',
    neverBlocks: 'Checks never block filling: you may fill ServiceOps anyway.',
    stale: 'Checked with earlier values: run it again.',

    ewsLabel: 'End of EWS',
    ewsMeaning: 'What this means',
    ewsMeaningCheck: 'What this means and what to check',
    ewsCheckIntro: 'Check the tenant in Exchange Online PowerShell. {hint}',
    ewsCheckLabel: 'PowerShell to check EWS',
  },
  de: {
    setup: 'Einrichtung: {name}',
    noSetup: 'Noch keine App übernommen: Öffnen Sie Ihre App im Azure-Portal oder geben Sie die Werte ein.',

    clientId: 'Anwendungs-ID (Client)',
    tenantId: 'Verzeichnis-ID (Mandant)',
    tenantPlaceholder: 'GUID oder contoso.onmicrosoft.com',
    whichTenant: 'Welche ist die Mandanten-ID?',
    tenantCandidates:
      'Die Übersicht zeigte diese IDs, und Microsoft konnte nicht gefragt werden, welche der Mandant ist. Wählen Sie die Verzeichnis-ID (Mandant):',
    clientSecret: 'Geheimer Clientschlüssel',
    show: 'Anzeigen',
    hide: 'Verbergen',
    secretExpires: 'Der Schlüssel läuft ab: {expires}. {meaning}',
    secretLifetime: 'Er wurde für etwa {days} Tage erstellt; empfohlen sind {recommended} Tage oder weniger.',
    secretMasked:
      'Das Portal zeigt den geheimen Clientschlüssel dieser App jetzt maskiert: Ein maskierter Wert lässt sich weder verwenden noch wiederherstellen. Fügen Sie unter „Zertifikate & Geheimnisse“ einen neuen geheimen Clientschlüssel hinzu; sein Wert wird übernommen, sobald er erscheint.',
    secretIdCopied: 'Sie haben die geheime ID (eine GUID) kopiert. Das ist nicht der Schlüssel: Der Schlüssel ist der Wert, die andere Spalte daneben.',
    spObjectId: 'Objekt-ID der Unternehmensanwendung',
    spObjectIdHelp: 'Für New-ServicePrincipal -ObjectId (MAPI/EWS): Öffnen Sie „Verwaltete Anwendung in lokalem Verzeichnis“ in der Übersicht der App.',
    spIsAppObjectId:
      'Das ist die Objekt-ID der App-Registrierung. New-ServicePrincipal braucht die Objekt-ID der Unternehmensanwendung: Öffnen Sie „Verwaltete Anwendung in lokalem Verzeichnis“ in der Übersicht.',
    spIsClientId: 'Das ist die Client-ID. Verwenden Sie die Objekt-ID aus der Übersicht der Unternehmensanwendung.',

    checks: 'Prüfungen',
    runChecks: 'Prüfungen ausführen',
    check: 'Prüfen',
    cancel: 'Abbrechen',
    secretExpiry: 'Ablauf des Schlüssels: {meaning}',
    tenantExists: 'Mandant existiert',
    checkTenant: 'Mandanten prüfen',
    tenantProgress: 'Microsoft wird zum Mandanten befragt…',
    secretWorks: 'Schlüssel funktioniert',
    checkSecret: 'Schlüssel mit einer Tokenanforderung prüfen',
    tokenProgress: 'Token wird mit diesen Werten bei Microsoft angefordert…',
    audit: 'Konfigurationsprüfung',
    auditNeedsApp: 'Braucht eine Anmelde-App: Legen Sie „Anmelde-App-ID (Client)“ in den Optionen fest.',
    options: 'Optionen',
    signIn: 'Anmelden…',
    signInAudit: 'Anmelden und die Konfiguration prüfen',
    neverBlocks: 'Prüfungen blockieren das Ausfüllen nie: Sie können ServiceOps trotzdem ausfüllen.',
    stale: 'Mit früheren Werten geprüft: Führen Sie die Prüfung erneut aus.',

    ewsLabel: 'Ende von EWS',
    ewsMeaning: 'Was das bedeutet',
    ewsMeaningCheck: 'Was das bedeutet und was zu prüfen ist',
    ewsCheckIntro: 'Prüfen Sie den Mandanten in Exchange Online PowerShell. {hint}',
    ewsCheckLabel: 'PowerShell zum Prüfen von EWS',
  },
});
