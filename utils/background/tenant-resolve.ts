/**
 * When the Overview's labels could not say which of two GUIDs is the tenant (a language the
 * sensor does not know, unusual markup), tell them apart without guessing: a tenant already
 * known from another setup wins; otherwise Microsoft's tenant discovery answers for a tenant
 * GUID and refuses an object GUID. Offline, both stay candidates for the admin to pick.
 */
import type { TenantLookup } from '../checks/tenant-discovery';

export interface TenantResolution {
  tenantId?: string;
  appObjectId?: string;
  /** Still undecided (discovery unreachable): shown to the admin to choose. */
  candidates?: string[];
}

export async function resolveTenant(
  candidates: string[],
  knownTenants: readonly string[],
  lookup: (guid: string) => Promise<TenantLookup>,
): Promise<TenantResolution> {
  const settle = (tenantId: string): TenantResolution => {
    const rest = candidates.filter((c) => c !== tenantId);
    return { tenantId, appObjectId: rest.length === 1 ? rest[0] : undefined };
  };
  const known = candidates.filter((c) => knownTenants.includes(c));
  if (known.length === 1 && known[0]) return settle(known[0]);
  const answers = await Promise.all(candidates.map(async (c) => ({ guid: c, answer: await lookup(c) })));
  const tenants = answers.filter((a) => a.answer.status === 'found' && a.answer.tenantId === a.guid);
  if (tenants.length === 1 && tenants[0]) return settle(tenants[0].guid);
  return { candidates };
}
