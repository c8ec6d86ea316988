/**
 * The end of EWS in Exchange Online (utils/ews-retirement.ts): shown in the popup, the checklist and
 * the ServiceOps page. How to add a string: utils/i18n/define.ts.
 */
import { defineCatalog } from '../define';

export default defineCatalog({
  en: {
    thisApp: "this app's client ID",
    thisAppWithId: "this app's client ID ({clientId})",
    recommendation:
      'Use IMAP or POP3 with OAuth for incoming mail (and SMTP with OAuth for outgoing) instead, or a Microsoft Graph-based option if your ServiceOps version offers one.',
    allowList:
      "Ask an Exchange administrator to set EWSEnabled to True and to add {app} to the tenant's EWS application allow list (the organization setting {setting}). Its cmdlet parameter is not in Microsoft's cmdlet reference yet: follow Microsoft's current EWS retirement guidance for the command.",
    beforeTitle: 'MAPI (EWS) in Exchange Online is blocked from {block} and ends on {shutdown}',
    beforeSummary:
      "ServiceOps' MAPI protocol is Exchange Web Services. In {days} day(s), on {block}, Exchange Online blocks EWS in every tenant that has not set EWSEnabled (not set becomes False); a tenant with EWSEnabled True allows only the apps on its allow list. On {shutdown} EWS is switched off for good.",
    beforeHint: 'Empty or False: EWS will be blocked for this app from that day.',
    allowListTitle: 'MAPI (EWS) in Exchange Online is blocked unless allowed, and ends on {shutdown}',
    allowListSummary:
      "ServiceOps' MAPI protocol is Exchange Web Services. Since {block} Exchange Online blocks EWS unless the tenant set EWSEnabled to True, and then only for the apps on its allow list. On {shutdown} (in {days} day(s)) EWS is switched off for good, with no exceptions: a MAPI server in ServiceOps stops receiving mail then.",
    allowListHint: 'Empty or False: EWS is blocked for this app.',
    offTitle: 'MAPI (EWS) no longer works with Exchange Online (switched off on {shutdown})',
    offSummary:
      "ServiceOps' MAPI protocol is Exchange Web Services, which Exchange Online switched off on {shutdown}. A MAPI server cannot read or send Exchange Online mail any more; on-premises Exchange is not affected.",
  },
  de: {
    thisApp: 'die Client-ID dieser App',
    thisAppWithId: 'die Client-ID dieser App ({clientId})',
    recommendation:
      'Verwenden Sie stattdessen IMAP oder POP3 mit OAuth für eingehende Mail (und SMTP mit OAuth für ausgehende) oder eine auf Microsoft Graph basierende Option, falls Ihre ServiceOps-Version eine anbietet.',
    allowList:
      'Bitten Sie einen Exchange-Administrator, EWSEnabled auf True zu setzen und {app} zur EWS-Anwendungszulassungsliste des Mandanten hinzuzufügen (die Organisationseinstellung {setting}). Ihr Cmdlet-Parameter steht noch nicht in Microsofts Cmdlet-Referenz: Folgen Sie für den Befehl Microsofts aktueller Anleitung zur Einstellung von EWS.',
    beforeTitle: 'MAPI (EWS) in Exchange Online wird ab {block} blockiert und endet am {shutdown}',
    beforeSummary:
      'Das MAPI-Protokoll von ServiceOps ist Exchange Web Services. In {days} Tag(en), am {block}, blockiert Exchange Online EWS in jedem Mandanten, der EWSEnabled nicht gesetzt hat (nicht gesetzt wird zu False); ein Mandant mit EWSEnabled True erlaubt nur die Apps auf seiner Zulassungsliste. Am {shutdown} wird EWS endgültig abgeschaltet.',
    beforeHint: 'Leer oder False: EWS wird für diese App ab diesem Tag blockiert.',
    allowListTitle: 'MAPI (EWS) in Exchange Online ist blockiert, sofern nicht zugelassen, und endet am {shutdown}',
    allowListSummary:
      'Das MAPI-Protokoll von ServiceOps ist Exchange Web Services. Seit dem {block} blockiert Exchange Online EWS, sofern der Mandant EWSEnabled nicht auf True gesetzt hat, und dann nur für die Apps auf seiner Zulassungsliste. Am {shutdown} (in {days} Tag(en)) wird EWS endgültig und ohne Ausnahmen abgeschaltet: Ein MAPI-Server in ServiceOps empfängt dann keine Mail mehr.',
    allowListHint: 'Leer oder False: EWS ist für diese App blockiert.',
    offTitle: 'MAPI (EWS) funktioniert nicht mehr mit Exchange Online (abgeschaltet am {shutdown})',
    offSummary:
      'Das MAPI-Protokoll von ServiceOps ist Exchange Web Services, das Exchange Online am {shutdown} abgeschaltet hat. Ein MAPI-Server kann keine Exchange Online-Mail mehr lesen oder senden; lokales Exchange ist nicht betroffen.',
  },
});
