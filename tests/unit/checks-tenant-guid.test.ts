import { describe, expect, it, vi } from 'vitest';
import { tenantGuidFor } from '../../utils/checks/tenant-guid';

const GUID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('tenantGuidFor', () => {
  it('keeps a GUID without asking Microsoft', async () => {
    const lookup = vi.fn();
    expect(await tenantGuidFor(` {${GUID.toUpperCase()}} `, lookup)).toEqual({ ok: true, tenantId: GUID });
    expect(lookup).not.toHaveBeenCalled();
  });
  it('resolves a verified domain to its GUID', async () => {
    const lookup = vi.fn(async () => ({ status: 'found' as const, tenantId: GUID, issuer: `https://login.microsoftonline.com/${GUID}/v2.0` }));
    expect(await tenantGuidFor('Contoso.onmicrosoft.com', lookup)).toEqual({ ok: true, tenantId: GUID, resolvedFrom: 'contoso.onmicrosoft.com' });
    expect(lookup).toHaveBeenCalledWith('contoso.onmicrosoft.com');
  });
  it('says why a domain could not be resolved', async () => {
    const lookup = async () => ({ status: 'offline' as const, message: 'Microsoft could not be reached (offline?).' });
    expect(await tenantGuidFor('contoso.onmicrosoft.com', lookup)).toEqual({ ok: false, message: 'Microsoft could not be reached (offline?).' });
  });
});
