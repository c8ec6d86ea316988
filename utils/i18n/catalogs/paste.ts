/**
 * What the checklist says about a value pasted into it (utils/paste-classify.ts). Field names are
 * whole phrases ({fields}: one name, or two joined by "or"), so no sentence depends on an article.
 * How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    clientId: 'Application (client) ID',
    tenantId: 'Directory (tenant) ID',
    secret: 'client secret value',
    spObjectId: 'Enterprise application Object ID',
    or: '{first} or {second}',
    tooLong: 'That is far longer than an ID or a secret: copy just the value, with its copy button.',
    empty: 'The clipboard held no text. Copy the value in the portal (its copy button), then paste here.',
    secretId: 'That is the Secret ID, not the secret: copy the Value column.',
    clientIdNotSecret: 'That is the Application (client) ID, a GUID, not the secret: copy the Value column of the new client secret.',
    tenantIdNotSecret: 'That is the tenant ID, a GUID, not the secret: copy the Value column of the new client secret.',
    secretIdNotSecret: 'That is the Secret ID, a GUID, not the secret: copy the Value column of the new client secret.',
    nothing: 'This step has nothing to paste.',
    same: 'The helper already has this value ({field}).',
    appObjectIdForSp:
      'That is the App registration\'s Object ID. Exchange needs the Enterprise application\'s: open "Managed application in local directory" and copy the Object ID there.',
    appObjectId: "That is the app's Object ID, not its client ID or tenant ID.",
    clientIdElsewhere: 'That is the Application (client) ID; this step asks for: {fields}.',
    otherApp: "That is not this app's Application (client) ID (the portal's address names another one).",
    secretCaptured: 'Client secret captured ({length} characters).',
    secretElsewhere: 'That looks like a client secret value, but this step asks for: {fields}.',
    webAddress: 'That is a web address. Copy just the value ({fields}) with its copy button.',
    secretSpaces: 'A client secret contains no spaces or line breaks: copy only the Value, with its copy button.',
    notThat: 'That is not what this step asks for ({fields}). Copy the value in the portal with its copy button, then paste here.',
    captured: 'Captured: {field}.',
    which: 'Which one did you copy? These look alike: {fields}.',
    replace: 'The helper already has another value ({fields}). Replace it with the one you pasted?',
    // The background's refusals of a paste it checked against the setups and Microsoft.
    otherAppPage: 'This page shows another app than the setup in the checklist: open this app in the popup first, or go back to its own blades.',
    notATenant: 'No Microsoft Entra tenant has this ID: it is probably an Object ID. Copy the Directory (tenant) ID from the Overview.',
    clientIdTaken: 'Another setup already holds this Application (client) ID: choose that setup in the popup.',
  },
  de: {
    clientId: 'Anwendungs-ID (Client)',
    tenantId: 'Verzeichnis-ID (Mandant)',
    secret: 'Wert des geheimen Clientschlüssels',
    spObjectId: 'Objekt-ID der Unternehmensanwendung',
    or: '{first} oder {second}',
    tooLong: 'Das ist viel länger als eine ID oder ein Schlüssel: Kopieren Sie nur den Wert, mit seiner Kopierschaltfläche.',
    empty: 'Die Zwischenablage enthielt keinen Text. Kopieren Sie den Wert im Portal (seine Kopierschaltfläche) und fügen Sie ihn dann hier ein.',
    secretId: 'Das ist die geheime ID, nicht der Schlüssel: Kopieren Sie die Spalte „Wert“.',
    clientIdNotSecret:
      'Das ist die Anwendungs-ID (Client), eine GUID, nicht der Schlüssel: Kopieren Sie die Spalte „Wert“ des neuen geheimen Clientschlüssels.',
    tenantIdNotSecret: 'Das ist die Mandanten-ID, eine GUID, nicht der Schlüssel: Kopieren Sie die Spalte „Wert“ des neuen geheimen Clientschlüssels.',
    secretIdNotSecret: 'Das ist die geheime ID, eine GUID, nicht der Schlüssel: Kopieren Sie die Spalte „Wert“ des neuen geheimen Clientschlüssels.',
    nothing: 'In diesem Schritt gibt es nichts einzufügen.',
    same: 'Der Helfer hat diesen Wert bereits ({field}).',
    appObjectIdForSp:
      'Das ist die Objekt-ID der App-Registrierung. Exchange braucht die der Unternehmensanwendung: Öffnen Sie „Verwaltete Anwendung in lokalem Verzeichnis“ und kopieren Sie dort die Objekt-ID.',
    appObjectId: 'Das ist die Objekt-ID der App, nicht ihre Client- oder Mandanten-ID.',
    clientIdElsewhere: 'Das ist die Anwendungs-ID (Client); dieser Schritt fragt nach: {fields}.',
    otherApp: 'Das ist nicht die Anwendungs-ID (Client) dieser App (die Adresse des Portals nennt eine andere).',
    secretCaptured: 'Geheimer Clientschlüssel übernommen ({length} Zeichen).',
    secretElsewhere: 'Das sieht wie der Wert eines geheimen Clientschlüssels aus, aber dieser Schritt fragt nach: {fields}.',
    webAddress: 'Das ist eine Webadresse. Kopieren Sie nur den Wert ({fields}) mit seiner Kopierschaltfläche.',
    secretSpaces: 'Ein geheimer Clientschlüssel enthält keine Leerzeichen oder Zeilenumbrüche: Kopieren Sie nur den Wert, mit seiner Kopierschaltfläche.',
    notThat:
      'Das ist nicht, wonach dieser Schritt fragt ({fields}). Kopieren Sie den Wert im Portal mit seiner Kopierschaltfläche und fügen Sie ihn dann hier ein.',
    captured: 'Übernommen: {field}.',
    which: 'Welchen haben Sie kopiert? Diese sehen gleich aus: {fields}.',
    replace: 'Der Helfer hat bereits einen anderen Wert ({fields}). Durch den eingefügten ersetzen?',
    otherAppPage:
      'Diese Seite zeigt eine andere App als die der Einrichtung in der Checkliste: Öffnen Sie zuerst diese App im Popup oder kehren Sie zu den Seiten der App der Einrichtung zurück.',
    notATenant: 'Kein Microsoft Entra-Mandant hat diese ID: Es ist wahrscheinlich eine Objekt-ID. Kopieren Sie die Verzeichnis-ID (Mandant) aus der Übersicht.',
    clientIdTaken: 'Eine andere Einrichtung hat bereits diese Anwendungs-ID (Client): Wählen Sie diese Einrichtung im Popup.',
  },
});
