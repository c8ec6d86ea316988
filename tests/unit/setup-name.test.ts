/** A setup nobody has named yet: stored as a marker (a capture may still name it), shown in the UI language. */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFact, newSetup } from '../../utils/background/setups';
import { planExpiryWarnings } from '../../utils/background/expiry';
import { setupLabel, UNNAMED_SETUP } from '../../utils/setup-name';
import { setUiLanguage } from './i18n-setup';

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

afterEach(() => setUiLanguage('en'));

describe('the unnamed setup', () => {
  it('is shown as "New setup" in English and "Neue Einrichtung" in German; a real name is shown as it is', () => {
    expect(setupLabel(UNNAMED_SETUP)).toBe('New setup');
    setUiLanguage('de');
    expect(setupLabel(UNNAMED_SETUP)).toBe('Neue Einrichtung');
    expect(setupLabel('Support mailbox')).toBe('Support mailbox');
  });

  it('is stored as the marker whatever the UI language, so the portal can still name it', () => {
    setUiLanguage('de');
    const unnamed = newSetup('a', 1);
    expect(unnamed.name).toBe(UNNAMED_SETUP);
    const named = applyFact(
      { setups: [unnamed], activeSetupId: 'a' },
      { kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT, displayName: 'Mail app' },
      {
        now: 2,
        host: 'portal.azure.com',
        newId: () => 'b',
      },
    );
    expect(named.setups.find((s) => s.clientId?.value === CLIENT)?.name).toBe('Mail app');
  });

  it('is named in the UI language where the background writes it for a page (the expiry warning)', () => {
    setUiLanguage('de');
    const setup = {
      ...newSetup('a', 1),
      secretMeta: { description: 'x', expires: '2026-12-05', provenance: { source: 'portal' as const, detail: 'd', capturedAt: 1 } },
    };
    const plan = planExpiryWarnings([setup], {}, Date.parse('2026-12-02T12:00:00Z'));
    expect(plan.notices[0]?.title).toContain('Neue Einrichtung');
  });
});
