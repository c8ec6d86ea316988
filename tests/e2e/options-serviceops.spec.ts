import { test, expect } from './fixtures';

test('options: http and malformed addresses are refused with a reason; an https one is added and shown as granted', async ({ openOptions }) => {
  const options = await openOptions();
  const input = options.getByRole('textbox', { name: 'ServiceOps URL' });
  const add = options.getByRole('button', { name: 'Add', exact: true });

  await input.fill('http://insecure-serviceops.test');
  await add.click();
  await expect(options.getByRole('alert')).toContainText('must be reached over https');
  // What the admin typed is kept so it can be corrected.
  await expect(input).toHaveValue('http://insecure-serviceops.test');

  await input.fill('https://user:pw@serviceops.test');
  await add.click();
  await expect(options.getByRole('alert')).toContainText('Remove the user name and password');

  await input.fill('serviceops.test/admin/support-channel');
  await add.click();
  await expect(options.getByRole('status')).toContainText('Added https://serviceops.test');
  const list = options.getByRole('list', { name: 'ServiceOps addresses' });
  await expect(list.getByRole('listitem').filter({ hasText: 'https://serviceops.test' })).toContainText('Access granted');
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // The E2E build grants this origin in its manifest: it cannot be removed, and the page says so.
  await options.getByRole('button', { name: 'Remove https://serviceops.test' }).click();
  await expect(options.getByRole('alert')).toContainText('cannot be removed');
});
