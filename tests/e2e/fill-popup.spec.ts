import { test, expect } from './fixtures';
import {
  AUTHORIZE,
  completeAndSave,
  enterValues,
  extensionState,
  IMAP_SCOPE,
  listUrl,
  openAddDrawer,
  saveCount,
  SMTP_SCOPE,
  TOKEN,
  VALUES,
  type Direction,
  type Version,
} from './fill-helpers';

const LABEL: Record<string, string> = {
  clientId: 'Client ID',
  tenantId: 'Tenant ID',
  clientSecret: 'Client Secret',
  authorizationUrl: 'Authorization URL',
  tokenUrl: 'Token URL',
  scope: 'Scope',
};

const EXPECTED: Record<Version, Record<string, string>> = {
  '7.9': { clientId: VALUES.clientId, tenantId: VALUES.tenantId, clientSecret: VALUES.secret },
  '8.0': { clientId: VALUES.clientId, clientSecret: VALUES.secret, tenantId: VALUES.tenantId, authorizationUrl: AUTHORIZE },
  '8.1': { clientId: VALUES.clientId, clientSecret: VALUES.secret, authorizationUrl: AUTHORIZE, tokenUrl: TOKEN, scope: IMAP_SCOPE },
};

for (const version of ['7.9', '8.0', '8.1'] as const) {
  for (const direction of ['incoming', 'outgoing'] as const satisfies Direction[]) {
    test(`popup fills the ${version} ${direction} form`, async ({ context, openPopup }) => {
      const popup = await openPopup();
      await enterValues(popup);
      const so = await context.newPage();
      await so.goto(listUrl(direction, version));
      await openAddDrawer(so, direction);
      await popup.bringToFront();
      await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
      await expect(popup.locator('.results')).toContainText('Filled', { timeout: 20_000 });
      // Per-field report: the fields this version has are filled, the others are reported absent.
      for (const field of Object.keys(EXPECTED[version])) {
        await expect(popup.locator('.fill-report')).toContainText(`${LABEL[field]}: filled`);
      }
      if (version === '8.1') await expect(popup.locator('.redirect-readback')).toContainText(`https://serviceops.test/api/oauth/callback/`);
      else await expect(popup.locator('.fill-report')).toContainText('Token URL: not in this form');
      expect(await saveCount(so)).toBe(0);
      await so.bringToFront();
      const values = await completeAndSave(so);
      expect(values).toMatchObject({
        authType: 'OAuth',
        ...EXPECTED[version],
        // An outgoing (SMTP) server gets the SMTP scope, not the IMAP one.
        ...(version === '8.1' && direction === 'outgoing' ? { scope: SMTP_SCOPE } : {}),
        host: direction === 'incoming' ? 'outlook.office365.com' : 'smtp.office365.com',
      });
      // Exactly the fields this version shows: nothing from another version leaked into the state.
      const oauthKeys = Object.keys(values).filter((k) => ['clientId', 'tenantId', 'clientSecret', 'authorizationUrl', 'tokenUrl', 'scope'].includes(k));
      expect(oauthKeys.sort()).toEqual(Object.keys(EXPECTED[version]).sort());
      if (version === '8.1') {
        const state = await extensionState(popup);
        expect(state?.setups[0]?.redirectUrl?.value).toBe(values.redirectUrl);
      }
    });
  }
}
