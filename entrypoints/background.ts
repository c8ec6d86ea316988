import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../utils/background/router';
import { syncServiceOpsScript } from '../utils/serviceops-origins';
import { ensureIdleAlarm, expireIdleSecrets, IDLE_ALARM } from '../utils/background/secrets';
import { forgetTabFrames } from '../utils/background/portal-frames';
import { forgetGuidanceTab, watchGuidanceChanges } from '../utils/background/guidance/tab-records';
import { watchGraphAudits } from '../utils/background/graph-observed';
import { watchSecretExpiry } from '../utils/background/expiry-watch';

export default defineBackground(() => {
  const onMessage = createRouter({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  });
  // The listener answers with a promise: the browser sends its value back as the reply.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- that promise is the reply, not a forgotten one
  browser.runtime.onMessage.addListener((message, sender) => onMessage(message, sender));

  // Content scripts must never read the secret back, whatever the browser's default is.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });

  void syncServiceOpsScript();
  browser.permissions.onAdded.addListener(() => void syncServiceOpsScript());
  browser.permissions.onRemoved.addListener(() => void syncServiceOpsScript());

  browser.tabs.onRemoved.addListener((tabId) => void forgetTabFrames(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void forgetGuidanceTab(tabId));
  // Setups or the secret changed elsewhere (popup, capture): open checklists refresh.
  watchGuidanceChanges();
  // The configuration audit's findings (Graph) complete the checklist and date the secret.
  watchGraphAudits();
  // Secret expiry: an hourly alarm, the toolbar badge and a notification 30, 7 and 1 days before.
  watchSecretExpiry();

  void ensureIdleAlarm();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === IDLE_ALARM) void expireIdleSecrets(Date.now());
  });
});
