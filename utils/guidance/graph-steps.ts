/**
 * The checklist's steps as Microsoft Graph reports them. Once the admin signed in and the audit
 * read the app, "Allow public client flows", the redirect URI, each permission and its consent,
 * the Enterprise application Object ID and the secret's expiry come from Graph, so the checklist
 * is right even where a portal page could not be read. Pure: the audit's observation in, blade
 * facts and setup values out. The Exchange Online steps stay PowerShell steps (Graph cannot do
 * them); they get the Object ID from here.
 */
import type { GraphObservation, Provenance, SecretMeta, Setup } from '../schemas';
import type { GuidanceFacts } from './facts';

const RESOURCE_NAMES: Record<GraphObservation['permissions'][number]['resource'], string> = {
  graph: 'Microsoft Graph',
  exchange: 'Office 365 Exchange Online',
};

/** Graph's observation applies to the setup whose client ID it was read for, and to no other. */
export function observationFor(setup: Setup): GraphObservation | undefined {
  const clientId = setup.clientId?.value.trim().toLowerCase();
  return clientId && setup.graph?.clientId === clientId ? setup.graph : undefined;
}

/** The blade facts Graph stands for: saved settings, listed permissions with their consent. */
export function graphFacts(observation: GraphObservation): GuidanceFacts {
  return {
    publicClient: { kind: 'public-client', on: observation.publicClient, saved: true },
    redirectUris: { kind: 'redirect-uris', uris: observation.webRedirectUris, saved: true },
    permissions: {
      kind: 'permissions',
      rows: observation.permissions
        .filter((p) => p.requested)
        .map((p) => ({ name: p.name, type: p.type, granted: p.granted, resource: RESOURCE_NAMES[p.resource] })),
    },
  };
}

/**
 * The facts the checklist evaluates: what the portal's frames read, completed by what Graph read
 * for the same app. Either source showing a step done is enough; an unsaved page never outweighs
 * Graph's saved state.
 */
export function withGraphFacts(facts: GuidanceFacts, setup: Setup): GuidanceFacts {
  const observation = observationFor(setup);
  if (!observation) return facts;
  const graph = graphFacts(observation);
  const portalUris = facts.redirectUris?.saved ? facts.redirectUris.uris : [];
  return {
    publicClient: facts.publicClient?.on && facts.publicClient.saved ? facts.publicClient : graph.publicClient,
    redirectUris: { kind: 'redirect-uris', uris: [...new Set([...(graph.redirectUris?.uris ?? []), ...portalUris])], saved: true },
    permissions: { kind: 'permissions', rows: [...(graph.permissions?.rows ?? []), ...(facts.permissions?.rows ?? [])] },
  };
}

type GraphSecret = GraphObservation['secrets'][number];

const endOf = (s: GraphSecret): number => Date.parse(s.endDateTime ?? '') || 0;

/**
 * The app's secret this setup uses: the one it captured (by Secret ID), else the one whose hint
 * is the held value's first characters (the latest of those), else the app's only secret.
 * Several secrets and nothing to tell them apart: none.
 */
export function setupSecret(observation: GraphObservation, meta: SecretMeta | undefined, heldHint: string | undefined): GraphSecret | undefined {
  const byKey = meta?.keyId ? observation.secrets.find((s) => s.keyId.toLowerCase() === meta.keyId?.toLowerCase()) : undefined;
  if (byKey) return byKey;
  const hint = heldHint ?? meta?.hint;
  if (hint) return observation.secrets.filter((s) => s.hint === hint).sort((a, b) => endOf(b) - endOf(a))[0];
  return !meta && observation.secrets.length === 1 ? observation.secrets[0] : undefined;
}

const GRAPH_DETAIL = 'Microsoft Graph (configuration audit)';

/**
 * The setup once the audit read its app: the observation (the checklist evaluates it), the
 * Enterprise application Object ID Graph names (it outranks a typed or mis-captured one: it is the
 * one New-ServicePrincipal needs), the App registration's Object ID when unknown, and the secret's
 * Secret ID and expiry. An observation of another app changes nothing.
 */
export function applyGraphObservation(setup: Setup, observation: GraphObservation, heldHint: string | undefined, now: number): Setup {
  const clientId = setup.clientId?.value.trim().toLowerCase();
  if (!clientId || clientId !== observation.clientId) return setup;
  const provenance: Provenance = { source: 'graph', detail: GRAPH_DETAIL, capturedAt: now };
  const next: Setup = { ...setup, graph: observation, updatedAt: now };
  if (observation.spObjectId && observation.spObjectId.toLowerCase() !== setup.spObjectId?.value.trim().toLowerCase())
    next.spObjectId = { value: observation.spObjectId.toLowerCase(), provenance };
  if (observation.appObjectId && !setup.appObjectId) next.appObjectId = { value: observation.appObjectId.toLowerCase(), provenance };
  const secret = setupSecret(observation, setup.secretMeta, heldHint);
  if (secret) {
    const meta = setup.secretMeta;
    next.secretMeta = {
      description: meta?.description ?? secret.displayName,
      expires: secret.endDateTime ?? meta?.expires,
      hint: secret.hint ?? meta?.hint,
      keyId: secret.keyId,
      provenance: meta?.provenance ?? provenance,
    };
  }
  return next;
}
