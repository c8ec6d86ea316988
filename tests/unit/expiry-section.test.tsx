import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExpirySection } from '../../components/popup/expiry-section';
import { formatDay } from '../../utils/background/expiry';
import { newSetup } from '../../utils/background/setups';
import { startRotation } from '../../utils/rotation';
import type { Setup } from '../../utils/schemas';
import { rotationsItem, setupsItem } from '../../utils/storage-items';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-02T09:00:00Z');
const END = NOW + 6 * DAY + 3_600_000;
let root: Root;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function setup(patch: Partial<Setup> = {}): Setup {
  return {
    ...newSetup('s', 1, 'Support mailbox'),
    clientId: { value: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', provenance: { source: 'portal', detail: 'Overview', capturedAt: 1 } },
    serviceOpsOrigin: 'https://help.contoso.com',
    secretMeta: { keyId: 'k1', hint: 'abc', expires: new Date(END).toISOString(), provenance: { source: 'graph', detail: 'Microsoft Graph', capturedAt: NOW } },
    ...patch,
  };
}

async function show(s: Setup | undefined): Promise<void> {
  await act(async () => {
    root.render(<ExpirySection setup={s} now={() => NOW} />);
  });
}

const button = () => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Rotate secret');

describe('popup: the secret expiry', () => {
  it('shows the date, the days left and the server, with "Rotate secret"', async () => {
    await show(setup());
    const line = container.querySelector('[data-testid="secret-expiry-date"]');
    expect(line?.textContent).toBe(`Secret expires on ${formatDay(END)}. 7 days left.`);
    expect(line?.className).toContain('check-error');
    expect(container.textContent).toContain('Filled into ServiceOps at help.contoso.com.');
    expect(button()).toBeDefined();
  });

  it('an expired secret says so; an unknown expiry says where it will come from', async () => {
    await show(
      setup({ secretMeta: { hint: 'abc', expires: new Date(NOW - DAY).toISOString(), provenance: { source: 'portal', detail: 'x', capturedAt: 1 } } }),
    );
    expect(container.textContent).toContain('Secret expired on');
    await show(setup({ secretMeta: undefined, serviceOpsOrigin: undefined }));
    expect(container.textContent).toContain('Secret expiry not known yet');
    expect(container.textContent).toContain('Not filled into ServiceOps yet.');
  });

  it('a secret made for longer than the recommended 180 days says so', async () => {
    const meta = (expires: number) => ({
      hint: 'abc',
      expires: new Date(expires).toISOString(),
      provenance: { source: 'portal' as const, detail: 'x', capturedAt: NOW },
    });
    await show(setup({ secretMeta: meta(NOW + 730 * DAY) }));
    expect(container.querySelector('[data-testid="secret-expiry-date"]')?.textContent).toMatch(/about 730 days; 180 days or less is recommended/);
    await show(setup({ secretMeta: meta(NOW + 180 * DAY) }));
    expect(container.textContent).not.toContain('recommended');
  });

  it('nothing before the app is known', async () => {
    await show(setup({ clientId: undefined }));
    expect(container.textContent).toBe('');
  });

  it('"Rotate secret" opens the rotation page for this setup', async () => {
    const open = vi.spyOn(fakeBrowser.tabs, 'create');
    await show(setup());
    await act(async () => button()?.click());
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/rotate\.html\?setup=s$/) as string });
  });

  it('says when a rotation is under way (the old secret still there)', async () => {
    await rotationsItem.setValue({ s: startRotation(setup(), NOW) });
    await show(setup());
    await vi.waitFor(() => expect(container.textContent).toContain('A rotation is under way'));
  });
});

describe('popup: the secret expiry follows the stored setup', () => {
  it('appears once the client ID is typed, and takes the end an audit finds, without reopening', async () => {
    await setupsItem.setValue([setup({ clientId: undefined, secretMeta: undefined })]);
    await show(setup({ clientId: undefined, secretMeta: undefined }));
    expect(container.textContent).toBe('');
    await act(async () => setupsItem.setValue([setup({ secretMeta: undefined })]));
    await vi.waitFor(() => expect(container.textContent).toContain('Secret expiry not known yet'));
    await act(async () => setupsItem.setValue([setup()]));
    await vi.waitFor(() => expect(container.textContent).toContain(`Secret expires on ${formatDay(END)}.`));
  });
});
