/**
 * A scope per protocol, the Email Provider, every way a form draws Authentication type (the
 * replica's own renderings and one built with antd itself), and the end-of-EWS notice on MAPI.
 * Each case checks what the replica's framework state saved.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  AUTHORIZE,
  APP_ONLY_SCOPE,
  completeAndSave,
  enterValues,
  extensionState,
  IMAP_SCOPE,
  listUrl,
  openAddDrawer,
  POP_SCOPE,
  saveCount,
  SMTP_SCOPE,
  TOKEN,
  VALUES,
} from './fill-helpers';

/** Chooses an option in one of the replica's own custom selects, like a user. */
async function choose(page: Page, dialog: Locator, label: string, option: string): Promise<void> {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: label })).toContainText(option);
}

async function fillFromPopup(popup: Page): Promise<void> {
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup.locator('.results p').first()).not.toHaveText('Filling…', { timeout: 20_000 });
}

const protocolsOf = async (popup: Page) => ((await extensionState(popup))?.setups[0] as { protocols?: string[] } | undefined)?.protocols;

test('8.1: POP3 incoming gets the POP scope, SMTP outgoing the SMTP scope; the setup remembers both, and Email Provider is set to Microsoft', async ({
  context,
  openPopup,
}) => {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  await choose(so, so.getByRole('dialog'), 'Protocol', 'POP3');
  await fillFromPopup(popup);
  await expect(popup.locator('.results')).toContainText('Filled');
  await expect(popup.locator('.fill-protocol')).toContainText('Protocol: POP3');
  await expect(popup.locator('.fill-report')).toContainText('Email Provider: filled');
  await expect(popup.locator('.fill-report')).toContainText('Scope: filled');
  await so.bringToFront();
  const incoming = await completeAndSave(so);
  expect(incoming).toMatchObject({
    provider: 'Microsoft',
    protocol: 'POP3',
    port: 995,
    authType: 'OAuth',
    scope: POP_SCOPE,
    clientId: VALUES.clientId,
    tokenUrl: TOKEN,
  });
  expect(incoming.scope).not.toBe(IMAP_SCOPE);
  await expect.poll(() => protocolsOf(popup)).toEqual(['pop3']);

  // The secret left the extension after the first fill: type it again for the outgoing server.
  await enterValues(popup);
  await so.goto(listUrl('outgoing', '8.1'));
  await openAddDrawer(so, 'outgoing');
  await fillFromPopup(popup);
  await expect(popup.locator('.fill-protocol')).toContainText('Protocol: SMTP');
  await so.bringToFront();
  const outgoing = await completeAndSave(so);
  expect(outgoing).toMatchObject({
    provider: 'Microsoft',
    protocol: 'SMTP',
    host: 'smtp.office365.com',
    authType: 'OAuth',
    scope: SMTP_SCOPE,
    authorizationUrl: AUTHORIZE,
  });
  await expect.poll(() => protocolsOf(popup)).toEqual(['pop3', 'smtp']);
});

test('Email Provider Google: the fill is refused with a clear message and the form is left untouched', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  const dialog = so.getByRole('dialog');
  await choose(so, dialog, 'Email Provider', 'Google');
  const before = await dialog.locator('form').innerHTML();
  await fillFromPopup(popup);
  await expect(popup.getByText(/Email Provider is Google \(Gmail\): Microsoft values never go into it, so nothing was changed/)).toBeVisible();
  await expect(popup.locator('.fill-report li')).toHaveCount(0);
  await so.bringToFront();
  await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
  await expect(dialog.getByLabel('Client ID')).toHaveCount(0);
  expect(await dialog.locator('form').innerHTML()).toBe(before);
  expect(await saveCount(so)).toBe(0);
  // The secret is still held: nothing went into the form.
  expect((await extensionState(popup))?.secret?.present).toBe(true);

  // Switched to Microsoft by the admin, the same form fills.
  await choose(so, dialog, 'Email Provider', 'Microsoft');
  await fillFromPopup(popup);
  await expect(popup.locator('.results')).toContainText('Filled');
  await so.bringToFront();
  expect(await completeAndSave(so)).toMatchObject({ provider: 'Microsoft', authType: 'OAuth', clientId: VALUES.clientId, scope: IMAP_SCOPE });
});

