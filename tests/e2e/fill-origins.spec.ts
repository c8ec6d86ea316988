import { test, expect } from './fixtures';
import { AUTHORIZE, completeAndSave, enterValues, InlineButton, listUrl, openAddDrawer, saveCount, VALUES } from './fill-helpers';

const INLINE_TAG = 'serviceops-azure-fill';

test('nothing reaches a non-granted origin, a foreign-origin frame or an http page', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);

  const other = await context.newPage();
  await other.goto(listUrl('incoming', '8.1', 'https://other-serviceops.test', '&drawer=add'));
  const insecure = await context.newPage();
  await insecure.goto(listUrl('incoming', '8.1', 'http://insecure-serviceops.test', '&drawer=add'));
  const granted = await context.newPage();
  await granted.goto(listUrl('incoming', '8.1', 'https://serviceops.test', '&embed=hostile&drawer=add'));
  const hostile = granted.frameLocator('iframe[title="Partner widget"]');
  await expect(hostile.getByRole('dialog')).toContainText('Add Incoming Email Server');

  // The script is active on the granted page (its button is there) ...
  await new InlineButton(granted).shows();
  // ... and nowhere else.
  await expect(hostile.locator(INLINE_TAG)).toHaveCount(0);
  await expect(other.locator(INLINE_TAG)).toHaveCount(0);
  await expect(insecure.locator(INLINE_TAG)).toHaveCount(0);

  // The popup finds exactly the granted tab and fills only it.
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup.locator('.results')).toContainText('Filled', { timeout: 20_000 });
  await expect(popup.getByText('Several ServiceOps tabs')).toHaveCount(0);

  for (const page of [other, insecure]) {
    await expect(page.getByRole('dialog').getByTestId('item-authType')).toContainText('Basic');
    await expect(page.getByRole('dialog').getByTestId('item-clientId')).toHaveCount(0);
    expect(await saveCount(page)).toBe(0);
  }
  await expect(hostile.getByTestId('item-authType')).toContainText('Basic');
  await expect(hostile.getByTestId('item-clientId')).toHaveCount(0);

  await granted.bringToFront();
  const values = await completeAndSave(granted);
  expect(values).toMatchObject({ clientId: VALUES.clientId, authorizationUrl: AUTHORIZE });
});

test('with the form open in two tabs the popup asks which one and fills only that one', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);
  const incoming = await context.newPage();
  await incoming.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(incoming, 'incoming');
  const outgoing = await context.newPage();
  await outgoing.goto(listUrl('outgoing', '8.1'));
  await openAddDrawer(outgoing, 'outgoing');

  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Fill ServiceOps form' }).click();
  await expect(popup.getByText('Several ServiceOps tabs show a server form')).toBeVisible({ timeout: 20_000 });
  await popup.getByRole('button', { name: /Add Outgoing Email Server/ }).click();
  await expect(popup.locator('.results')).toContainText('Filled Add Outgoing Email Server', { timeout: 20_000 });

  await expect(incoming.getByRole('dialog').getByTestId('item-authType')).toContainText('Basic');
  await outgoing.bringToFront();
  const values = await completeAndSave(outgoing);
  expect(values).toMatchObject({ authType: 'OAuth', clientId: VALUES.clientId, clientSecret: VALUES.secret });
});
