/**
 * Microsoft refuses token requests that carry an Origin header unless the app is a SPA
 * (AADSTS9002326), and every request the extension makes carries `Origin: chrome-extension://…`.
 * A declarativeNetRequest session rule removes that header for exactly the background's own
 * POSTs to the token endpoint: initiated by this extension, from no tab (the service worker), so
 * msal's sign-in in an extension tab (a SPA, which must send Origin) is left alone.
 */
import type { Browser } from 'wxt/browser';

type Rule = Browser.declarativeNetRequest.Rule;

/** Fixed id so registering again replaces the rule instead of adding a duplicate. */
export const ORIGIN_RULE_ID = 9_002_326;

export const TOKEN_ENDPOINT_REGEX = '^https://login\\.microsoftonline\\.com/[^/?#]+/oauth2/v2\\.0/token([?#].*)?$';

/** Requests that do not come from a tab (chrome.tabs.TAB_ID_NONE): the service worker's. */
const NO_TAB = -1;

export function originRemovalRule(extensionId: string): Rule {
  return {
    id: ORIGIN_RULE_ID,
    priority: 1,
    action: { type: 'modifyHeaders', requestHeaders: [{ header: 'origin', operation: 'remove' }] },
    condition: {
      regexFilter: TOKEN_ENDPOINT_REGEX,
      initiatorDomains: [extensionId],
      tabIds: [NO_TAB],
      requestMethods: ['post'],
      resourceTypes: ['xmlhttprequest'],
    },
  };
}

export interface SessionRulesApi {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: Rule[] }): Promise<void>;
}

/** Idempotent: safe to call before every token request (session rules vanish with the browser). */
export async function ensureOriginRule(api: SessionRulesApi, extensionId: string): Promise<void> {
  await api.updateSessionRules({ removeRuleIds: [ORIGIN_RULE_ID], addRules: [originRemovalRule(extensionId)] });
}
