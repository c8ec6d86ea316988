/**
 * The guided checklist's steps (utils/guidance). Portal labels arrive as placeholders already in the
 * portal page's language (utils/guidance/portal-labels.ts): quote them, never translate them here.
 * How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    yourOrganisation: '<your organisation>',
    pathImap: 'IMAP, POP3 or SMTP (delegated Microsoft Graph permissions)',
    pathMapi: 'MAPI/EWS (Exchange Online application permissions)',

    choosePathTitle: 'Choose how ServiceOps reads the mailbox',
    choosePath1:
      'IMAP (also POP3, and SMTP for outgoing mail): ServiceOps signs in to the mailbox with delegated Microsoft Graph permissions, one per protocol.',
    choosePath2: 'MAPI/EWS: ServiceOps reads the mailbox as an application with Office 365 Exchange Online permissions, restricted to one mailbox.',
    choosePath3: 'Pick the protocol you chose (or will choose) in ServiceOps. You can switch later; steps you already did stay done.',

    registerTitle: 'Register the app',
    register1: 'In {appRegistrations}, choose "{newRegistration}".',
    register2: 'Name it after the mailbox, e.g. "ServiceOps – support@contoso.com".',
    register3: '{supportedAccountTypes}: "{singleTenant}".',
    register4: 'Leave {redirectUri} empty and choose "{register}".',
    registerWarn: 'Each incoming email server whose mailbox is in a different domain needs its own app registration.',

    copyIdsTitle: 'Note the client and tenant IDs',
    copyIds1: 'The app\'s {overview} shows "{clientId}" and "{tenantId}".',
    copyIds2: 'The helper reads both from the page; check them under "{captured}". Copy them by hand only if they stay empty.',
    /** The checklist's heading of the values read so far (the panel and the side panel show it; copyIds2 names it). */
    captured: 'Captured so far',

    secretTitle: 'Create a client secret',
    secret1: 'Open "{certificatesSecrets}", tab "{clientSecrets}", and choose "{newClientSecret}".',
    secret2:
      'Enter a description (e.g. "ServiceOps") and choose "{add}"; keep the recommended expiry of 180 days (or choose a shorter one). Note the date: ServiceOps stops reading mail when the secret expires.',
    secret3: 'Copy the secret\'s "{value}" (not the "{secretId}") right away.',
    secretWarn1: 'The secret value is shown only once, right after it is created. If you leave the page first, create a new secret.',
    secretWarn2:
      'If Azure refuses the secret with CredentialInvalidLifetimeAsPerAppPolicy, your organization caps how long a secret may live (an app management policy): choose a shorter expiry, within the limit your admins set, and try again. CredentialTypeNotAllowedAsPerAppPolicy means secrets are not allowed at all: ask the admin who manages the policy.',

    publicClientTitle: 'Allow public client flows',
    publicClient1: 'Open "{authentication}" and scroll to "{advancedSettings}" (in "{authenticationPreview}", open the "{settings}" tab).',
    publicClient2: 'Set "{allowPublicClientFlows}" to "{yes}" (enabled), then choose "{save}".',
    publicClientTarget: '{allowPublicClientFlows}: {yes}',

    redirectTitle: 'Register the ServiceOps redirect URL',
    redirect1: 'Open "{authentication}" and choose "{addPlatform}" (in "{authenticationPreview}": "{addRedirectUri}"), then "{web}".',
    redirect2: 'Paste the redirect URL that ServiceOps shows into "{redirectUris}" and choose "{configure}".',

    graphTitle: 'Add the Microsoft Graph delegated permissions',
    graph1: 'On "{apiPermissions}", choose "{addPermission}", then "{microsoftGraph}" and "{delegatedPermissions}".',
    graph2:
      'Tick the permissions of each protocol ServiceOps uses with this app (type in the search box to find them), then "{addPermissions}": IMAP: IMAP.AccessAsUser.All and Mail.Read. POP3: POP.AccessAsUser.All and Mail.Read. SMTP (outgoing): SMTP.Send.',
    graph3: 'A permission for one protocol does not cover another: a POP3 or SMTP server filled with this app needs its own.',

    exchangeTitle: 'Add the Exchange Online application permissions',
    exchange1: 'On "{apiPermissions}", choose "{addPermission}", then the tab "{orgApis}" and "{exchangeOnline}".',
    exchange2: 'Choose "{applicationPermissions}", tick full_access_as_app, Exchange.ManageAsApp, Mail.Read and Mail.ReadWrite, then "{addPermissions}".',
    exchange3:
      'If ServiceOps also uses this app for another protocol, add its permission too: IMAP.AccessAsApp (IMAP), POP.AccessAsApp (POP3), SMTP.SendAsApp (SMTP outgoing).',

    consentTitle: 'Grant admin consent',
    consent1: 'On "{apiPermissions}", choose "{grantConsent}" and confirm with "{yes}".',
    consent2: 'Every permission\'s status must read "{grantedFor}".',
    // The step card's line at a stage that has no instruction of its own (utils/guidance/vocabulary.ts).
    cardChoose: 'Choose "{label}".',
    cardOpenTab: 'Open the "{label}" tab.',
    cardTick: 'Tick {permission}.',
    cardConfirm: 'Confirm with "{yes}".',
    consentWarn:
      'Granting admin consent requires a Global Administrator (or Privileged Role Administrator). If the button is greyed out, ask one to do this step.',

    enterpriseTitle: 'Find the Enterprise application Object ID',
    enterprise1: 'On the app\'s {overview}, follow "{managedApplication}" (the app\'s name).',
    enterprise2: "The Enterprise application's overview shows its Object ID; the helper reads it from there.",
    enterpriseWarn:
      "Exchange needs the Enterprise application (service principal) Object ID. The Object ID on the App registration's overview is a different one: using it is a common cause of failed sign-ins.",

    servicePrincipalTitle: 'Register the app in Exchange Online',
    servicePrincipal1: 'Run the PowerShell below in an Exchange Online PowerShell session (module ExchangeOnlineManagement), as an Exchange administrator.',
    servicePrincipal2: "It registers the app's service principal in Exchange and gives it access to the mailbox.",
    servicePrincipalWarn: "-ObjectId is the Enterprise application Object ID, not the App registration's Object ID.",

    restrictTitle: 'Restrict the app to the one mailbox',
    restrict1: 'Application permissions reach every mailbox until you restrict them. RBAC for Applications limits the app to the mailbox ServiceOps reads.',
    restrict2: 'Run the PowerShell below; Test-ServicePrincipalAuthorization must list the roles as in scope for the mailbox.',
    restrictWarn: 'New-ApplicationAccessPolicy is superseded by RBAC for Applications and does not cover IMAP/POP.',

    // The `#` comments of the generated PowerShell (utils/guidance/powershell.ts); the cmdlets stay as they are.
    psInstallOnce: 'Once per machine: {command}',
    psObjectId: '-ObjectId is the Enterprise application Object ID (not the App registration Object ID)',
    psRbac: 'RBAC for Applications: limits the app to this one mailbox (it supersedes Application Access Policies).',
    psImapPop: 'IMAP and POP3 have no application role: their access is the FullAccess mailbox permission of the previous step.',
    psEwsCheck: 'EWS is being retired in Exchange Online: check the tenant still allows it with {command}',
  },
  de: {
    yourOrganisation: '<Ihre Organisation>',
    pathImap: 'IMAP, POP3 oder SMTP (delegierte Microsoft Graph-Berechtigungen)',
    pathMapi: 'MAPI/EWS (Exchange Online-Anwendungsberechtigungen)',

    choosePathTitle: 'Wählen Sie, wie ServiceOps das Postfach liest',
    choosePath1:
      'IMAP (auch POP3 und SMTP für ausgehende Mail): ServiceOps meldet sich mit delegierten Microsoft Graph-Berechtigungen am Postfach an, eine je Protokoll.',
    choosePath2: 'MAPI/EWS: ServiceOps liest das Postfach als Anwendung mit Office 365 Exchange Online-Berechtigungen, beschränkt auf ein Postfach.',
    choosePath3:
      'Wählen Sie das Protokoll, das Sie in ServiceOps gewählt haben (oder wählen werden). Sie können später wechseln; erledigte Schritte bleiben erledigt.',

    registerTitle: 'App registrieren',
    register1: 'Wählen Sie unter {appRegistrations} „{newRegistration}“.',
    register2: 'Benennen Sie sie nach dem Postfach, z. B. „ServiceOps – support@contoso.com“.',
    register3: '{supportedAccountTypes}: „{singleTenant}“.',
    register4: 'Lassen Sie {redirectUri} leer und wählen Sie „{register}“.',
    registerWarn: 'Jeder Server für eingehende E-Mail, dessen Postfach in einer anderen Domäne liegt, braucht eine eigene App-Registrierung.',

    copyIdsTitle: 'Client- und Mandanten-ID notieren',
    copyIds1: 'Die {overview} der App zeigt „{clientId}“ und „{tenantId}“.',
    copyIds2: 'Der Helfer liest beide von der Seite; prüfen Sie sie unter „{captured}“. Kopieren Sie sie nur von Hand, wenn sie leer bleiben.',
    captured: 'Bisher übernommen',

    secretTitle: 'Geheimen Clientschlüssel erstellen',
    secret1: 'Öffnen Sie „{certificatesSecrets}“, Registerkarte „{clientSecrets}“, und wählen Sie „{newClientSecret}“.',
    secret2:
      'Geben Sie eine Beschreibung ein (z. B. „ServiceOps“) und wählen Sie „{add}“; behalten Sie die empfohlene Gültigkeit von 180 Tagen (oder wählen Sie eine kürzere). Notieren Sie das Datum: ServiceOps liest keine Mail mehr, sobald der Schlüssel abläuft.',
    secret3: 'Kopieren Sie sofort den „{value}“ des Schlüssels (nicht die „{secretId}“).',
    secretWarn1:
      'Der Wert des Schlüssels wird nur einmal angezeigt, direkt nach dem Erstellen. Verlassen Sie die Seite vorher, erstellen Sie einen neuen Schlüssel.',
    secretWarn2:
      'Lehnt Azure den Schlüssel mit CredentialInvalidLifetimeAsPerAppPolicy ab, begrenzt Ihre Organisation die Lebensdauer von Schlüsseln (eine App-Verwaltungsrichtlinie): Wählen Sie eine kürzere Gültigkeit innerhalb des Limits Ihrer Administratoren und versuchen Sie es erneut. CredentialTypeNotAllowedAsPerAppPolicy bedeutet, dass geheime Schlüssel gar nicht erlaubt sind: Wenden Sie sich an die Person, die die Richtlinie verwaltet.',

    publicClientTitle: 'Öffentliche Clientflows zulassen',
    publicClient1:
      'Öffnen Sie „{authentication}“ und scrollen Sie zu „{advancedSettings}“ (in „{authenticationPreview}“ die Registerkarte „{settings}“ öffnen).',
    publicClient2: 'Setzen Sie „{allowPublicClientFlows}“ auf „{yes}“ (aktiviert) und wählen Sie dann „{save}“.',
    publicClientTarget: '{allowPublicClientFlows}: {yes}',

    redirectTitle: 'ServiceOps-Umleitungs-URL registrieren',
    redirect1: 'Öffnen Sie „{authentication}“ und wählen Sie „{addPlatform}“ (in „{authenticationPreview}“: „{addRedirectUri}“), dann „{web}“.',
    redirect2: 'Fügen Sie die Umleitungs-URL, die ServiceOps anzeigt, unter „{redirectUris}“ ein und wählen Sie „{configure}“.',

    graphTitle: 'Delegierte Microsoft Graph-Berechtigungen hinzufügen',
    graph1: 'Wählen Sie unter „{apiPermissions}“ „{addPermission}“, dann „{microsoftGraph}“ und „{delegatedPermissions}“.',
    graph2:
      'Aktivieren Sie die Berechtigungen jedes Protokolls, das ServiceOps mit dieser App nutzt (im Suchfeld finden), dann „{addPermissions}“: IMAP: IMAP.AccessAsUser.All und Mail.Read. POP3: POP.AccessAsUser.All und Mail.Read. SMTP (ausgehend): SMTP.Send.',
    graph3: 'Eine Berechtigung für ein Protokoll deckt kein anderes ab: Ein POP3- oder SMTP-Server, der mit dieser App ausgefüllt wird, braucht seine eigene.',

    exchangeTitle: 'Exchange Online-Anwendungsberechtigungen hinzufügen',
    exchange1: 'Wählen Sie unter „{apiPermissions}“ „{addPermission}“, dann die Registerkarte „{orgApis}“ und „{exchangeOnline}“.',
    exchange2:
      'Wählen Sie „{applicationPermissions}“, aktivieren Sie full_access_as_app, Exchange.ManageAsApp, Mail.Read und Mail.ReadWrite, dann „{addPermissions}“.',
    exchange3:
      'Nutzt ServiceOps diese App auch für ein anderes Protokoll, fügen Sie dessen Berechtigung ebenfalls hinzu: IMAP.AccessAsApp (IMAP), POP.AccessAsApp (POP3), SMTP.SendAsApp (SMTP ausgehend).',

    consentTitle: 'Administratorzustimmung erteilen',
    consent1: 'Wählen Sie unter „{apiPermissions}“ „{grantConsent}“ und bestätigen Sie mit „{yes}“.',
    consent2: 'Der Status jeder Berechtigung muss „{grantedFor}“ lauten.',
    cardChoose: 'Wählen Sie „{label}“.',
    cardOpenTab: 'Öffnen Sie die Registerkarte „{label}“.',
    cardTick: 'Setzen Sie das Häkchen bei {permission}.',
    cardConfirm: 'Bestätigen Sie mit „{yes}“.',
    consentWarn:
      'Die Administratorzustimmung erfordert einen globalen Administrator (oder Administrator für privilegierte Rollen). Ist die Schaltfläche ausgegraut, bitten Sie eine solche Person um diesen Schritt.',

    enterpriseTitle: 'Objekt-ID der Unternehmensanwendung finden',
    enterprise1: 'Folgen Sie in der {overview} der App dem Link „{managedApplication}“ (dem Namen der App).',
    enterprise2: 'Die Übersicht der Unternehmensanwendung zeigt deren Objekt-ID; der Helfer liest sie dort.',
    enterpriseWarn:
      'Exchange braucht die Objekt-ID der Unternehmensanwendung (des Dienstprinzipals). Die Objekt-ID in der Übersicht der App-Registrierung ist eine andere: Sie zu verwenden ist eine häufige Ursache fehlgeschlagener Anmeldungen.',

    servicePrincipalTitle: 'App in Exchange Online registrieren',
    servicePrincipal1:
      'Führen Sie die PowerShell unten in einer Exchange Online PowerShell-Sitzung (Modul ExchangeOnlineManagement) als Exchange-Administrator aus.',
    servicePrincipal2: 'Sie registriert den Dienstprinzipal der App in Exchange und gibt ihm Zugriff auf das Postfach.',
    servicePrincipalWarn: '-ObjectId ist die Objekt-ID der Unternehmensanwendung, nicht die der App-Registrierung.',

    restrictTitle: 'App auf das eine Postfach beschränken',
    restrict1:
      'Anwendungsberechtigungen erreichen jedes Postfach, bis Sie sie beschränken. RBAC für Anwendungen beschränkt die App auf das Postfach, das ServiceOps liest.',
    restrict2: 'Führen Sie die PowerShell unten aus; Test-ServicePrincipalAuthorization muss die Rollen für das Postfach als im Bereich liegend aufführen.',
    restrictWarn: 'New-ApplicationAccessPolicy ist durch RBAC für Anwendungen abgelöst und deckt IMAP/POP nicht ab.',

    psInstallOnce: 'Einmal pro Rechner: {command}',
    psObjectId: '-ObjectId ist die Objekt-ID der Unternehmensanwendung (nicht die Objekt-ID der App-Registrierung)',
    psRbac: 'RBAC für Anwendungen: beschränkt die App auf dieses eine Postfach (löst die Anwendungszugriffsrichtlinien ab).',
    psImapPop: 'IMAP und POP3 haben keine Anwendungsrolle: Ihr Zugriff ist die Postfachberechtigung FullAccess aus dem vorigen Schritt.',
    psEwsCheck: 'EWS wird in Exchange Online eingestellt: Prüfen Sie mit {command}, ob der Mandant es noch zulässt',
  },
});
