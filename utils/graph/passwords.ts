/**
 * A client secret rotated through Microsoft Graph: the app's current secrets, a new one with an
 * explicit end (addPassword without endDateTime would give two years), and the old one removed
 * once ServiceOps works with the new. Pure over the Graph client; the value of a new secret is
 * returned once and never kept here.
 */
import { z } from 'zod';
import { isGraphError, type GraphClient, type RequestOptions } from './client';

/** Microsoft Graph's delegated permission for adding and removing an app's secrets. */
export const ROTATE_SCOPES = ['https://graph.microsoft.com/Application.ReadWrite.All'];

/** The new secret's description in the portal's "Certificates & secrets". */
export const ROTATED_SECRET_NAME = 'ServiceOps (rotated by the helper)';

const DAY_MS = 86_400_000;

const credentialSchema = z.object({
  keyId: z.string().min(1).max(64),
  hint: z.string().max(3).nullish(),
  displayName: z.string().max(200).nullish(),
  endDateTime: z.string().max(40).nullish(),
});
export type PasswordCredential = z.infer<typeof credentialSchema>;

const appSchema = z.object({ id: z.string().min(1).max(64), passwordCredentials: z.array(credentialSchema).max(200).nullish() });

const addedSchema = z.object({
  keyId: z.string().min(1).max(64),
  secretText: z.string().min(1).max(512),
  endDateTime: z.string().max(40),
  hint: z.string().max(3).nullish(),
  displayName: z.string().max(200).nullish(),
});

export interface AppSecrets {
  /** The App registration's Object ID: addPassword and removePassword address the app by it. */
  appObjectId: string;
  secrets: PasswordCredential[];
}

export interface NewSecret {
  /** Shown once by Graph: goes to storage.session and the ServiceOps form only. */
  value: string;
  keyId: string;
  hint: string;
  endDateTime: string;
  description: string;
}

/** The app's Object ID and its secrets (key ID, hint, end): never their values, which Graph does not give. */
export async function appSecrets(graph: GraphClient, clientId: string): Promise<AppSecrets> {
  const app = await graph.get(`/applications(appId='${encodeURIComponent(clientId)}')?$select=id,passwordCredentials`, appSchema);
  return { appObjectId: app.id, secrets: app.passwordCredentials ?? [] };
}

/**
 * A new secret that ends `lifetimeDays` from now (the tenant's policy may refuse a long one: the caller
 * explains). Used by the rotation and by "Set it up for me", which names its secret differently and
 * waits out an app that Graph does not list yet (`retryNotFound`).
 */
export async function addPassword(
  graph: GraphClient,
  appObjectId: string,
  lifetimeDays: number,
  now: number,
  { description = ROTATED_SECRET_NAME, ...options }: { description?: string } & RequestOptions = {},
): Promise<NewSecret> {
  const endDateTime = new Date(now + lifetimeDays * DAY_MS).toISOString();
  const made = await graph.post(
    `/applications/${encodeURIComponent(appObjectId)}/addPassword`,
    { passwordCredential: { displayName: description, endDateTime } },
    addedSchema,
    options,
  );
  return {
    value: made.secretText,
    keyId: made.keyId.toLowerCase(),
    hint: made.hint ?? made.secretText.slice(0, 3),
    endDateTime: made.endDateTime,
    description: made.displayName ?? description,
  };
}

/** Removes one secret by its key ID; one already gone (removed in the portal meanwhile) counts as removed. */
export async function removePassword(graph: GraphClient, appObjectId: string, keyId: string): Promise<void> {
  try {
    await graph.post(`/applications/${encodeURIComponent(appObjectId)}/removePassword`, { keyId }, z.unknown());
  } catch (error) {
    if (isGraphError(error) && (error.status === 404 || (error.status === 400 && /no password credential/i.test(error.message)))) return;
    throw error;
  }
}
