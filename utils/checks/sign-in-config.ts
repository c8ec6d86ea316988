/**
 * The client ID of the extension's own sign-in app (the Graph audit and "Set it up for me"): set
 * by policy (managed storage, key `signInClientId`), in the options page, or built in (a published
 * build may carry its publisher's multi-tenant app: `WXT_SIGNIN_CLIENT_ID` at build time). Policy
 * wins over the options, the options over the built-in one.
 */
import { managedSignInClientIdItem, settingsItem } from '../storage-items';
import { isGuid } from '../guid';

export type SignInClientId = { clientId: string; source: 'policy' | 'settings' | 'build' } | { clientId?: undefined; source: 'none' };

/** The build's default sign-in app, if the build was given one. */
export function builtInSignInClientId(raw: unknown = import.meta.env.WXT_SIGNIN_CLIENT_ID): string | undefined {
  return typeof raw === 'string' && isGuid(raw.trim()) ? raw.trim().toLowerCase() : undefined;
}

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
  const builtIn = builtInSignInClientId();
  if (builtIn) return { clientId: builtIn, source: 'build' };
  return { source: 'none' };
}
