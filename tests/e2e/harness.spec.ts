import { test, expect } from './fixtures';

test('the extension loads and its popup and options pages render', async ({ extensionId, openPopup, openOptions }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await openPopup();
  await expect(popup.getByRole('textbox', { name: 'Application (client) ID' })).toBeVisible();
  const options = await openOptions();
  await expect(options.getByRole('textbox', { name: 'ServiceOps URL' })).toBeVisible();
});
