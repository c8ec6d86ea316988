/**
 * SECURITY.md, "Filling": values go only into the top frame of a granted ServiceOps tab. Here the
 * framed form is on a GRANTED origin (serviceops.test), framed by a site the admin did not grant:
 * the origin alone would let the script in, so only the top-frame rules keep the form empty.
 */
import { test, expect } from './fixtures';
import { enterValues, extensionState, listUrl } from './fill-helpers';

const INLINE_TAG = 'serviceops-azure-fill';
const GRANTED_FORM = listUrl('incoming', '8.1', 'https://serviceops.test', '&drawer=add');

test('a granted ServiceOps form framed by another site gets no button, no values and no fill', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await enterValues(popup);

  // Positive control: the same form as a tab of its own gets the inline button.
  const own = await context.newPage();
  await own.goto(GRANTED_FORM);
  await expect(own.getByRole('dialog')).toContainText('Add Incoming Email Server');
  await expect(own.locator(INLINE_TAG)).toHaveCount(1);
  await own.close();

  const host = await context.newPage();
  await host.goto('https://unrelated.test/');
  await host.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'ServiceOps';
    frame.style.cssText = 'width:1200px;height:800px;border:0';
    document.body.append(frame);
  }, GRANTED_FORM);
  const framed = host.frameLocator('iframe[title="ServiceOps"]');
  await expect(framed.getByRole('dialog')).toContainText('Add Incoming Email Server');
  // The form shows long enough for a document_idle script to have run in it.
  await host.waitForTimeout(1500);
  await expect(framed.locator(INLINE_TAG)).toHaveCount(0);

  // The popup (or a compromised one) naming the tab directly is refused: its top frame is not ServiceOps.
  // The extension cannot even see that tab's URL, so every tab it cannot see is named in turn.
  const answer = await popup.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: unknown): Promise<{ id?: number; url?: string }[]> }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome;
    const unseen = (await c.tabs.query({})).filter((t) => !t.url).map((t) => t.id);
    const state = (await c.runtime.sendMessage({ type: 'get-state' })) as { value: { activeSetupId: string } };
    const targets = (await c.runtime.sendMessage({ type: 'list-fill-targets' })) as { ok: boolean; value?: { tabId?: number }[] };
    const fills = [];
    for (const tabId of unseen) fills.push(await c.runtime.sendMessage({ type: 'fill-serviceops', setupId: state.value.activeSetupId, tabId }));
    return { unseen: unseen.length, listed: (targets.value ?? []).filter((t) => unseen.includes(t.tabId)).length, fills };
  });
  expect(answer.unseen).toBeGreaterThan(0);
  expect(answer.listed).toBe(0);
  for (const fill of answer.fills) expect(fill).toMatchObject({ ok: false });

  const form = host.frame({ url: /serviceops\.test/ });
  if (!form) throw new Error('no ServiceOps frame');
  await expect(framed.getByTestId('item-authType')).toContainText('Basic');
  await expect(framed.getByTestId('item-clientId')).toHaveCount(0);
  expect(await form.evaluate(() => Array.from(document.querySelectorAll('input')).some((i) => i.value.includes('Q~')))).toBe(false);
  expect(await form.evaluate(() => (window as unknown as { __serviceOpsSaveCount: number }).__serviceOpsSaveCount)).toBe(0);
  expect((await extensionState(popup))?.secret?.present).toBe(true);
});