test('MAPI: app-only scope, and the end-of-EWS notice in the fill report and the popup', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  await choose(so, so.getByRole('dialog'), 'Protocol', 'MAPI');
  await fillFromPopup(popup);
  await expect(popup.locator('.fill-protocol')).toContainText('Protocol: MAPI (EWS)');
  const notice = popup.locator('.results').getByRole('note', { name: 'End of EWS' });
  await expect(notice).toContainText('1 April 2027');
  await expect(notice).toContainText('Get-OrganizationConfig | fl EWSEnabled');
  await expect(notice).toContainText('EwsAllowedAppIDs');
  await expect(notice).toContainText('IMAP or POP3 with OAuth');
  // The values form says it too, now that the setup is used for MAPI.
  await expect(popup.getByRole('note', { name: 'End of EWS' })).toHaveCount(2);
  await so.bringToFront();
  expect(await completeAndSave(so)).toMatchObject({ protocol: 'MAPI', port: 443, security: 'SSL/TLS', authType: 'OAuth', scope: APP_ONLY_SCOPE });
});

test('Authentication type as a native select, native radios, a radio group, segmented buttons or a switch: switched to OAuth and filled', async ({
  context,
  openPopup,
}) => {
  const popup = await openPopup();
  const so = await context.newPage();
  for (const control of ['select', 'radios', 'radiogroup', 'segmented', 'switch'] as const) {
    await enterValues(popup);
    await so.goto(listUrl('incoming', '8.1', 'https://serviceops.test', `&authControl=${control}`));
    await openAddDrawer(so, 'incoming');
    await fillFromPopup(popup);
    await expect(popup.locator('.results'), control).toContainText('Filled');
    await so.bringToFront();
    const values = await completeAndSave(so);
    expect(values, control).toMatchObject({
      authType: 'OAuth',
      clientId: VALUES.clientId,
      clientSecret: VALUES.secret,
      scope: IMAP_SCOPE,
      provider: 'Microsoft',
    });
  }
});

test('?ui=antd: the form built with antd itself (virtual-list Select, Radio.Group buttons, Input.Password) is filled, POP3 included', async ({
  context,
  openPopup,
}) => {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1', 'https://serviceops.test', '&ui=antd'));
  await openAddDrawer(so, 'incoming');
  const dialog = so.getByRole('dialog');
  await expect(dialog.locator('.ant-radio-group[role=radiogroup]')).toBeVisible();
  // The admin picks POP3 in antd's Select, as a user would.
  await dialog.getByLabel('Protocol').click();
  await so.locator('.ant-select-item-option[title="POP3"]').click();
  await expect(dialog.locator('[title="POP3"]').first()).toBeVisible();
  await fillFromPopup(popup);
  await expect(popup.locator('.results')).toContainText('Filled');
  await expect(popup.locator('.fill-report')).toContainText('Email Provider: filled');
  await expect(popup.locator('.fill-protocol')).toContainText('Protocol: POP3');
  await so.bringToFront();
  await dialog.getByLabel('Name', { exact: true }).fill('Support OAuth');
  await dialog.getByLabel('Email', { exact: true }).fill('support@contoso.com');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(so.getByTestId('saved-state')).toBeVisible();
  const saved = await so.evaluate(() => (window as unknown as { __serviceOpsLastSave?: { values: Record<string, unknown> } }).__serviceOpsLastSave?.values);
  expect(saved).toMatchObject({
    provider: 'Microsoft',
    protocol: 'POP3',
    host: 'outlook.office365.com',
    authType: 'OAuth',
    clientId: VALUES.clientId,
    clientSecret: VALUES.secret,
    authorizationUrl: AUTHORIZE,
    tokenUrl: TOKEN,
    scope: POP_SCOPE,
  });
});
