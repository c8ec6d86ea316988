/**
 * Blade facts the frames reported for one tab, as the evaluation reads them. Facts are kept
 * per app (the top frame's route names it) so a fact from one app never completes a step of
 * another.
 */
import type { BladeFact, Watch } from '../schemas';

type Of<K extends BladeFact['kind']> = Extract<BladeFact, { kind: K }>;

export interface GuidanceFacts {
  publicClient?: Of<'public-client'>;
  permissions?: Of<'permissions'>;
  redirectUris?: Of<'redirect-uris'>;
}

export interface StoredFact {
  fact: BladeFact;
  appId?: string;
  at: number;
}

/** The facts about one app, newest per kind. */
export function factsFor(stored: Record<string, StoredFact> | undefined, appId: string | undefined): GuidanceFacts {
  const out: GuidanceFacts = {};
  if (!appId) return out;
  for (const entry of Object.values(stored ?? {})) {
    if (entry.appId !== appId) continue;
    const f = entry.fact;
    if (f.kind === 'public-client') out.publicClient = f;
    else if (f.kind === 'permissions') out.permissions = f;
    else if (f.kind === 'redirect-uris') out.redirectUris = f;
  }
  return out;
}

/** What the background keeps per portal tab (storage.session: the worker may sleep between messages). */
export interface GuidanceTab {
  watch: Watch | null;
  /** The app the top frame's route was about at the last sync: facts are filed under it. */
  appId?: string;
  facts: Record<string, StoredFact>;
  /** The portal page's language (its `<html lang>`) at the last sync: the checklist quotes the portal's labels in it. */
  lang?: string;
  /** Per frame id: that frame's last target report. */
  targets: Record<string, { watch: string; stage?: string; found: boolean; side?: 'left' | 'right' }>;
}
