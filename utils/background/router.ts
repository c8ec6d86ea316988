/**
 * The background's answer to every request in the contract. Requests are parsed with the
 * shared schemas and checked against their sender before anything happens.
 */
import { requestSchema, type ExtensionState, type Request, type ResponseMap, type Result } from '../messages';
import { activeSetupIdItem, portalFramesItem, settingsItem, setupsItem, type PortalFrame } from '../storage-items';
import type { Provenance, Setup } from '../schemas';
import { applyFact, applyPatch, newSetup } from './setups';
import { clearSecret, getSecret, putSecret, statusOf } from './secrets';
import { classifySender, type SenderLike } from './sender';
import { fillTab, fillValuesFor, findFormTabs } from './fill';
import { grantedServiceOpsOrigins } from './serviceops-origins';

export interface RouterDeps {
  extensionId: string;
  extensionOrigin: string;
  now: () => number;
  newId: () => string;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

async function loadState(): Promise<{ setups: Setup[]; activeSetupId: string | null }> {
  const [setups, activeSetupId] = await Promise.all([setupsItem.getValue(), activeSetupIdItem.getValue()]);
  return { setups, activeSetupId };
}

async function saveState(state: { setups: Setup[]; activeSetupId: string | null }): Promise<void> {
  await Promise.all([setupsItem.setValue(state.setups), activeSetupIdItem.setValue(state.activeSetupId)]);
}

async function findSetup(id: string): Promise<Setup | undefined> {
  return (await setupsItem.getValue()).find((s) => s.id === id);
}

/** Serialises state changes: two frames reporting at once must not overwrite each other. */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function recordFrame(sender: SenderLike, frame: PortalFrame): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const all = await portalFramesItem.getValue();
  await portalFramesItem.setValue({ ...all, [tabId]: { ...all[tabId], [sender.frameId ?? 0]: frame } });
}

export function createRouter(deps: RouterDeps) {
  async function handle(request: Request, senderHost: string, sender: SenderLike): Promise<ResponseMap[Request['type']]> {
    switch (request.type) {
      case 'fact':
        return exclusive(async () => {
          if (request.fact.kind === 'route') {
            const { host, hash, topFrame } = request.fact;
            await recordFrame(sender, { host, hash, topFrame, at: deps.now() });
            return ok(null);
          }
          const state = await loadState();
          await saveState(applyFact(state, request.fact, { now: deps.now(), host: senderHost, newId: deps.newId }));
          return ok(null);
        });
      case 'get-state': {
        const { setups, activeSetupId } = await loadState();
        const active = setups.find((s) => s.id === activeSetupId) ?? setups[0];
        const state: ExtensionState = {
          setups,
          activeSetupId: active?.id,
          secret: active ? statusOf(active.id, await getSecret(active.id, deps.now()), true) : undefined,
          serviceOpsOrigins: await grantedServiceOpsOrigins(),
        };
        return ok(state);
      }
      case 'new-setup':
        return exclusive(async () => {
          const state = await loadState();
          const setup = newSetup(deps.newId(), deps.now(), request.name || 'New setup');
          await saveState({ setups: [...state.setups, setup], activeSetupId: setup.id });
          return ok(setup);
        });
      case 'update-setup':
        return exclusive(async () => {
          const state = await loadState();
          const setup = state.setups.find((s) => s.id === request.setupId);
          if (!setup) return fail('That setup no longer exists.');
          const next = applyPatch(setup, request.patch, deps.now());
          await saveState({ setups: state.setups.map((s) => (s.id === next.id ? next : s)), activeSetupId: next.id });
          return ok(next);
        });
      case 'select-setup':
        return exclusive(async () => {
          if (!(await findSetup(request.setupId))) return fail('That setup no longer exists.');
          await activeSetupIdItem.setValue(request.setupId);
          return ok(null);
        });
      case 'delete-setup':
        return exclusive(async () => {
          const state = await loadState();
          const setups = state.setups.filter((s) => s.id !== request.setupId);
          await clearSecret(request.setupId);
          await saveState({ setups, activeSetupId: state.activeSetupId === request.setupId ? (setups[0]?.id ?? null) : state.activeSetupId });
          return ok(null);
        });
      case 'set-secret': {
        if (!(await findSetup(request.setupId))) return fail('That setup no longer exists.');
        const provenance: Provenance = { source: 'manual', detail: 'Typed or pasted in the popup', capturedAt: deps.now() };
        if (!request.value) {
          await clearSecret(request.setupId);
          return ok(statusOf(request.setupId, undefined));
        }
        return ok(await putSecret(request.setupId, request.value, provenance, deps.now()));
      }
      case 'clear-secret':
        await clearSecret(request.setupId);
        return ok(null);
      case 'fill-serviceops': {
        const setup = await findSetup(request.setupId);
        if (!setup) return fail('That setup no longer exists.');
        const origins = await grantedServiceOpsOrigins();
        if (!origins.length) return fail('No ServiceOps address is set up yet. Add it in the options page first.');
        const tabs = await findFormTabs(origins);
        const target = request.tabId === undefined ? tabs[0] : tabs.find((t) => t.tabId === request.tabId);
        if (!target) return fail('No open ServiceOps tab shows the "Add Incoming Email Server" form. Open the form in ServiceOps, then click Fill again.');
        const secret = await getSecret(setup.id, deps.now());
        const report = await fillTab(target, fillValuesFor(setup, secret?.value), setup);
        if (report.ok && secret && !(await settingsItem.getValue()).keepSecretAfterFill) await clearSecret(setup.id);
        return ok(report);
      }
    }
  }

  /** The runtime.onMessage listener body: returns undefined for anything not ours. */
  return async function onMessage(raw: unknown, sender: SenderLike): Promise<unknown> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const kind = classifySender(sender, deps.extensionId, deps.extensionOrigin);
    if (kind === 'other') return undefined;
    if (kind === 'portal-frame' && parsed.data.type !== 'fact') return undefined;
    if (kind === 'extension-page' && parsed.data.type === 'fact') return undefined;
    const host = sender.url ? new URL(sender.url).host : '';
    try {
      return await handle(parsed.data, host, sender);
    } catch (error) {
      return fail(error instanceof Error ? error.message : 'Unexpected error');
    }
  };
}
