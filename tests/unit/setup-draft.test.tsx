/** The values form's draft (popup, side panel): a burst of keystrokes before any setup exists makes one setup, not several. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Request } from '../../utils/messages';
import type { ExtensionState } from '../../utils/schemas';
import { newSetup } from '../../utils/background/setups';

const sent = vi.hoisted(() => ({ requests: [] as { type: string; setupId?: string }[], setups: 0 }));
vi.mock('../../utils/messaging-client', () => ({
  request: async (message: Request) => {
    sent.requests.push(message);
    // The background answers after a while: the next keystrokes arrive before it does.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (message.type === 'new-setup') return { ok: true, value: { id: `setup-${++sent.setups}` } };
    return { ok: true, value: null };
  },
}));

import { useSetupDraft } from '../../components/use-setup-draft';

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
let hook: ReturnType<typeof useSetupDraft>;
let state: ExtensionState;

function Harness({ current }: { current: ExtensionState }) {
  const active = current.setups.find((s) => s.id === current.activeSetupId);
  hook = useSetupDraft({ state: current, active, reload: async () => render(stateAfterReload()) });
  return null;
}

// What get-state answers once the first setup exists (the typed values not yet saved).
const stateAfterReload = (): ExtensionState => (sent.setups ? { ...state, setups: [newSetup('setup-1', 1, 'Setup 1')], activeSetupId: 'setup-1' } : state);

function render(current: ExtensionState): void {
  root.render(<Harness current={current} />);
}

beforeEach(() => {
  sent.requests = [];
  sent.setups = 0;
  state = { setups: [], serviceOpsOrigins: [] };
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('useSetupDraft', () => {
  it('creates the setup once for a burst of keystrokes, saves each into it, and keeps what was typed', async () => {
    await act(async () => render(state));
    await act(async () => {
      await Promise.all([hook.update('clientId', 'a'), hook.update('clientId', 'ab'), hook.update('tenantId', 'c')]);
    });
    expect(sent.requests.filter((r) => r.type === 'new-setup')).toHaveLength(1);
    expect(sent.requests.filter((r) => r.type === 'update-setup').map((r) => r.setupId)).toEqual(['setup-1', 'setup-1', 'setup-1']);
    expect(hook.draft).toMatchObject({ clientId: 'ab', tenantId: 'c' });
  });
});
