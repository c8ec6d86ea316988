/**
 * Shared steps for the ServiceOps fill specs: type the captured values into the popup, open the
 * replica's server form, and read what the replica's framework state saved.
 */
import type { BrowserContext, CDPSession, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const VALUES = {
  clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  secret: 'abc8Q~Xy12_zW.3-vUt9sRq~PoNmLkJiHgFeDcBa',
};

export const AUTHORIZE = `https://login.microsoftonline.com/${VALUES.tenantId}/oauth2/v2.0/authorize`;
export const TOKEN = `https://login.microsoftonline.com/${VALUES.tenantId}/oauth2/v2.0/token`;
export const IMAP_SCOPE = 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access';
export const POP_SCOPE = 'https://outlook.office.com/POP.AccessAsUser.All offline_access';
export const SMTP_SCOPE = 'https://outlook.office.com/SMTP.Send offline_access';
export const APP_ONLY_SCOPE = 'https://outlook.office365.com/.default';

export type Direction = 'incoming' | 'outgoing';
export type Version = '7.9' | '8.0' | '8.1';

export function listUrl(direction: Direction, version: Version, origin = 'https://serviceops.test', extra = ''): string {
  return `${origin}/admin/support-channel/emails/${direction}-email-servers?version=${version}${extra}`;
}

interface StateSnapshot {
  setups: { id: string; name: string; redirectUrl?: { value: string }; serviceOpsOrigin?: string; serviceOpsOrigins?: string[] }[];
  activeSetupId?: string;
  secret?: { present: boolean; length?: number };
}

/** The background's state as the popup sees it (the popup page may message the background). */
export async function extensionState(page: Page): Promise<StateSnapshot | undefined> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: StateSnapshot }> } } }).chrome;
    const result = await api.runtime.sendMessage({ type: 'get-state' });
    return result.ok ? result.value : undefined;
  });
}

/** Types the three values into the popup (saved on every keystroke) and leaves the popup open. */
export async function enterValues(popup: Page, values = VALUES): Promise<void> {
  await popup.getByRole('textbox', { name: 'Application (client) ID' }).fill(values.clientId);
  await popup.getByRole('textbox', { name: 'Directory (tenant) ID' }).fill(values.tenantId);
  await popup.getByLabel('Client secret', { exact: true }).fill(values.secret);
  // The last keystroke's save is asynchronous: wait until the background has the secret.
  await expect.poll(async () => (await extensionState(popup))?.secret?.length).toBe(values.secret.length);
}

/** Opens the list page and its Add drawer by clicking the list's button. */
export async function openAddDrawer(page: Page, direction: Direction): Promise<void> {
  await page.getByRole('button', { name: direction === 'incoming' ? 'Add Incoming Email Server' : 'Add Outgoing Email Server' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

/**
 * The usual starting point of the inline-button cases: the popup with the three values entered,
 * and a ServiceOps 8.1 tab showing its "Add Incoming Email Server" drawer.
 */
export async function incomingDrawerWithValues(context: BrowserContext, openPopup: () => Promise<Page>): Promise<{ popup: Page; so: Page; dialog: Locator }> {
  const popup = await openPopup();
  await enterValues(popup);
  const so = await context.newPage();
  await so.goto(listUrl('incoming', '8.1'));
  await openAddDrawer(so, 'incoming');
  return { popup, so, dialog: so.getByRole('dialog') };
}

/** Completes the fields the extension does not own, clicks Save, returns the saved payload. */
export async function completeAndSave(page: Page): Promise<Record<string, unknown>> {
  // The replica's test ids are fine here: the test drives the replica, the extension never sees them.
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('item-name').locator('input').fill('Support OAuth');
  await dialog.getByTestId('item-email').locator('input').fill('support@contoso.com');
  const host = dialog.getByTestId('item-host').locator('input');
  if ((await host.inputValue()) === '') await host.fill('outlook.office365.com');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('saved-state')).toBeVisible();
  const saved = await page.evaluate(() => (window as unknown as { __serviceOpsLastSave?: { values: Record<string, unknown> } }).__serviceOpsLastSave);
  if (!saved) throw new Error('Nothing saved');
  return saved.values;
}

export async function saveCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __serviceOpsSaveCount: number }).__serviceOpsSaveCount);
}

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findNode(root: DomNode | undefined, match: (n: DomNode) => boolean): DomNode | undefined {
  if (!root) return undefined;
  if (match(root)) return root;
  for (const child of [...(root.shadowRoots ?? []), ...(root.children ?? [])]) {
    const found = findNode(child, match);
    if (found) return found;
  }
  return undefined;
}

