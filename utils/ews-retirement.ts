/**
 * The end of Exchange Web Services in Exchange Online, which is what ServiceOps' MAPI protocol
 * uses (dates and sources: docs/microsoft-changes.md). The one place that knows the dates: the
 * popup, the fill report and the checklist all ask here, with the clock passed in.
 */

/** From this day tenants that never set EWSEnabled are switched to False, and True allows only the AppID allow list. */
export const EWS_BLOCK_DATE = Date.UTC(2026, 9, 1);
/** From this day EWS is off in Exchange Online for good, with no exceptions. */
export const EWS_SHUTDOWN_DATE = Date.UTC(2027, 3, 1);

export type EwsPhase = 'before-block' | 'allow-list-only' | 'switched-off';

export function ewsPhase(now: number): EwsPhase {
  if (now >= EWS_SHUTDOWN_DATE) return 'switched-off';
  if (now >= EWS_BLOCK_DATE) return 'allow-list-only';
  return 'before-block';
}

/** The read-only check every admin can run first (Exchange Online PowerShell). */
export const EWS_CHECK_COMMAND = 'Get-OrganizationConfig | fl EWSEnabled';

/**
 * The organization setting that lists the apps allowed to use EWS. Its cmdlet parameter is not in
 * Microsoft's cmdlet reference yet, so the setting is named and no command is generated for it.
 */
const EWS_ALLOW_LIST_SETTING = 'EwsAllowedAppIDs';

export interface EwsNotice {
  phase: EwsPhase;
  title: string;
  /** What happens, when, and what it means for this setup. */
  summary: string;
  /** What to change after checking; empty once EWS is gone. */
  actions: string[];
  /** The command to check the tenant, while the check still matters, and how to read its answer. */
  check?: string;
  checkHint?: string;
  recommendation: string;
}

const DAY = 24 * 60 * 60 * 1000;

function dateText(at: number): string {
  return new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `clientId`: the app's client ID, named in the allow-list action when known. */
export function ewsNotice(now: number, clientId?: string): EwsNotice {
  const phase = ewsPhase(now);
  const block = dateText(EWS_BLOCK_DATE);
  const shutdown = dateText(EWS_SHUTDOWN_DATE);
  const app = clientId ? `this app's client ID (${clientId})` : "this app's client ID";
  const recommendation =
    'Use IMAP or POP3 with OAuth for incoming mail (and SMTP with OAuth for outgoing) instead, or a Microsoft Graph-based option if your ServiceOps version offers one.';
  const allowList = `Ask an Exchange administrator to set EWSEnabled to True and to add ${app} to the tenant's EWS application allow list (the organization setting ${EWS_ALLOW_LIST_SETTING}). Its cmdlet parameter is not in Microsoft's cmdlet reference yet: follow Microsoft's current EWS retirement guidance for the command.`;
  if (phase === 'before-block') {
    const days = Math.ceil((EWS_BLOCK_DATE - now) / DAY);
    return {
      phase,
      title: `MAPI (EWS) in Exchange Online is blocked from ${block} and ends on ${shutdown}`,
      summary: `ServiceOps' MAPI protocol is Exchange Web Services. In ${days} day(s), on ${block}, Exchange Online blocks EWS in every tenant that has not set EWSEnabled (not set becomes False); a tenant with EWSEnabled True allows only the apps on its allow list. On ${shutdown} EWS is switched off for good.`,
      actions: [allowList],
      check: EWS_CHECK_COMMAND,
      checkHint: 'Empty or False: EWS will be blocked for this app from that day.',
      recommendation,
    };
  }
  if (phase === 'allow-list-only') {
    const days = Math.ceil((EWS_SHUTDOWN_DATE - now) / DAY);
    return {
      phase,
      title: `MAPI (EWS) in Exchange Online is blocked unless allowed, and ends on ${shutdown}`,
      summary: `ServiceOps' MAPI protocol is Exchange Web Services. Since ${block} Exchange Online blocks EWS unless the tenant set EWSEnabled to True, and then only for the apps on its allow list. On ${shutdown} (in ${days} day(s)) EWS is switched off for good, with no exceptions: a MAPI server in ServiceOps stops receiving mail then.`,
      actions: [allowList],
      check: EWS_CHECK_COMMAND,
      checkHint: 'Empty or False: EWS is blocked for this app.',
      recommendation,
    };
  }
  return {
    phase,
    title: `MAPI (EWS) no longer works with Exchange Online (switched off on ${shutdown})`,
    summary: `ServiceOps' MAPI protocol is Exchange Web Services, which Exchange Online switched off on ${shutdown}. A MAPI server cannot read or send Exchange Online mail any more; on-premises Exchange is not affected.`,
    actions: [],
    recommendation,
  };
}
