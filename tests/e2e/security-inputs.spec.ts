/**
 * SECURITY.md, "Input": malformed and hostile input in every field gives a clear message, is
 * never executed or rendered as markup, and loses nothing typed (the popup saves every
 * keystroke; a reopened popup shows exactly what was typed).
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { popupState } from './checks-helpers';

const FIELDS = ['Application (client) ID', 'Directory (tenant) ID', 'Client secret', 'Enterprise application Object ID'] as const;

/** Each tries to run code (it would set document.title or add an <img id=pwned>) or to confuse a reader. */
const HOSTILE: { name: string; value: string; accepted?: boolean }[] = [
  { name: 'HTML with an event handler', value: '<img id=pwned src=x onerror="document.title=\'pwned\'">' },
  { name: 'a script element', value: '<script>document.title="pwned"</script>' },
  { name: 'attribute break-out', value: '"><svg id=pwned onload="document.title=\'pwned\'">' },
  { name: 'a javascript: URL', value: 'javascript:document.title="pwned"' },
  { name: 'control characters', value: 'abc\u0000\u0007\u001b[31mdef\r\n' },
  { name: 'RTL override and zero-width marks', value: '\u202E3f2504e0-4f89-41d3-9a0c-0305e82c3301\u200F\u200B' },
  { name: 'a long string (300 characters)', value: 'A'.repeat(300) },
];

/** GUIDs as people paste them: braces, upper case, quotes, spaces — accepted, cleaned. */
const GUID_SHAPES = [
  '{3F2504E0-4F89-41D3-9A0C-0305E82C3301}',
  '"3f2504e0-4f89-41d3-9a0c-0305e82c3301"',
  "'3F2504E0-4F89-41D3-9A0C-0305E82C3301'",
  '  3f2504e0-4f89-41d3-9a0c-0305e82c3301  ',
];

function field(popup: Page, label: (typeof FIELDS)[number]) {
  return label === 'Client secret' ? popup.getByLabel('Client secret', { exact: true }) : popup.getByRole('textbox', { name: label, exact: true });
}

/** The check message under a field (its aria-describedby). */
async function messageOf(popup: Page, label: (typeof FIELDS)[number]): Promise<string> {
  const ids = (await field(popup, label).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter((id) => id.endsWith('-message'))
      .map((id) => popup.locator(`[id="${id}"]`).innerText()),
  );
  return texts.join(' ');
}

async function nothingRan(popup: Page): Promise<void> {
  expect(await popup.title()).not.toBe('pwned');
  await expect(popup.locator('#pwned, img[src="x"], svg[onload]')).toHaveCount(0);
}

test('hostile input in every popup field: a clear message, never executed, nothing lost', async ({ openPopup }) => {
  test.setTimeout(180_000);
  const popup = await openPopup();
  const dialogs: string[] = [];
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const title = await popup.title();
  for (const { name, value: typed } of HOSTILE) {
    // A single-line input drops line breaks itself (HTML's value sanitization): that is what was typed.
    const value = typed.replace(/[\r\n]/g, '');
    for (const label of FIELDS) {
      await field(popup, label).fill(typed);
      await expect(field(popup, label), `${label}: ${name}`).toHaveValue(value);
      // A clear, specific message (not an empty or generic one).
      await expect.poll(() => messageOf(popup, label), `${label}: ${name}`).toMatch(/\w{4,}.*\w{4,}/);
      await nothingRan(popup);
    }
    // Nothing typed is lost: a reopened popup shows exactly what was typed, in every field.
    await expect.poll(async () => (await popupState(popup))?.setups.length).toBeGreaterThan(0);
    await popup.reload();
    for (const label of FIELDS) {
      // By design a GUID is refused as the secret (it is the Secret ID, never the Value): it is named, not kept.
      if (label === 'Client secret' && /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(value)) continue;
      await expect(field(popup, label), `after reopening: ${label}: ${name}`).toHaveValue(value);
    }
    await nothingRan(popup);
  }
  expect(dialogs).toEqual([]);
  expect(await popup.title()).toBe(title);
});

test('GUIDs with braces, upper case, quotes or spaces are accepted as the GUID they are', async ({ openPopup }) => {
  const popup = await openPopup();
  for (const shape of GUID_SHAPES) {
    await field(popup, 'Application (client) ID').fill(shape);
    // Accepted (no error), and what was typed stays in the field.
    await expect(field(popup, 'Application (client) ID')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(field(popup, 'Application (client) ID')).toHaveValue(shape);
  }
});

test('a value longer than the extension keeps gets a message and is not silently dropped', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  const long = `${'b'.repeat(600)}`;
  for (const label of FIELDS) {
    await field(popup, label).fill(long);
    await expect.poll(() => messageOf(popup, label), label).toMatch(/\w{4,}.*\w{4,}/);
  }
  // Let the background answer every edit before the popup goes away (a reload here would also cut
  // off a request still in flight, which is not what this test is about).
  await expect
    .poll(() =>
      serviceWorker.evaluate(async (text) => {
        const all = JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]);
        return all.split(text).length - 1;
      }, long),
    )
    .toBeGreaterThanOrEqual(FIELDS.length);
  await popup.reload();
  // The popup marks the frame in which the stored values first show; read the fields after that.
  await popup.waitForFunction(() => performance.getEntriesByName('popup:ready').length > 0);
  // Either it was kept in full, or the field says why not: never an unexplained loss.
  for (const label of FIELDS) {
    const kept = await field(popup, label).inputValue();
    if (kept !== long)
      expect(await messageOf(popup, label), `${label} lost ${long.length - kept.length} characters without a word`).toMatch(/long|characters/i);
  }
});

test('hostile ServiceOps addresses in the options: a clear message, nothing granted, nothing run', async ({ openOptions, serviceWorker }) => {
  const options = await openOptions();
  const input = options.getByRole('textbox', { name: 'ServiceOps URL' });
  for (const value of [
    'javascript:document.title="pwned"',
    'http://servicedesk.example.com',
    'https://user:pw@servicedesk.example.com',
    '<img id=pwned src=x onerror="document.title=\'pwned\'">',
    '\u202Ehttps://evil.test',
    'x'.repeat(3000),
  ]) {
    await input.fill(value);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(options.locator('#origin-message')).toHaveText(/\w{4,}.*\w{4,}/);
    await expect(input).toHaveValue(value);
    await nothingRan(options);
  }
  const origins = await serviceWorker.evaluate(
    async () =>
      (await (globalThis as unknown as { chrome: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }).chrome.permissions.getAll()).origins ?? [],
  );
  expect(origins.filter((o) => !/microsoft|serviceops\.test|portal\.azure|entra/.test(o))).toEqual([]);
});
