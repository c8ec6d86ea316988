import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ValuesForm } from '../../components/popup/values-form';
import { newSetup } from '../../utils/background/setups';
import type { Setup } from '../../utils/schemas';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TODAY = Date.parse('2026-12-02T09:00:00Z');
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

async function show(setup: Setup, now = TODAY): Promise<void> {
  await act(async () => {
    root.render(
      <ValuesForm setup={setup} state={undefined} draft={{ clientId: CLIENT, tenantId: '', secret: '' }} onChange={() => undefined} now={() => now} />,
    );
  });
}

const notice = () => container.querySelector('[aria-label="End of EWS"]');

describe('popup: the end of EWS where MAPI is chosen', () => {
  it('shows nothing for an IMAP setup', async () => {
    await show(newSetup('s', 1));
    expect(notice()).toBeNull();
  });

  it('on the MAPI path, today: blocked unless allowed, the check and the allow list with the client ID', async () => {
    await show({ ...newSetup('s', 1), path: 'mapi' });
    expect(notice()?.textContent).toContain('Since 1 October 2026');
    expect(notice()?.textContent).toContain('1 April 2027');
    expect(notice()?.querySelector('pre')?.textContent).toBe('Get-OrganizationConfig | fl EWSEnabled');
    expect(notice()?.textContent).toContain(CLIENT);
    expect(notice()?.textContent).toContain('IMAP or POP3 with OAuth');
  });

  it('an IMAP setup that was filled into a MAPI form shows it too; after 1 April 2027 it says EWS is gone', async () => {
    await show({ ...newSetup('s', 1), protocols: ['imap', 'mapi'] }, Date.parse('2027-05-01T00:00:00Z'));
    expect(notice()?.textContent).toContain('no longer works');
    expect(notice()?.querySelector('pre')).toBeNull();
  });
});

describe('popup: the secret expiry is shown once, by the expiry section', () => {
  it('the values form does not repeat it', async () => {
    await show({
      ...newSetup('s', 1),
      secretMeta: { expires: '2026-11-30', hint: 'abc', provenance: { source: 'portal', detail: 'Certificates & secrets', capturedAt: TODAY } },
    });
    expect(container.textContent).not.toMatch(/expire/i);
  });
});
