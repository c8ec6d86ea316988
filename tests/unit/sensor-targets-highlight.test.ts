import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Request } from '../../utils/messages';
import type { Watch } from '../../utils/schemas';
import { SETTLE_MS, startGuidanceFrame, TARGET_ATTR } from '../../utils/sensor/highlight';

function fakeRuntime(initial: Watch | null) {
  const sent: Request[] = [];
  let listener: ((m: unknown, s: { id?: string }) => void) | undefined;
  return {
    sent,
    push: (m: unknown, id = 'ext') => listener?.(m, { id }),
    rt: {
      id: 'ext',
      send: async (m: Request) => {
        sent.push(m);
        return m.type === 'guidance-watch-get' ? { ok: true, value: initial } : { ok: true, value: null };
      },
      listen: (l: (m: unknown, s: { id?: string }) => void) => {
        listener = l;
        return () => (listener = undefined);
      },
    },
  };
}

const WATCH: Watch = {
  id: 'w1',
  step: 'public-client',
  stages: [{ id: 'save', role: 'button', names: ['save'], match: 'all' }],
  read: ['public-client'],
  words: { save: ['save'], publicClient: ['public client'], yes: ['yes'] },
};

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
};
/** Long enough for a blade state to hold and be reported. */
const settle = async () => {
  await new Promise((r) => setTimeout(r, SETTLE_MS + 50));
  await flush();
};
const bladeFacts = (sent: Request[]) => sent.flatMap((m) => (m.type === 'guidance-fact' && m.fact.kind !== 'target' ? [m.fact] : []));

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll('soah-ring').forEach((r) => r.remove());
});