const attr = (n: DomNode, name: string) => {
  const i = n.attributes?.indexOf(name) ?? -1;
  return i >= 0 && i % 2 === 0 ? n.attributes?.[i + 1] : undefined;
};

/** The parts of the inline button, found in one DevTools session (node ids live as long as the session). */
interface InlineParts {
  cdp: CDPSession;
  host?: DomNode;
  button?: DomNode;
  caption?: DomNode;
  status?: DomNode;
}

/**
 * The inline "Fill from Azure setup" button lives in a closed shadow root: page scripts and
 * Playwright's selectors cannot reach it. The tests reach it as DevTools does (the DOM domain of
 * the DevTools protocol pierces closed roots) and press it with real mouse input, so the build under
 * test is the one that ships.
 */
export class InlineButton {
  constructor(private readonly page: Page) {}

  private async parts<T>(use: (p: InlineParts) => Promise<T>): Promise<T> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = findNode(root, (n) => n.localName === 'serviceops-azure-fill');
      const inside = host?.shadowRoots?.[0];
      return await use({
        cdp,
        host,
        button: findNode(inside, (n) => n.localName === 'button'),
        caption: findNode(inside, (n) => attr(n, 'class') === 'caption'),
        status: findNode(inside, (n) => attr(n, 'role') === 'status'),
      });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }

  private static async textOf(cdp: CDPSession, node: DomNode | undefined): Promise<string> {
    if (!node) return '';
    try {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId: node.nodeId })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.textContent; }',
        returnByValue: true,
      })) as { result: { value?: string } };
      return result.value ?? '';
    } catch {
      // The page re-rendered and the button moved since the tree was read: read again.
      return '';
    }
  }

  /** The button's own words ('' when there is no button). */
  label(): Promise<string> {
    return this.parts(({ cdp, button }) => InlineButton.textOf(cdp, button));
  }

  /** The line under the button that says a click asks first. */
  caption(): Promise<string> {
    return this.parts(({ cdp, caption }) => InlineButton.textOf(cdp, caption));
  }

  /** The status region under the button. */
  status(): Promise<string> {
    return this.parts(({ cdp, status }) => InlineButton.textOf(cdp, status));
  }

  /** Everything the closed root shows. */
  text(): Promise<string> {
    return this.parts(({ cdp, host }) =>
      host?.shadowRoots?.[0]
        ? InlineButton.textOf(
            cdp,
            findNode(host.shadowRoots[0], (n) => n.localName === 'body'),
          )
        : Promise.resolve(''),
    );
  }

  /** Waits until the button shows (with the setup it names, once the background said which). */
  async shows(name = 'Fill from Azure setup'): Promise<void> {
    await expect.poll(() => this.label(), { timeout: 15_000 }).toContain(name);
  }

  /** The button's box on screen, after scrolling it into view. */
  async box(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.parts(async ({ cdp, button }) => {
      if (!button) throw new Error('No inline button on the page');
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: button.nodeId });
      const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { border: number[] } };
      const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
      return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
    });
  }

  /**
   * The admin's click: the button is scrolled into view and left on screen longer than the
   * extension requires (500 ms) before the real mouse presses it, as a person's click would be.
   */
  async click(): Promise<void> {
    await this.shows();
    await this.box();
    await this.page.waitForTimeout(900);
    const box = await this.box();
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Gives the button keyboard focus, as a page could make it have while the admin types elsewhere. */
  async focus(): Promise<void> {
    await this.parts(async ({ cdp, button }) => {
      if (!button) throw new Error('No inline button on the page');
      await cdp.send('DOM.focus', { nodeId: button.nodeId });
    });
  }

  /** Waits for the status to say `text`. */
  async says(text: string | RegExp, timeout = 20_000): Promise<void> {
    if (typeof text === 'string') await expect.poll(() => this.status(), { timeout }).toContain(text);
    else await expect.poll(() => this.status(), { timeout }).toMatch(text);
  }
}
