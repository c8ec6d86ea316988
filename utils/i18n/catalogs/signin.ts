/** UI strings of the sign-in page's configuration audit (how to add one: utils/i18n/define.ts). */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    stageSigningIn: 'Signing in with Microsoft (a Microsoft window opens)…',
    stageReading: 'Reading the app registration, its service principal and its consent from Microsoft Graph…',
    title: 'Configuration audit',
    intro:
      "Signs you in with Microsoft and reads, with read-only permissions, how the app is configured. Nothing is changed, and the sign-in token is kept in this page's memory only.",
    setupGone: 'That setup no longer exists. Open the popup and start the audit again.',
    clientId: 'Application (client) ID',
    tenant: 'Tenant',
    tenantLater: 'chosen when you sign in',
    path: 'Path',
    noSignInApp: 'The sign-in app (client) ID is not set.',
    noSignInAppFix: 'Set "{option}" in the options. Register that app as a single-page application with the redirect URL {url}.',
    audit: 'Sign in and audit',
    auditAgain: 'Sign in and audit again',
  },
  de: {
    stageSigningIn: 'Anmeldung bei Microsoft (ein Microsoft-Fenster öffnet sich)…',
    stageReading: 'Die App-Registrierung, ihr Dienstprinzipal und ihre Einwilligung werden aus Microsoft Graph gelesen…',
    title: 'Konfigurationsprüfung',
    intro:
      'Meldet Sie bei Microsoft an und liest mit Nur-Lese-Berechtigungen, wie die App konfiguriert ist. Nichts wird geändert, und das Anmeldetoken bleibt nur im Speicher dieser Seite.',
    setupGone: 'Diese Einrichtung gibt es nicht mehr. Öffnen Sie das Popup und starten Sie die Prüfung erneut.',
    clientId: 'Anwendungs-ID (Client)',
    tenant: 'Mandant',
    tenantLater: 'wird bei der Anmeldung gewählt',
    path: 'Zugriffsweg',
    noSignInApp: 'Die Client-ID der Anmelde-App ist nicht festgelegt.',
    noSignInAppFix: 'Legen Sie „{option}“ in den Optionen fest. Registrieren Sie diese App als Single-Page-Anwendung mit der Umleitungs-URI {url}.',
    audit: 'Anmelden und prüfen',
    auditAgain: 'Anmelden und erneut prüfen',
  },
});
