/**
 * ServiceOps wants the tenant as a GUID in some versions (7.9's Tenant ID field); the admin may
 * have entered a verified domain. Resolve it through OIDC discovery (live check 1) when needed.
 */
import { cleanGuid } from '../clean-input';
import { isGuid } from '../guid';
import { lookupTenant, type TenantLookup } from './tenant-discovery';

export type TenantGuid = { ok: true; tenantId: string; resolvedFrom?: string } | { ok: false; message: string };

export async function tenantGuidFor(raw: string, lookup: (tenant: string) => Promise<TenantLookup> = (t) => lookupTenant(t)): Promise<TenantGuid> {
  const { value } = cleanGuid(raw);
  if (isGuid(value)) return { ok: true, tenantId: value };
  if (!value) return { ok: false, message: 'No tenant entered.' };
  const result = await lookup(value);
  if (result.status === 'found') return { ok: true, tenantId: result.tenantId, resolvedFrom: value };
  return { ok: false, message: result.message };
}
