/** The options page. How to add a string: utils/i18n/define.ts. */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    title: '{name} — Options',

    serviceOpsHeading: 'Where ServiceOps lives',
    serviceOpsIntro:
      'Add the address you open ServiceOps at (self-hosted or cloud). The extension asks for access to exactly that site and fills forms nowhere else. Only https addresses are accepted.',
    serviceOpsUrl: 'ServiceOps URL',
    add: 'Add',
    addresses: 'ServiceOps addresses',
    none: 'None yet.',
    managed: ' · Managed by your organization',
    statusActive: 'Access granted',
    statusRevoked: 'Access was removed (in the browser’s site settings): the extension cannot fill forms here until you grant it again.',
    statusNeedsGrant: 'Access not granted yet: click Grant access.',
    grantAccess: 'Grant access',
    grantAccessTo: 'Grant access to {origin}',
    remove: 'Remove',
    removeOrigin: 'Remove {origin}',
    policyRejected: 'Your organization’s policy lists addresses that are not https and were ignored: {origins}',
    invalidAddress: 'Not a valid address.',
    // What the ServiceOps URL field refuses (utils/schemas.ts).
    notWebAddress: 'This is not a web address. Enter the address you open ServiceOps at, e.g. https://servicedesk.example.com',
    httpsOnly: 'ServiceOps must be reached over https; {scheme} would expose the client secret on the network.',
    noCredentials: 'Remove the user name and password from the address.',
    browserRefused: 'The browser refused to ask for access to {origin}: {reason}',
    notGranted: 'Access to {origin} was not granted, so the extension cannot fill forms there.',
    added: 'Added {origin}. Open its "Add Incoming Email Server" form and use the popup (or the button the extension adds to the form) to fill it.',
    granted: 'Access to {origin} granted.',
    removed: 'Removed {origin}.',
    required: '{origin} is required by this build and cannot be removed.',

    secretHeading: 'Client secret lifetime',
    secretIntro: 'The client secret is held in memory only (never written to disk) and is gone when the browser closes.',
    idleMinutes: 'Forget the secret after this many minutes unused',
    minutesInvalid: 'Enter a whole number of minutes from 1 to 1440 (24 hours).',
    keepAfterFill: 'Keep the secret after a successful fill (for several ServiceOps servers)',
    saved: 'Saved.',

    signInHeading: 'Sign-in app for the configuration audit',
    signInIntro:
      'The audit signs you in with Microsoft and reads the app\'s configuration through Microsoft Graph. It needs an app registration of your organisation: platform "Single-page application" with the redirect URI {redirect}, and the delegated Microsoft Graph permissions Application.Read.All and Directory.Read.All.',
    signInManaged: "Set by your organisation's policy: {clientId}",
    signInClientId: 'Sign-in app (client) ID',
    save: 'Save',
    signInCleared: 'Cleared. The configuration audit is off until a sign-in app is set.',
    signInSaved: 'Saved. The popup\'s "Configuration audit" signs in with this app.',
  },
  de: {
    title: '{name} – Optionen',

    serviceOpsHeading: 'Wo ServiceOps läuft',
    serviceOpsIntro:
      'Fügen Sie die Adresse hinzu, unter der Sie ServiceOps öffnen (selbst gehostet oder Cloud). Die Erweiterung bittet um Zugriff auf genau diese Website und füllt nirgendwo sonst Formulare aus. Nur https-Adressen werden akzeptiert.',
    serviceOpsUrl: 'ServiceOps-URL',
    add: 'Hinzufügen',
    addresses: 'ServiceOps-Adressen',
    none: 'Noch keine.',
    managed: ' · Von Ihrer Organisation verwaltet',
    statusActive: 'Zugriff gewährt',
    statusRevoked:
      'Der Zugriff wurde entfernt (in den Website-Einstellungen des Browsers): Die Erweiterung kann hier keine Formulare ausfüllen, bis Sie ihn erneut gewähren.',
    statusNeedsGrant: 'Zugriff noch nicht gewährt: Klicken Sie auf „Zugriff gewähren“.',
    grantAccess: 'Zugriff gewähren',
    grantAccessTo: 'Zugriff auf {origin} gewähren',
    remove: 'Entfernen',
    removeOrigin: '{origin} entfernen',
    policyRejected: 'Die Richtlinie Ihrer Organisation nennt Adressen, die nicht https sind und ignoriert wurden: {origins}',
    invalidAddress: 'Keine gültige Adresse.',
    notWebAddress: 'Das ist keine Webadresse. Geben Sie die Adresse ein, unter der Sie ServiceOps öffnen, z. B. https://servicedesk.example.com',
    httpsOnly: 'ServiceOps muss über https erreicht werden; {scheme} würde den geheimen Clientschlüssel im Netzwerk offenlegen.',
    noCredentials: 'Entfernen Sie Benutzername und Kennwort aus der Adresse.',
    browserRefused: 'Der Browser hat sich geweigert, um Zugriff auf {origin} zu bitten: {reason}',
    notGranted: 'Der Zugriff auf {origin} wurde nicht gewährt, daher kann die Erweiterung dort keine Formulare ausfüllen.',
    added:
      '{origin} hinzugefügt. Öffnen Sie dort das Formular „Add Incoming Email Server“ und füllen Sie es über das Popup (oder die Schaltfläche, die die Erweiterung dem Formular hinzufügt) aus.',
    granted: 'Zugriff auf {origin} gewährt.',
    removed: '{origin} entfernt.',
    required: '{origin} wird von diesem Build benötigt und kann nicht entfernt werden.',

    secretHeading: 'Lebensdauer des geheimen Clientschlüssels',
    secretIntro:
      'Der geheime Clientschlüssel wird nur im Arbeitsspeicher gehalten (nie auf die Festplatte geschrieben) und ist weg, sobald der Browser schließt.',
    idleMinutes: 'Schlüssel nach so vielen Minuten ohne Nutzung vergessen',
    minutesInvalid: 'Geben Sie eine ganze Zahl von Minuten zwischen 1 und 1440 (24 Stunden) ein.',
    keepAfterFill: 'Schlüssel nach erfolgreichem Ausfüllen behalten (für mehrere ServiceOps-Server)',
    saved: 'Gespeichert.',

    signInHeading: 'Anmelde-App für die Konfigurationsprüfung',
    signInIntro:
      'Die Prüfung meldet Sie bei Microsoft an und liest die Konfiguration der App über Microsoft Graph. Sie braucht eine App-Registrierung Ihrer Organisation: Plattform „Single-Page-Anwendung“ mit dem Umleitungs-URI {redirect} und den delegierten Microsoft Graph-Berechtigungen Application.Read.All und Directory.Read.All.',
    signInManaged: 'Von der Richtlinie Ihrer Organisation festgelegt: {clientId}',
    signInClientId: 'Anmelde-App-ID (Client)',
    save: 'Speichern',
    signInCleared: 'Gelöscht. Die Konfigurationsprüfung ist aus, bis eine Anmelde-App festgelegt ist.',
    signInSaved: 'Gespeichert. Die „Konfigurationsprüfung“ im Popup meldet sich mit dieser App an.',
  },
});
