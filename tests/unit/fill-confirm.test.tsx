/**
 * The fill confirmation window (extension UI): keystrokes meant for the page the admin was typing
 * in cannot answer it (nothing but the heading has focus, the fill buttons wake up after a second),
 * and the answer goes to the background once.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ConfirmApp } from '../../components/fill-confirm/confirm-app';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const QUESTION = {
  reason: 'other-origin',
  setupName: 'Tenant B mail',
  tenant: '22222222-bbbb-4bbb-8bbb-222222222222',
  origin: 'https://a.test',
  boundTo: ['https://b.test'],
};

let root: Root;
let container: HTMLElement;
let sent: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    sent.push(message);
    if (message.type === 'fill-confirm-get') return { ok: true, value: QUESTION };
    return { ok: true, value: { ok: true, fields: [{ field: 'clientId', outcome: 'filled' }] } };
  }) as never);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

const button = (name: string) => Array.from(container.querySelectorAll('button')).find((b) => b.textContent === name);

describe('fill confirmation window', () => {
  it('shows setup, tenant and both ServiceOps; its fill buttons wake up only after a second and nothing but the heading has focus', async () => {
    vi.useFakeTimers();
    await act(async () => {
      root.render(<ConfirmApp id="p1" />);
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(container.textContent).toContain('Tenant B mail');
    expect(container.textContent).toContain(QUESTION.tenant);
    expect(container.textContent).toContain('This setup is meant for https://b.test. Filling https://a.test');
    expect(document.activeElement?.tagName).toBe('H1');
    expect(button('Fill once')?.disabled).toBe(true);
    expect(button('Fill and remember this ServiceOps for the setup')?.disabled).toBe(true);
    expect(button('Cancel')?.disabled).toBe(false);
    // Half a second later: still asleep (a burst of keystrokes cannot reach them).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(button('Fill once')?.disabled).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(600);
    });
    expect(button('Fill once')?.disabled).toBe(false);
    await act(async () => {
      button('Fill once')?.click();
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(sent).toContainEqual({ type: 'fill-confirm', id: 'p1', answer: 'fill' });
    expect(container.textContent).toContain('Filled the form');
    expect(button('Fill once')).toBeUndefined();
  });
});