describe('the frame side of the checklist', () => {
  it('finds a control that becomes visible by a style change alone, which no observed mutation reports', async () => {
    document.body.innerHTML = '<button id="save">Save</button>';
    const save = document.getElementById('save') as HTMLElement & { checkVisibility: () => boolean };
    let shown = false;
    save.checkVisibility = () => shown;
    const f = fakeRuntime(WATCH);
    const stop = startGuidanceFrame(window, f.rt);
    await flush();
    expect(save.hasAttribute(TARGET_ATTR)).toBe(false);
    // Fluent's command bar shows its measured items by class and style: nothing the observer watches.
    shown = true;
    await new Promise((r) => setTimeout(r, 600));
    await flush();
    expect(save.getAttribute(TARGET_ATTR)).toBe('save');
    stop();
  });

  it("follows the background's command over an older answer that arrives after it", async () => {
    document.body.innerHTML = '<button id="save">Save</button><button id="add">Add</button>';
    const STALE: Watch = { ...WATCH, id: 'old', stages: [{ id: 'add', role: 'button', names: ['add'], match: 'all' }], read: [] };
    let answer: (v: { ok: boolean; value: Watch | null }) => void = () => undefined;
    const f = fakeRuntime(null);
    // The answer to the frame's question is held back: it was read before the new watch was stored.
    f.rt.send = (m: Request) => {
      f.sent.push(m);
      return m.type === 'guidance-watch-get'
        ? new Promise<{ ok: boolean; value: Watch | null }>((resolve) => (answer = resolve))
        : Promise.resolve({ ok: true, value: null });
    };
    const stop = startGuidanceFrame(window, f.rt);
    f.push({ type: 'guidance-watch', watch: WATCH });
    answer({ ok: true, value: STALE });
    await settle();
    expect(document.getElementById('save')?.getAttribute(TARGET_ATTR)).toBe('save');
    expect(document.getElementById('add')?.hasAttribute(TARGET_ATTR)).toBe(false);
    stop();
  });

  it('stays idle without a watch: no observer work, no ring, nothing reported', async () => {
    document.body.innerHTML = '<button>Save</button>';
    const spy = vi.spyOn(globalThis, 'MutationObserver');
    const f = fakeRuntime(null);
    const stop = startGuidanceFrame(window, f.rt);
    await flush();
    expect(spy).not.toHaveBeenCalled();
    expect(f.sent.map((m) => m.type)).toEqual(['guidance-watch-get']);
    expect(document.querySelector('soah-ring')).toBeNull();
    stop();
  });

  it('points at the target, reports it and the blade fact, and follows the DOM', async () => {
    document.body.innerHTML =
      '<div id="l">Allow public client flows</div><div role="radiogroup" aria-labelledby="l"><button role="radio" aria-checked="true">Yes</button><button role="radio" aria-checked="false">No</button></div><button id="save">Save</button>';
    const f = fakeRuntime(WATCH);
    const stop = startGuidanceFrame(window, f.rt);
    await settle();
    expect(document.getElementById('save')?.getAttribute(TARGET_ATTR)).toBe('save');
    expect(document.querySelector('soah-ring')).not.toBeNull();
    const facts = f.sent.filter((m) => m.type === 'guidance-fact').map((m) => (m.type === 'guidance-fact' ? m.fact : undefined));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'target', watch: 'w1', stage: 'save', found: true }));
    expect(facts).toContainEqual({ kind: 'public-client', on: true, saved: false });

    // Saved: the button is disabled, so nothing is left to point at, and the fact says saved.
    (document.getElementById('save') as HTMLButtonElement).disabled = true;
    await settle();
    expect(document.getElementById('save')?.hasAttribute(TARGET_ATTR)).toBe(false);
    expect(document.querySelector('soah-ring')).toBeNull();
    const last = f.sent.filter((m) => m.type === 'guidance-fact').map((m) => (m.type === 'guidance-fact' ? m.fact : undefined));
    expect(last).toContainEqual({ kind: 'public-client', on: true, saved: true });
    expect(last).toContainEqual({ kind: 'target', watch: 'w1', found: false });
    stop();
  });

  it('tells the top frame where the target is and what the step card must keep clear, once per change', async () => {
    document.body.innerHTML =
      '<ul role="toolbar" aria-label="Command bar"><li><button>Refresh</button></li></ul><button id="save">Save</button><button id="add" type="submit">Add</button>' +
      '<div role="button" id="yes" style="background-color: rgb(15, 108, 189)">Yes</div><div role="button" id="no" style="background-color: rgb(255, 255, 255)">No</div>';
    const boxes: Record<string, [number, number, number, number]> = {
      save: [100, 200, 60, 30],
      add: [10, 500, 80, 32],
      yes: [10, 600, 80, 32],
      no: [100, 600, 80, 32],
    };
    for (const el of document.querySelectorAll('button,[role=button],[role=toolbar]')) {
      el.getBoundingClientRect = () => new DOMRect(...(boxes[el.id] ?? [0, 40, 800, 36]));
    }
    const f = fakeRuntime(WATCH);
    const stop = startGuidanceFrame(window, f.rt);
    await settle();
    const layouts = f.sent.filter((m) => m.type === 'guidance-layout');
    expect(layouts.at(-1)).toEqual({
      type: 'guidance-layout',
      watch: 'w1',
      target: [100, 200, 60, 30],
      // The command bar by its role, the submit button, the button filled with a colour; not the toolbar's
      // own buttons, the target's plain look or a white button.
      avoid: [
        [0, 40, 800, 36],
        [10, 500, 80, 32],
        [10, 600, 80, 32],
      ],
      vw: window.innerWidth,
      vh: window.innerHeight,
    });
    const count = layouts.length;
    document.body.append(document.createElement('p'));
    await settle();
    expect(f.sent.filter((m) => m.type === 'guidance-layout')).toHaveLength(count);
    // The target moves (a scroll): reported again.
    boxes.save = [100, 120, 60, 30];
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(f.sent.filter((m) => m.type === 'guidance-layout').at(-1)).toMatchObject({ target: [100, 120, 60, 30] });
    stop();
  });

  it('reports a blade state only once it holds: a Save button that catches up a render later is not "saved"', async () => {
    // Fluent renders the chosen radio first and enables Save in a later pass.
    document.body.innerHTML =
      '<div id="l">Allow public client flows</div><div role="radiogroup" aria-labelledby="l"><button role="radio" aria-checked="false">Yes</button><button role="radio" aria-checked="true">No</button></div><button id="save" disabled>Save</button>';
    const f = fakeRuntime(WATCH);
    const stop = startGuidanceFrame(window, f.rt);
    await settle();
    expect(bladeFacts(f.sent)).toEqual([{ kind: 'public-client', on: false, saved: true }]);
    document.querySelector('[role=radio]')?.setAttribute('aria-checked', 'true');
    document.querySelectorAll('[role=radio]')[1]?.setAttribute('aria-checked', 'false');
    await flush();
    (document.getElementById('save') as HTMLButtonElement).disabled = false;
    await settle();
    expect(bladeFacts(f.sent)).toEqual([
      { kind: 'public-client', on: false, saved: true },
      { kind: 'public-client', on: true, saved: false },
    ]);
    stop();
  });

  it('obeys watch commands from the extension only, and clears on a null watch', async () => {
    document.body.innerHTML = '<button id="save">Save</button>';
    const f = fakeRuntime(null);
    const stop = startGuidanceFrame(window, f.rt);
    await flush();
    f.push({ type: 'guidance-watch', watch: WATCH }, 'another-extension');
    await flush();
    expect(document.querySelector(`[${TARGET_ATTR}]`)).toBeNull();
    f.push({ type: 'guidance-watch', watch: WATCH });
    await flush();
    expect(document.getElementById('save')?.getAttribute(TARGET_ATTR)).toBe('save');
    f.push({ type: 'guidance-watch', watch: null });
    await flush();
    expect(document.querySelector(`[${TARGET_ATTR}]`)).toBeNull();
    expect(document.querySelector('soah-ring')).toBeNull();
    stop();
  });
});
