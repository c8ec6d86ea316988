import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const granted = vi.hoisted(() => ({ origins: [] as string[] }));
vi.mock('../../utils/serviceops-origins', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../utils/serviceops-origins')>()),
  grantedServiceOpsOrigins: async () => granted.origins,
}));

import { ServiceOpsSection } from '../../components/options/serviceops-section';
import { addedServiceOpsOriginsItem } from '../../utils/storage-items';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no permissions API: the section only needs to subscribe to its events.
  const noop = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: noop, onRemoved: noop });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function renderSection(): Promise<void> {
  await act(async () => {
    root.render(<ServiceOpsSection />);
  });
  // Let the async reload settle.
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
}

function rowFor(origin: string): HTMLElement | undefined {
  return Array.from(container.querySelectorAll('li')).find((li) => li.textContent?.includes(origin));
}

describe('options: ServiceOps addresses', () => {
  it('shows a policy URL as managed, without a Remove button, and asks for the grant it still needs', async () => {
    await fakeBrowser.storage.managed.set({ serviceOpsUrls: ['https://sd.corp.example/app', 'http://old.corp.example'] });
    granted.origins = [];
    await renderSection();
    const row = rowFor('https://sd.corp.example');
    expect(row?.textContent).toContain('Managed by your organization');
    expect(row?.textContent).toContain('Access not granted yet');
    expect(row?.querySelector('button[aria-label="Remove https://sd.corp.example"]')).toBeNull();
    expect(row?.querySelector('button[aria-label="Grant access to https://sd.corp.example"]')).not.toBeNull();
    // The http entry is not used, and the page says so.
    expect(rowFor('http://old.corp.example')).toBeUndefined();
    expect(container.querySelector('[role=alert]')?.textContent).toContain('http://old.corp.example');
  });

  it('shows an address the admin added whose access was revoked, with Grant access and Remove', async () => {
    await addedServiceOpsOriginsItem.setValue(['https://sd.example.com', 'https://ok.example.com']);
    granted.origins = ['https://ok.example.com'];
    await renderSection();
    expect(rowFor('https://ok.example.com')?.textContent).toContain('Access granted');
    const revoked = rowFor('https://sd.example.com');
    expect(revoked?.getAttribute('data-status')).toBe('revoked');
    expect(revoked?.textContent).toContain('Access was removed');
    expect(revoked?.querySelector('button[aria-label="Remove https://sd.example.com"]')).not.toBeNull();
  });

  it('refuses an http address with a clear message and keeps what was typed', async () => {
    await renderSection();
    const input = container.querySelector('#serviceops-url') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    await act(async () => {
      setter?.call(input, 'http://sd.example.com');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (container.querySelector('form') as HTMLFormElement).requestSubmit();
    });
    expect(container.querySelector('[role=alert]')?.textContent).toMatch(/must be reached over https/);
    expect(input.value).toBe('http://sd.example.com');
  });
});
