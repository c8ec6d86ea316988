/**
 * SECURITY.md, threat "a hostile web page": a script of the portal or of ServiceOps cannot obtain
 * the secret or the captured IDs — not from window messages, DOM events, the overlay's text or
 * attributes, nor by sending messages that impersonate the extension's — and cannot make the
 * extension fill.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { enterValues, extensionState, InlineButton, listUrl, openAddDrawer, VALUES } from './fill-helpers';
import { appBladeRoute, portalUrl } from './helpers';
import { popupState, seedApp } from './checks-helpers';

/**
 * Installed before any page script: records every window message and every event type the
 * extension could plausibly use, and offers a dump of everything a page script can read — the
 * light DOM's text and attributes and every open shadow root's.
 */
const SPY = () => {
  const w = window as unknown as { __spy: { messages: string[]; events: string[] }; __readable: () => string };
  w.__spy = { messages: [], events: [] };
  window.addEventListener('message', (e) => w.__spy.messages.push(JSON.stringify(e.data) ?? String(e.data)), true);
  for (const type of ['soah', 'serviceops-azure-fill', 'fill', 'secret', 'message', 'extension']) {
    document.addEventListener(type, (e) => w.__spy.events.push(`${type}:${JSON.stringify((e as CustomEvent).detail ?? null)}`), true);
  }
  w.__readable = () => {
    const out: string[] = [];
    const visit = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) out.push(`${a.name}=${a.value}`);
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) out.push(`value=${el.value}`);
        if (el.shadowRoot) {
          out.push(`shadow:${el.localName}:${el.shadowRoot.textContent ?? ''}`);
          visit(el.shadowRoot);
        }
      }
    };
    visit(document);
    out.push(document.documentElement.innerText);
    return out.join('\n');
  };
};

/** What a hostile page script tries: talk to the extension directly, impersonate its messages, click its button. */
async function attack(page: Page, extensionId: string): Promise<{ runtime: string }> {
  return page.evaluate(async (id) => {
    const results: string[] = [];
    const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome;
    if (c?.runtime?.sendMessage) {
      for (const m of [{ type: 'get-state' }, { type: 'inline-fill' }]) {
        try {
          results.push(JSON.stringify(await c.runtime.sendMessage(id, m)));
        } catch (e) {
          results.push(`refused: ${String(e)}`);
        }
      }
    } else results.push('no chrome.runtime for the page');
    const fake = [
      { type: 'get-state' },
      { type: 'inline-fill' },
      { type: 'serviceops-probe' },
      { type: 'serviceops-fill', values: { clientId: 'x', tenantId: 'x', authorizationUrl: '', tokenUrl: '', scope: '' }, path: 'imap' },
      { type: 'guidance-sync', hash: location.hash },
    ];
    for (const m of fake) {
      window.postMessage(m, '*');
      for (const target of [window, document]) target.dispatchEvent(new CustomEvent(m.type, { detail: m, bubbles: true }));
    }
    // A scripted click on the inline button (its shadow root is reachable when open).
    const host = document.querySelector('serviceops-azure-fill');
    const button = host?.shadowRoot?.querySelector('button');
    button?.click();
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 500));
    return { runtime: results.join(' | ') };
  }, extensionId);
}

test.describe('a hostile ServiceOps page', () => {
  test('cannot read the secret or the IDs, nor make the extension fill, before the admin clicks', async ({ context, openPopup, extensionId }) => {
    const popup = await openPopup();
    await enterValues(popup);
    const so = await context.newPage();
    await so.addInitScript(SPY);
    await so.goto(listUrl('incoming', '8.1'));
    await openAddDrawer(so, 'incoming');
    const dialog = so.getByRole('dialog');
    // The extension is there (positive control): its button shows.
    const inline = new InlineButton(so);
    await inline.shows();

    const { runtime } = await attack(so, extensionId);
    expect(runtime).not.toContain(VALUES.secret);
    expect(runtime).not.toContain(VALUES.clientId);

    const seen = await so.evaluate(() => {
      const w = window as unknown as { __spy: { messages: string[]; events: string[] }; __readable: () => string };
      return { ...w.__spy, readable: w.__readable() };
    });
    for (const value of [VALUES.secret, VALUES.clientId, VALUES.tenantId]) {
      expect(seen.messages.join('\n')).not.toContain(value);
      expect(seen.events.join('\n')).not.toContain(value);
      expect(seen.readable).not.toContain(value);
    }
    // Nothing was filled (a fill first switches Authentication type to OAuth, which shows Client ID),
    // and the secret is still held (a fill would have removed it).
    await expect(dialog.getByRole('combobox', { name: 'Authentication type' })).toContainText('Basic');
    await expect(dialog.getByLabel('Client ID', { exact: true })).toHaveCount(0);
    expect((await extensionState(popup))?.secret?.present).toBe(true);

    // The admin's own click fills (so the refusals above are the extension's doing)...
    await inline.click();
    await inline.says('Filled from your Azure setup');
    await expect(dialog.getByLabel('Client ID', { exact: true })).toHaveValue(VALUES.clientId);
    // ...and the overlay reports outcomes, never values.
    const overlay = await inline.text();
    expect(overlay).toContain('Client ID');
    for (const value of [VALUES.secret, VALUES.clientId, VALUES.tenantId]) expect(overlay).not.toContain(value);
    const messages = await so.evaluate(() => (window as unknown as { __spy: { messages: string[] } }).__spy.messages.join('\n'));
    expect(messages).not.toContain(VALUES.secret);
  });
});

test.describe('a hostile portal page', () => {
  async function captured(context: import('@playwright/test').BrowserContext, openPopup: () => Promise<Page>, directory: Parameters<typeof seedApp>[0]) {
    const { app, sp } = seedApp(directory, { path: 'imap', displayName: 'Hostile portal' });
    const popup = await openPopup();
    // A secret is held for the active setup, and the Enterprise app's Object ID is known.
    const portal = await context.newPage();
    await portal.addInitScript(SPY);
    await portal.goto(portalUrl(appBladeRoute(app.appId, 'Overview')));
    await expect
      .poll(async () => ((await popupState(popup))?.setups as { clientId?: { value: string } }[] | undefined)?.some((s) => s.clientId?.value === app.appId), {
        timeout: 20_000,
      })
      .toBe(true);
    await popup.reload();
    await popup.getByLabel('Client secret', { exact: true }).fill(VALUES.secret);
    await popup.getByRole('textbox', { name: 'Enterprise application Object ID' }).fill(sp.id);
    await expect.poll(async () => (await popupState(popup))?.secret?.length).toBe(VALUES.secret.length);
    await portal.bringToFront();
    // The checklist panel shows (positive control: the overlay exists and has content).
    await expect(portal.getByRole('complementary', { name: 'ServiceOps mail setup' })).toBeVisible({ timeout: 20_000 });
    return { app, sp, portal };
  }

  test('cannot obtain the secret from messages, events, or the overlay', async ({ context, openPopup, replicas, extensionId }) => {
    const { portal } = await captured(context, openPopup, replicas.directory);
    await attack(portal, extensionId);
    const seen = await portal.evaluate(() => {
      const w = window as unknown as { __spy: { messages: string[]; events: string[] }; __readable: () => string };
      return [...w.__spy.messages, ...w.__spy.events, w.__readable()].join('\n');
    });
    expect(seen).not.toContain(VALUES.secret);
  });
});
