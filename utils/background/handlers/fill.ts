/**
 * Filling ServiceOps: the popup lists the tabs that show a server form and fills the one the
 * admin picks; the inline button in a ServiceOps tab fills its own tab. Both only after a click.
 */
import { findFormTabs, formTabById, runFill } from '../fill';
import { grantedServiceOpsOrigins } from '../../serviceops-origins';
import { activeSetup, findSetup, MISSING_SETUP } from '../setups-store';
import { fail, ok, type HandlerTable } from './types';

const NO_ORIGINS = 'No ServiceOps address is set up yet. Add it in the options page first.';
const NO_FORM =
  'No open ServiceOps tab shows the "Add Incoming Email Server" or "Add Outgoing Email Server" form. Open the form in ServiceOps, then click Fill again.';

export const fillHandlers: Pick<HandlerTable, 'fill-serviceops' | 'list-fill-targets' | 'inline-fill'> = {
  'list-fill-targets': {
    from: ['extension-page'],
    async handle() {
      const origins = await grantedServiceOpsOrigins();
      if (!origins.length) return fail(NO_ORIGINS);
      return ok(await findFormTabs(origins));
    },
  },
  'fill-serviceops': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const [setup, origins] = await Promise.all([findSetup(request.setupId), grantedServiceOpsOrigins()]);
      if (!setup) return fail(MISSING_SETUP);
      if (!origins.length) return fail(NO_ORIGINS);
      let target;
      if (request.tabId === undefined) {
        const tabs = await findFormTabs(origins);
        if (tabs.length > 1) return fail('Several ServiceOps tabs show a server form: choose the one to fill.');
        target = tabs[0];
      } else target = await formTabById(request.tabId, origins);
      if (!target) return fail(NO_FORM);
      return ok(await runFill(setup, target, deps.now()));
    },
  },
  'inline-fill': {
    from: ['serviceops-frame'],
    async handle(_request, { deps, sender }) {
      const tabId = sender.tab?.id;
      let origin: string | undefined;
      try {
        origin = sender.url ? new URL(sender.url).origin : undefined;
      } catch {
        origin = undefined;
      }
      // The secret goes nowhere but the top frame of a granted https origin.
      if (tabId === undefined || sender.frameId !== 0 || !origin?.startsWith('https://') || !(await grantedServiceOpsOrigins()).includes(origin)) {
        return fail('This page is not one of your ServiceOps addresses.');
      }
      const setup = await activeSetup();
      if (!setup) return fail('No Azure setup yet: capture or type the values in the extension popup first.');
      return ok(await runFill(setup, { tabId, origin }, deps.now()));
    },
  },
};
