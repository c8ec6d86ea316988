import { test, expect } from './fixtures';
import {
  APP_ONLY_SCOPE,
  AUTHORIZE,
  completeAndSave,
  enterValues,
  extensionState,
  IMAP_SCOPE,
  SMTP_SCOPE,
  listUrl,
  openAddDrawer,
  saveCount,
  TOKEN,
  VALUES,
  incomingDrawerWithValues,
  InlineButton,
} from './fill-helpers';

test('the inline button fills the 8.1 incoming form, keeps the Redirect URL and clears the secret', async ({ context, openPopup }) => {
  const { popup, so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  // It names the setup and the tenant a click fills.
  await inline.shows(`“New setup” (tenant ${VALUES.tenantId.slice(0, 8)}…)`);
  await inline.click();
  await inline.says('Filled from your Azure setup');
  expect(await saveCount(so)).toBe(0);
  const shownRedirect = await dialog.getByTestId('item-redirectUrl').locator('input').inputValue();
  expect(shownRedirect).toMatch(/^https:\/\/serviceops\.test\/api\/oauth\/callback\/[0-9a-f]{24}$/);

  const values = await completeAndSave(so);
  expect(values).toMatchObject({
    authType: 'OAuth',
    clientId: VALUES.clientId,
    clientSecret: VALUES.secret,
    authorizationUrl: AUTHORIZE,
    tokenUrl: TOKEN,
    scope: IMAP_SCOPE,
    redirectUrl: shownRedirect,
  });
  expect(await saveCount(so)).toBe(1);

  const state = await extensionState(popup);
  const setup = state?.setups.find((s) => s.id === state.activeSetupId);
  expect(setup?.redirectUrl?.value).toBe(shownRedirect);
  expect(setup?.serviceOpsOrigin).toBe('https://serviceops.test');
  // The first fill binds the setup to this ServiceOps.
  expect(setup?.serviceOpsOrigins).toEqual(['https://serviceops.test']);
  expect(state?.secret?.present).toBe(false);
});

test('the inline button on an Edit form with Basic auth switches to OAuth (8.0 outgoing)', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('outgoing', '8.0'));
  await so.getByRole('button', { name: 'Edit' }).first().click();
  const dialog = so.getByRole('dialog');
  await expect(dialog).toContainText('Edit Outgoing Email Server');
  await expect(dialog.getByTestId('item-authType')).toContainText('Basic');
  const inline = new InlineButton(so);
  await inline.click();
  await inline.says('Filled from your Azure setup');
  const values = await completeAndSave(so);
  expect(values).toMatchObject({
    protocol: 'SMTP',
    authType: 'OAuth',
    clientId: VALUES.clientId,
    clientSecret: VALUES.secret,
    tenantId: VALUES.tenantId,
    authorizationUrl: AUTHORIZE,
  });
  expect(Object.keys(values)).not.toContain('username');
  expect(Object.keys(values)).not.toContain('scope');
});

test('MAPI gets the app-only scope whatever the setup path (8.1 incoming)', async ({ context, openPopup }) => {
  const { so, dialog } = await incomingDrawerWithValues(context, openPopup);
  // Protocol MAPI, chosen the way an admin would.
  await dialog.getByTestId('item-protocol').getByRole('combobox').click();
  await so.getByRole('option', { name: 'MAPI' }).click();
  await expect(dialog.getByTestId('item-protocol')).toContainText('MAPI');
  const inline = new InlineButton(so);
  await inline.click();
  await inline.says('Filled from your Azure setup');
  const values = await completeAndSave(so);
  expect(values).toMatchObject({
    protocol: 'MAPI',
    port: 443,
    authType: 'OAuth',
    clientId: VALUES.clientId,
    clientSecret: VALUES.secret,
    authorizationUrl: AUTHORIZE,
    tokenUrl: TOKEN,
    scope: APP_ONLY_SCOPE,
  });
});

test('the inline button refuses to act while something is drawn over it (clickjacking)', async ({ context, openPopup }) => {
  const { so, dialog } = await incomingDrawerWithValues(context, openPopup);
  const inline = new InlineButton(so);
  await inline.shows();
  // A decoy drawn over the whole page that lets clicks through to what is underneath.
  await so.evaluate(() => {
    const decoy = document.createElement('div');
    decoy.textContent = 'Click here to win';
    decoy.style.cssText = 'position:fixed;inset:0;z-index:99999;pointer-events:none;background:rgba(255,255,255,.6);font-size:40px';
    document.body.append(decoy);
  });
  await inline.click();
  await inline.says('Not filled');
  await expect(dialog.getByTestId('item-clientId')).toHaveCount(0);
  await expect(dialog.getByTestId('item-authType')).toContainText('Basic');
  expect(await saveCount(so)).toBe(0);
});

test('with "keep the secret after a fill" on, the secret stays; with no values captured nothing is touched', async ({ context, openPopup }) => {
  const popup = await openPopup();
  const so = await context.newPage();
  await so.goto(listUrl('outgoing', '8.1'));
  await openAddDrawer(so, 'outgoing');
  const dialog = so.getByRole('dialog');
  const inline = new InlineButton(so);
  // Nothing captured yet: the form is left exactly as it was.
  await inline.click();
  await inline.says(/No Azure setup yet|no client ID or tenant ID yet/);
  await expect(dialog.getByTestId('item-authType')).toContainText('Basic');

  await popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: { secretIdleMinutes: 30, keepSecretAfterFill: true } });
  });
  await enterValues(popup);
  await so.bringToFront();
  await inline.click();
  await inline.says('Filled from your Azure setup');
  expect(await inline.status()).not.toContain('secret was removed');
  expect((await extensionState(popup))?.secret?.present).toBe(true);
  const values = await completeAndSave(so);
  // An outgoing SMTP server: the SMTP scope.
  expect(values).toMatchObject({ clientSecret: VALUES.secret, scope: SMTP_SCOPE, tokenUrl: TOKEN });
});
