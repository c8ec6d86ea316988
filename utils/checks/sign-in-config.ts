/**
 * The client ID of the extension's own sign-in app (used for the Graph audit): set by policy
 * (managed storage, key `signInClientId`) or in the options page; policy wins.
 */
import { managedSignInClientIdItem, settingsItem } from '../storage-items';
import { isGuid } from '../guid';

export type SignInClientId = { clientId: string; source: 'policy' | 'settings' } | { clientId?: undefined; source: 'none' };

export async function managedSignInClientId(): Promise<string | undefined> {
  try {
    const value = await managedSignInClientIdItem.getValue();
    return typeof value === 'string' && isGuid(value.trim()) ? value.trim().toLowerCase() : undefined;
  } catch {
    // No policy (or no managed-storage schema): not an error.
    return undefined;
  }
}

export async function signInClientId(): Promise<SignInClientId> {
  const managed = await managedSignInClientId();
  if (managed) return { clientId: managed, source: 'policy' };
  const configured = (await settingsItem.getValue()).signInClientId?.trim();
  if (configured && isGuid(configured)) return { clientId: configured.toLowerCase(), source: 'settings' };
  return { source: 'none' };
}

export const NO_SIGN_IN_APP_MESSAGE =
  "The configuration audit needs a sign-in app: an app registration of your organisation (single-page application, with the extension's redirect URL) whose client ID is set in this extension's options under \"Sign-in app (client) ID\", or by your administrator's policy.";
