/**
 * The live checks' result lines and the configuration audit list (popup and sign-in page).
 * How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    tenantSame: 'Tenant exists: {tenant}.',
    tenantIs: 'Tenant exists: "{input}" is tenant {tenant}.',
    tenantMalformedFix: "Use the Directory (tenant) ID from the app's Overview.",
    notChecked: 'Not checked: {reason}',
    rolesNone: 'none',
    tokenMissingRoles: 'The secret works (Microsoft issued a token), but the token lacks {missing}: admin consent is missing. Granted roles: {roles}.',
    tokenMissingRolesFix: 'In "API permissions" click "Grant admin consent for <your organisation>".',
    tokenOk: 'The secret works: Microsoft issued a token. Granted roles: {roles}.',
    cancelled: 'Cancelled.',
    signedInAs: ' (signed in as {user})',
    problemOne: '1 problem found{who}.',
    problemMany: '{count} problems found{who}.',
    warningOne: 'Configured, with 1 warning{who}.',
    warningMany: 'Configured, with {count} warnings{who}.',
    allConfigured: 'Everything is configured{who}.',
    levelOk: 'OK',
    levelWarning: 'Warning',
    levelError: 'Problem',
    auditList: 'Configuration audit',
    fixStep: 'Fix: {step}',
    openStep: 'open the step',
  },
  de: {
    tenantSame: 'Mandant existiert: {tenant}.',
    tenantIs: 'Mandant existiert: „{input}“ ist der Mandant {tenant}.',
    tenantMalformedFix: 'Verwenden Sie die Verzeichnis-ID (Mandant) aus der Übersicht der App.',
    notChecked: 'Nicht geprüft: {reason}',
    rolesNone: 'keine',
    tokenMissingRoles:
      'Der Schlüssel funktioniert (Microsoft hat ein Token ausgestellt), aber dem Token fehlt {missing}: Die Administratorzustimmung fehlt. Gewährte Rollen: {roles}.',
    tokenMissingRolesFix: 'Wählen Sie unter „API-Berechtigungen“ „Administratorzustimmung für <Ihre Organisation> erteilen“.',
    tokenOk: 'Der Schlüssel funktioniert: Microsoft hat ein Token ausgestellt. Gewährte Rollen: {roles}.',
    cancelled: 'Abgebrochen.',
    signedInAs: ' (angemeldet als {user})',
    problemOne: '1 Problem gefunden{who}.',
    problemMany: '{count} Probleme gefunden{who}.',
    warningOne: 'Konfiguriert, mit 1 Warnung{who}.',
    warningMany: 'Konfiguriert, mit {count} Warnungen{who}.',
    allConfigured: 'Alles ist konfiguriert{who}.',
    levelOk: 'OK',
    levelWarning: 'Warnung',
    levelError: 'Problem',
    auditList: 'Konfigurationsprüfung',
    fixStep: 'Beheben: {step}',
    openStep: 'Schritt öffnen',
  },
});
