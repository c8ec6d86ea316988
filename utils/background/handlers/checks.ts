/**
 * Live checks run from the background: tenant discovery and the client-credentials token
 * request (which needs the Origin-removal rule, and the secret, which never leaves here).
 * Each run has an id the popup can cancel; results are kept per setup in storage.session.
 */
import { browser } from 'wxt/browser';
import { cleanGuid, cleanPasted } from '../../clean-input';
import type { CheckInputs, SetupCheckResults } from '../../checks/check-results';
import { ensureOriginRule } from '../../checks/origin-rule';
import { lookupTenant } from '../../checks/tenant-discovery';
import { checkToken } from '../../checks/token-check';
import { t } from '../../i18n/t';
import { checkResultsItem } from '../../storage-items';
import { checkClientId, checkTenantId } from '../../validation';
import { getSecret } from '../secrets';
import { createLock } from '../lock';
import { findSetup, missingSetup } from '../setups-store';
import { fail, ok, type HandlerTable } from './types';

const running = new Map<string, AbortController>();

/** The initiator "domain" of the extension's requests: its id in Chrome, its internal UUID in Firefox. */
function initiatorOf(extensionOrigin: string): string {
  return new URL(extensionOrigin).host;
}

/** The results have a queue of their own: two checks finishing at once must not drop one. */
const resultsLock = createLock();

async function saveResult<K extends keyof SetupCheckResults>(setupId: string, kind: K, record: NonNullable<SetupCheckResults[K]>): Promise<SetupCheckResults> {
  return resultsLock(async () => {
    const all = await checkResultsItem.getValue();
    const next: SetupCheckResults = { ...all[setupId], [kind]: record };
    await checkResultsItem.setValue({ ...all, [setupId]: next });
    return next;
  });
}

export const checkHandlers: Pick<HandlerTable, 'run-check' | 'cancel-check'> = {
  'run-check': {
    from: ['extension-page'],
    async handle(request, { deps }) {
      const setup = await findSetup(request.setupId);
      if (!setup) return fail(missingSetup());
      const rawTenant = request.tenantId ?? setup.tenantId?.value ?? setup.tenantDomain ?? '';
      const tenantCheck = checkTenantId(rawTenant);
      if (tenantCheck.level === 'error') return fail(tenantCheck.message);
      const tenant = tenantCheck.cleaned ?? cleanGuid(rawTenant).value;
      const controller = new AbortController();
      running.get(request.checkId)?.abort();
      running.set(request.checkId, controller);
      try {
        if (request.kind === 'tenant') {
          const result = await lookupTenant(tenant, { signal: controller.signal });
          const cancelled = controller.signal.aborted;
          return ok(
            await saveResult(setup.id, 'tenant', {
              at: deps.now(),
              inputs: { tenant },
              result: cancelled ? { status: 'offline', message: t('checks_cancelledMessage') } : result,
            }),
          );
        }
        const rawClient = request.clientId ?? setup.clientId?.value ?? '';
        const clientCheck = checkClientId(rawClient);
        if (clientCheck.level === 'error') return fail(clientCheck.message);
        const clientId = clientCheck.cleaned ?? rawClient;
        // What the admin typed is tested as is (even a Secret ID the store refuses), so Microsoft's answer can be explained.
        const raw = request.secret ?? (await getSecret(setup.id, deps.now()))?.value ?? '';
        const secret = cleanPasted(raw).value;
        if (!secret) return fail(t('bg_secretFirst'));
        const inputs: CheckInputs = { clientId, tenant, secretHint: secret.slice(0, 3), secretLength: secret.length };
        const result = await checkToken(
          { tenant, clientId, secret, path: setup.path, protocols: setup.protocols, secretExpires: setup.secretMeta?.expires },
          { signal: controller.signal, beforeRequest: () => ensureOriginRule(browser.declarativeNetRequest, initiatorOf(deps.extensionOrigin)) },
        );
        return ok(await saveResult(setup.id, 'token', { at: deps.now(), inputs, result }));
      } finally {
        if (running.get(request.checkId) === controller) running.delete(request.checkId);
      }
    },
  },
  'cancel-check': {
    from: ['extension-page'],
    async handle(request) {
      running.get(request.checkId)?.abort();
      running.delete(request.checkId);
      return ok(null);
    },
  },
};
