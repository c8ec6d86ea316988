/** "Fill ServiceOps form": find the tab, send the values, clear the secret after success. */
import { settingsItem } from '../../storage-items';
import { fillTab, fillValuesFor, findFormTabs } from '../fill';
import { clearSecret, getSecret } from '../secrets';
import { grantedServiceOpsOrigins } from '../serviceops-origins';
import { findSetup } from '../setups-store';
import { fail, ok, type HandlerTable } from './types';

export const fillHandlers: Pick<HandlerTable, 'fill-serviceops'> = {
  'fill-serviceops': {
    from: ['extension-page'],
    async handle(request, { deps }) {
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
    },
  },
};
