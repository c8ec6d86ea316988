import { describe, expect, it, vi } from 'vitest';
import type { TenantLookup } from '../../utils/checks/tenant-discovery';
import { resolveTenant } from '../../utils/background/tenant-resolve';

const OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const found = (id: string): TenantLookup => ({ status: 'found', tenantId: id, issuer: `https://login.microsoftonline.com/${id}/v2.0` });
const notFound: TenantLookup = { status: 'not-found', code: 'AADSTS90002', message: 'no' };
const offline: TenantLookup = { status: 'offline', message: 'offline' };

describe('resolveTenant', () => {
  it('asks tenant discovery which GUID is a tenant', async () => {
    const lookup = vi.fn(async (g: string) => (g === TENANT ? found(TENANT) : notFound));
    expect(await resolveTenant([OBJECT, TENANT], [], lookup)).toEqual({ tenantId: TENANT, appObjectId: OBJECT });
  });

  it('uses a tenant already known from another setup without asking', async () => {
    const lookup = vi.fn(async () => offline);
    expect(await resolveTenant([TENANT, OBJECT], [TENANT], lookup)).toEqual({ tenantId: TENANT, appObjectId: OBJECT });
    expect(lookup).not.toHaveBeenCalled();
  });

  it('offline, leaves both as candidates instead of guessing', async () => {
    expect(await resolveTenant([OBJECT, TENANT], [], async () => offline)).toEqual({ candidates: [OBJECT, TENANT] });
  });

  it('does not take a GUID that discovery maps to another tenant', async () => {
    expect(await resolveTenant([OBJECT, TENANT], [], async () => found('b1d2c3e4-5f60-4718-92a3-b4c5d6e7f809'))).toEqual({ candidates: [OBJECT, TENANT] });
  });
});
