/**
 * The end of Exchange Web Services in Exchange Online, which is what ServiceOps' MAPI protocol
 * uses (dates and sources: docs/microsoft-changes.md). The one place that knows the dates: the
 * popup, the fill report and the checklist all ask here, with the clock passed in.
 */
import { t, uiLanguage } from './i18n/t';

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

/** The day in the UI language (English: "1 October 2026"; German: "1. Oktober 2026"). */
function dateText(at: number): string {
  const locale = uiLanguage().toLowerCase().startsWith('de') ? 'de-DE' : 'en-GB';
  return new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `clientId`: the app's client ID, named in the allow-list action when known. */
export function ewsNotice(now: number, clientId?: string): EwsNotice {
  const phase = ewsPhase(now);
  const block = dateText(EWS_BLOCK_DATE);
  const shutdown = dateText(EWS_SHUTDOWN_DATE);
  const app = clientId ? t('ews_thisAppWithId', { clientId }) : t('ews_thisApp');
  const recommendation = t('ews_recommendation');
  const allowList = t('ews_allowList', { app, setting: EWS_ALLOW_LIST_SETTING });
  if (phase === 'before-block') {
    const days = Math.ceil((EWS_BLOCK_DATE - now) / DAY);
    return {
      phase,
      title: t('ews_beforeTitle', { block, shutdown }),
      summary: t('ews_beforeSummary', { days, block, shutdown }),
      actions: [allowList],
      check: EWS_CHECK_COMMAND,
      checkHint: t('ews_beforeHint'),
      recommendation,
    };
  }
  if (phase === 'allow-list-only') {
    const days = Math.ceil((EWS_SHUTDOWN_DATE - now) / DAY);
    return {
      phase,
      title: t('ews_allowListTitle', { shutdown }),
      summary: t('ews_allowListSummary', { block, shutdown, days }),
      actions: [allowList],
      check: EWS_CHECK_COMMAND,
      checkHint: t('ews_allowListHint'),
      recommendation,
    };
  }
  return {
    phase,
    title: t('ews_offTitle', { shutdown }),
    summary: t('ews_offSummary', { shutdown }),
    actions: [],
    recommendation,
  };
}
