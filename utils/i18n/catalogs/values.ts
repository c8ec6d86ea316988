/**
 * The checks of typed or captured values (utils/validation.ts) and where a value came from
 * (components/format.ts). How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    ignoring: ' (ignoring {removed})',
    clientRequired: "Required: the Application (client) ID from the app's Overview.",
    clientIsUrl: 'This is a web address; the Application (client) ID is a GUID like 00000000-0000-0000-0000-000000000000.',
    clientNotGuid: 'Not a GUID: the Application (client) ID has 32 hexadecimal digits in groups 8-4-4-4-12 (this has {count}).',
    clientIsMicrosoft: 'This is the ID of Microsoft\'s own "{api}" API, not of your app. Copy the Application (client) ID from your app\'s Overview.',
    looksRight: 'Looks right{ignoring}.',
    tenantRequired: "Required: the Directory (tenant) ID from the app's Overview.",
    tenantNotTenant: '"{value}" is not a tenant: ServiceOps needs your own Directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com.',
    tenantUrlPart: 'This is a web address; use only the tenant part of it: {tenant}',
    tenantIsUrl: "This is a web address; the Directory (tenant) ID is a GUID from the app's Overview.",
    tenantIsClient: "This is the client ID again. The Directory (tenant) ID is the other GUID in the Overview's Essentials.",
    tenantDomain: 'A domain: it will be resolved to the tenant GUID where ServiceOps needs one{ignoring}.',
    tenantInvalid: 'Not a tenant ID: use the Directory (tenant) GUID, or a verified domain such as contoso.onmicrosoft.com.',
    secretRequired: 'Required: the client secret Value, shown once right after you add the secret.',
    secretIsKnownId: 'This is the Secret ID, not the secret. Copy the Value column instead.',
    secretLooksLikeId: 'This looks like a Secret ID (a GUID), not the secret. Copy the Value column instead.',
    secretMasked:
      'This is the masked value the portal shows after you leave the page. It cannot be recovered: add a new client secret and copy its Value right away.',
    secretSpaces: 'A client secret contains no spaces or line breaks inside; check that you copied only the Value.',
    secretCutOff:
      'This has the shape of a current secret value but {length} characters instead of 40: it was cut off. Copy the whole Value again with its copy button.',
    secretExtra:
      'This has the shape of a current secret value but {length} characters instead of 40: it was pasted with something extra. Copy the whole Value again with its copy button.',
    secretLength: 'Unusual length ({length} characters): client secret values are 16–64 characters, current ones 40.',
    secretLooksRight: 'Looks like a client secret value{ignoring}.',
    secretUnusual: 'Does not have the usual shape of a current secret value (40 characters with "Q~"); older secrets differ{ignoring}.',
    expiryUnknown: 'Expiry not known: note the date shown in "Expires" when you create the secret, and plan its renewal.',
    expiryUnreadable: 'Could not read the expiry date "{text}".',
    expired: 'The secret expired on {date}. Add a new client secret and copy its Value.',
    expiresToday: 'The secret expires on {date}, in less than a day: ServiceOps stops reading mail then. Add a new secret soon.',
    expiresOneDay: 'The secret expires on {date}, in 1 day: ServiceOps stops reading mail then. Add a new secret soon.',
    expiresDays: 'The secret expires on {date}, in {days} days: ServiceOps stops reading mail then. Add a new secret soon.',
    validUntil: 'Valid until {date}.',

    typedHere: 'Typed or pasted here, {when}',
    capturedFrom: 'Captured from {detail}, {when}',
    secretLifetime: 'Kept in memory only, until the browser closes or {minutes} minutes unused; never saved to disk.',
    expiresOn: 'expires {date}',
  },
  de: {
    ignoring: ' ({removed} ignoriert)',
    clientRequired: 'Erforderlich: die Anwendungs-ID (Client) aus der Übersicht der App.',
    clientIsUrl: 'Das ist eine Webadresse; die Anwendungs-ID (Client) ist eine GUID wie 00000000-0000-0000-0000-000000000000.',
    clientNotGuid: 'Keine GUID: Die Anwendungs-ID (Client) hat 32 Hexadezimalziffern in Gruppen 8-4-4-4-12 (diese hat {count}).',
    clientIsMicrosoft:
      'Das ist die ID der Microsoft-eigenen API „{api}“, nicht die Ihrer App. Kopieren Sie die Anwendungs-ID (Client) aus der Übersicht Ihrer App.',
    looksRight: 'Sieht richtig aus{ignoring}.',
    tenantRequired: 'Erforderlich: die Verzeichnis-ID (Mandant) aus der Übersicht der App.',
    tenantNotTenant:
      '„{value}“ ist kein Mandant: ServiceOps braucht Ihre eigene Verzeichnis-ID (Mandant) oder eine verifizierte Domäne wie contoso.onmicrosoft.com.',
    tenantUrlPart: 'Das ist eine Webadresse; verwenden Sie nur ihren Mandantenteil: {tenant}',
    tenantIsUrl: 'Das ist eine Webadresse; die Verzeichnis-ID (Mandant) ist eine GUID aus der Übersicht der App.',
    tenantIsClient: 'Das ist noch einmal die Client-ID. Die Verzeichnis-ID (Mandant) ist die andere GUID unter „Zusammenfassung“ in der Übersicht.',
    tenantDomain: 'Eine Domäne: Sie wird zur Mandanten-GUID aufgelöst, wo ServiceOps eine braucht{ignoring}.',
    tenantInvalid: 'Keine Mandanten-ID: Verwenden Sie die GUID der Verzeichnis-ID (Mandant) oder eine verifizierte Domäne wie contoso.onmicrosoft.com.',
    secretRequired: 'Erforderlich: der Wert des geheimen Clientschlüssels, einmal angezeigt direkt nach dem Hinzufügen.',
    secretIsKnownId: 'Das ist die geheime ID, nicht der Schlüssel. Kopieren Sie stattdessen die Spalte „Wert“.',
    secretLooksLikeId: 'Das sieht wie eine geheime ID (eine GUID) aus, nicht wie der Schlüssel. Kopieren Sie stattdessen die Spalte „Wert“.',
    secretMasked:
      'Das ist der maskierte Wert, den das Portal zeigt, nachdem Sie die Seite verlassen haben. Er lässt sich nicht wiederherstellen: Fügen Sie einen neuen geheimen Clientschlüssel hinzu und kopieren Sie sofort seinen Wert.',
    secretSpaces: 'Ein geheimer Clientschlüssel enthält keine Leerzeichen oder Zeilenumbrüche; prüfen Sie, dass Sie nur den Wert kopiert haben.',
    secretCutOff:
      'Das hat die Form eines aktuellen Schlüsselwerts, aber {length} statt 40 Zeichen: Er wurde abgeschnitten. Kopieren Sie den ganzen Wert erneut mit seiner Kopierschaltfläche.',
    secretExtra:
      'Das hat die Form eines aktuellen Schlüsselwerts, aber {length} statt 40 Zeichen: Er wurde mit etwas Zusätzlichem eingefügt. Kopieren Sie den ganzen Wert erneut mit seiner Kopierschaltfläche.',
    secretLength: 'Ungewöhnliche Länge ({length} Zeichen): Werte geheimer Clientschlüssel haben 16–64 Zeichen, aktuelle 40.',
    secretLooksRight: 'Sieht wie der Wert eines geheimen Clientschlüssels aus{ignoring}.',
    secretUnusual: 'Hat nicht die übliche Form eines aktuellen Schlüsselwerts (40 Zeichen mit „Q~“); ältere Schlüssel weichen ab{ignoring}.',
    expiryUnknown: 'Ablauf unbekannt: Notieren Sie beim Erstellen des Schlüssels das unter „Läuft ab“ angezeigte Datum und planen Sie die Erneuerung.',
    expiryUnreadable: 'Das Ablaufdatum „{text}“ konnte nicht gelesen werden.',
    expired: 'Der Schlüssel ist am {date} abgelaufen. Fügen Sie einen neuen geheimen Clientschlüssel hinzu und kopieren Sie seinen Wert.',
    expiresToday:
      'Der Schlüssel läuft am {date} ab, in weniger als einem Tag: Dann liest ServiceOps keine Mail mehr. Fügen Sie bald einen neuen Schlüssel hinzu.',
    expiresOneDay: 'Der Schlüssel läuft am {date} ab, in 1 Tag: Dann liest ServiceOps keine Mail mehr. Fügen Sie bald einen neuen Schlüssel hinzu.',
    expiresDays: 'Der Schlüssel läuft am {date} ab, in {days} Tagen: Dann liest ServiceOps keine Mail mehr. Fügen Sie bald einen neuen Schlüssel hinzu.',
    validUntil: 'Gültig bis {date}.',

    typedHere: 'Hier eingegeben oder eingefügt, {when}',
    capturedFrom: 'Übernommen aus {detail}, {when}',
    secretLifetime: 'Nur im Arbeitsspeicher gehalten, bis der Browser schließt oder {minutes} Minuten ungenutzt; nie auf der Festplatte gespeichert.',
    expiresOn: 'läuft ab am {date}',
  },
});
