/**
 * "Set it up for me" when things go wrong: the network goes away right after each Graph write
 * (the write is applied, its answer lost), Graph throttles with Retry-After and new objects are
 * not visible at once. A re-run finds what exists and finishes it: exactly one app, one
 * Enterprise application, one secret that someone holds, one grant.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CONTOSO, GRAPH_APP_ID } from '../replicas/directory';
import { setGraphSwitches } from '../replicas/graph/switches';
import { runCheck } from './checks-helpers';
import { createAgain, createRegion, emptyTenant, startCreation, waitForCreation, type EmptyTenant } from './graph-helpers';
import type { Replicas } from '../replicas/server';

/** The Graph writes of one uninterrupted IMAP creation, in order. */
const IMAP_WRITES = [
  'POST /v1.0/applications',
  'POST /v1.0/applications/{id}/addPassword',
  'POST /v1.0/servicePrincipals',
  'POST /v1.0/oauth2PermissionGrants',
];

function expectOneFinishedApp(replicas: Replicas, tenant: EmptyTenant, name: string): void {
  const apps = tenant.apps();
  expect(apps.map((a) => a.displayName)).toEqual([name]);
  expect(apps[0]?.passwordCredentials).toHaveLength(1);
  const sps = tenant.servicePrincipals();
  expect(sps).toHaveLength(1);
  const graphSp = replicas.directory.findServicePrincipal(GRAPH_APP_ID, CONTOSO.id);
  const grants = replicas.directory.grants.filter((g) => g.clientId === sps[0]?.id && g.resourceId === graphSp?.id);
  expect(grants).toHaveLength(1);
  expect(grants[0]?.scope.split(' ')).toEqual(expect.arrayContaining(['IMAP.AccessAsUser.All', 'Mail.Read']));
}

async function failedOffline(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toContainText('Microsoft Graph could not be reached', { timeout: 60_000 });
}

test('an uninterrupted IMAP creation makes exactly these Graph writes', async ({ context, openPopup, replicas, serviceWorker, extensionId }) => {
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
  const signin = await startCreation(context, await openPopup(), { path: 'imap', name: 'Resume baseline' });
  await waitForCreation(signin, 'Resume baseline');
  expect(tenant.writes()).toEqual(IMAP_WRITES);
  expectOneFinishedApp(replicas, tenant, 'Resume baseline');
});

for (const [index, write] of IMAP_WRITES.entries()) {
  const n = index + 1;
  test(`network gone right after write ${n} (${write}): the re-run finishes the same app`, async ({
    context,
    openPopup,
    replicas,
    serviceWorker,
    extensionId,
  }) => {
    test.setTimeout(150_000);
    const name = `Resume after write ${n}`;
    const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
    setGraphSwitches(replicas.directory, CONTOSO.id, { dropAfterWrites: n });
    const popup = await openPopup();
    const first = await startCreation(context, popup, { path: 'imap', name });
    await failedOffline(first);
    // Write n was applied although its answer never came.
    expect(tenant.writes().slice(0, n)).toEqual(IMAP_WRITES.slice(0, n));
    await expect(createRegion(popup)).toContainText(`Stopped at`);

    setGraphSwitches(replicas.directory, CONTOSO.id, { dropAfterWrites: null });
    const second = await createAgain(context, popup);
    await waitForCreation(second, name);
    expectOneFinishedApp(replicas, tenant, name);
    // The secret of a lost answer (nobody has its value) is gone; the one left is the one the setup holds.
    const popup2 = await openPopup();
    await expect(popup2.getByRole('textbox', { name: 'Application (client) ID' })).toHaveValue(tenant.apps()[0]!.appId);
    expect(await runCheck(popup2, 'Secret works')).toContain('The secret works: Microsoft issued a token.');
  });
}

test('throttled writes (429 with Retry-After) and objects that appear late: one run still ends with one finished app', async ({
  context,
  openPopup,
  replicas,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(150_000);
  const tenant = await emptyTenant(replicas, serviceWorker, extensionId);
  setGraphSwitches(replicas.directory, CONTOSO.id, { throttle: { requests: 2, retryAfterSeconds: 1, writesOnly: true }, visibilityDelayMs: 1500 });
  const signin = await startCreation(context, await openPopup(), { path: 'imap', name: 'Throttled and late' });
  await waitForCreation(signin, 'Throttled and late');
  expectOneFinishedApp(replicas, tenant, 'Throttled and late');
  const throttled = tenant.writes().filter((w) => w === 'POST /v1.0/applications');
  // The first POST was throttled, then answered: still one app.
  expect(throttled.length).toBeGreaterThanOrEqual(2);
});
