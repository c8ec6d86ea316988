/**
 * What the background answers a page (utils/background): why it refused a request, and where a
 * value came from (a provenance detail, written once when the value is captured and shown later
 * as "Captured from {detail}"). How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    // Refusals.
    missingSetup: 'That setup no longer exists.',
    requestRefused: 'The extension refused this request ({reason}).',
    unexpected: 'Unexpected error',
    checklistTopFrameOnly: 'Only the portal page itself shows the checklist.',
    pasteTopFrameOnly: 'Only the checklist on the portal page itself takes a paste.',
    reportTopFrameOnly: 'Only the checklist on the portal page itself can ask for a structure report.',
    framesUnreadable: 'The helper could not read the frames of this tab.',
    noTab: 'No tab.',
    stepNotInPath: 'That step is not part of this path.',
    noSidePanelTarget: 'No tab or window to open the side panel in.',
    noSidePanel: 'This browser cannot open the side panel from here: the checklist stays on the page.',
    rotationPageOnly: 'Only the rotation page can hand over a new secret.',
    createNothingChosen: 'Choose what to create first.',
    createOtherTenant: 'You signed in to another tenant than this setup’s: sign in to that tenant to finish it.',
    createRunning: 'A creation is running for this setup: wait for it to finish.',
    signInPageOnly: 'Only the sign-in page hands over a sign-in.',
    secretFirst: 'Enter the client secret Value first: the token check sends it to Microsoft, and only there.',

    // Where a value came from.
    fromBlade: '{blade} on {host}',
    bladeOverview: 'the Overview blade',
    bladeEnterpriseApp: 'the Enterprise application overview',
    bladeCertificates: 'Certificates & secrets',
    bladeCopyUnread: 'a copy the page did not let the helper read',
    fromRoute: 'the route of {detail}',
    enterpriseAppRoute: 'Enterprise application blade (route)',
    typedInPopup: 'Typed or pasted in the popup',
    pastedInChecklist: 'Pasted into the checklist on {host}',
    // These follow "Captured from" (values_capturedFrom) and also stand alone (a held secret's source).
    createdByGraph: 'Microsoft Graph (created by “Set it up for me”)',
    rotatedByGraph: 'Microsoft Graph (created by the rotation)',
    shownByServiceOps: 'ServiceOps at {origin}',
  },
  de: {
    missingSetup: 'Diese Einrichtung gibt es nicht mehr.',
    requestRefused: 'Die Erweiterung hat diese Anfrage abgelehnt ({reason}).',
    unexpected: 'Unerwarteter Fehler',
    checklistTopFrameOnly: 'Nur die Portalseite selbst zeigt die Checkliste.',
    pasteTopFrameOnly: 'Nur die Checkliste auf der Portalseite selbst nimmt eingefügte Werte an.',
    reportTopFrameOnly: 'Nur die Checkliste auf der Portalseite selbst kann einen Strukturbericht anfordern.',
    framesUnreadable: 'Der Helfer konnte die Frames dieses Tabs nicht lesen.',
    noTab: 'Kein Tab.',
    stepNotInPath: 'Dieser Schritt gehört nicht zu diesem Weg.',
    noSidePanelTarget: 'Kein Tab und kein Fenster, in dem sich die Seitenleiste öffnen ließe.',
    noSidePanel: 'Dieser Browser kann die Seitenleiste von hier aus nicht öffnen: Die Checkliste bleibt auf der Seite.',
    rotationPageOnly: 'Nur die Seite zum Erneuern des Schlüssels kann einen neuen Schlüssel übergeben.',
    createNothingChosen: 'Wählen Sie zuerst, was erstellt werden soll.',
    createOtherTenant:
      'Sie haben sich bei einem anderen Mandanten angemeldet als dem dieser Einrichtung: Melden Sie sich bei deren Mandanten an, um sie fertigzustellen.',
    createRunning: 'Für diese Einrichtung läuft gerade eine Erstellung: Warten Sie, bis sie abgeschlossen ist.',
    signInPageOnly: 'Nur die Anmeldeseite übergibt eine Anmeldung.',
    secretFirst: 'Geben Sie zuerst den Wert des geheimen Clientschlüssels ein: Die Tokenprüfung sendet ihn an Microsoft, und nur dorthin.',

    // A portal place follows "Übernommen aus" (values_capturedFrom): dative. The others read alone too (a held secret's source).
    fromBlade: '{blade} auf {host}',
    bladeOverview: 'der Übersicht der App',
    bladeEnterpriseApp: 'der Übersicht der Unternehmensanwendung',
    bladeCertificates: '„Zertifikate & Geheimnisse“',
    bladeCopyUnread: 'einer für den Helfer nicht lesbaren Kopie',
    fromRoute: '{detail} (Seitenadresse)',
    enterpriseAppRoute: 'der Seitenadresse der Unternehmensanwendung',
    typedInPopup: 'Im Popup eingegeben oder eingefügt',
    pastedInChecklist: 'In die Checkliste auf {host} eingefügt',
    createdByGraph: 'Microsoft Graph (mit „Für mich einrichten“ erstellt)',
    rotatedByGraph: 'Microsoft Graph (beim Erneuern erstellt)',
    shownByServiceOps: 'ServiceOps unter {origin}',
  },
});
