/** The values the fill unit tests put into ServiceOps forms (one tenant, one app, an IMAP scope). */
import type { FillValues } from '../../utils/schemas';
import { SCOPES } from '../../utils/oauth-urls';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const VALUES: FillValues = {
  clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  tenantId: TENANT,
  clientSecret: 'abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa',
  authorizationUrl: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
  tokenUrl: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
  scope: SCOPES.imap,
};
