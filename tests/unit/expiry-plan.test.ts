import { describe, expect, it } from 'vitest';
import { formatDay, planExpiryWarnings, reachedThresholds, sameSecret, type ExpiryWarnings } from '../../utils/background/expiry';
import { setUiLanguage } from './i18n-setup';
import { newSetup } from '../../utils/background/setups';
import type { SecretMeta, Setup } from '../../utils/schemas';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const CREATED = Date.parse('2026-06-01T09:00:00Z');
const END = CREATED + 180 * DAY;
const KEY = 'cccccccc-0000-4000-8000-000000000001';
const NEW_KEY = 'cccccccc-0000-4000-8000-000000000002';

const meta = (patch: Partial<SecretMeta> = {}): SecretMeta => ({
  keyId: KEY,
  hint: 'abc',
  expires: new Date(END).toISOString(),
  provenance: { source: 'portal', detail: 'Certificates & secrets', capturedAt: CREATED },
  ...patch,
});

function setup(patch: Partial<Setup> = {}): Setup {
  return { ...newSetup('support', CREATED, 'Support mailbox'), serviceOpsOrigin: 'https://help.contoso.com', secretMeta: meta(), ...patch };
}

/** A clock the test moves, and the plan's bookkeeping carried from one check to the next, as the background stores it. */
function harness(setups: () => Setup[]) {
  let now = CREATED;
  let warned: ExpiryWarnings = {};
  return {
    at(t: number) {
      now = t;
      return this;
    },
    check() {
      const plan = planExpiryWarnings(setups(), warned, now);
      warned = plan.warnings;
      return plan;
    },
  };
}

describe('expiry warnings on a moving clock', () => {
  it('warns 30, 7 and 1 days before, once each, and on the day it expired', () => {
    const clock = harness(() => [setup()]);
    const seen: number[] = [];
    // Every hour from creation to two days past the end.
    for (let t = CREATED; t <= END + 2 * DAY; t += HOUR) {
      for (const n of clock.at(t).check().notices) {
        seen.push(n.threshold);
        // Each warning comes on its day, not later.
        if (n.threshold > 0) expect(END - t).toBeGreaterThan((n.threshold - 1 / 24) * DAY - 1);
        expect(END - t).toBeLessThanOrEqual(n.threshold * DAY);
      }
    }
    expect(seen).toEqual([30, 7, 1, 0]);
  });

  it('nothing before 30 days, no badge', () => {
    const plan = harness(() => [setup()])
      .at(END - 31 * DAY)
      .check();
    expect(plan.notices).toEqual([]);
    expect(plan.badge).toBeNull();
  });

  it('the warning names the setup, the date and the ServiceOps server it was filled into', () => {
    const [notice] = harness(() => [setup()])
      .at(END - 7 * DAY + HOUR)
      .check().notices;
    expect(notice?.title).toBe('Client secret expires in 7 days: Support mailbox');
    expect(notice?.message).toContain('"Support mailbox"');
    expect(notice?.message).toContain(formatDay(END));
    expect(formatDay(END)).toMatch(/2026/);
    expect(notice?.message).toContain('ServiceOps at help.contoso.com');
  });

  it("in the browser's language", () => {
    setUiLanguage('de');
    const [notice] = harness(() => [setup()])
      .at(END - HOUR)
      .check().notices;
    expect(notice?.title).toBe('Geheimer Clientschlüssel läuft in 1 Tag ab: Support mailbox');
    expect(notice?.message).toContain('ServiceOps unter help.contoso.com');
  });

  it('a secret first seen 5 days before its end gets one warning (the 7-day one), then the 1-day one', () => {
    const clock = harness(() => [setup()]);
    expect(
      clock
        .at(END - 5 * DAY)
        .check()
        .notices.map((n) => n.threshold),
    ).toEqual([7]);
    expect(clock.at(END - 4 * DAY).check().notices).toEqual([]);
    expect(
      clock
        .at(END - 12 * HOUR)
        .check()
        .notices.map((n) => n.threshold),
    ).toEqual([1]);
  });

  it('a past warning is not repeated when the audit later adds the key ID and the exact time', () => {
    let current = setup({ secretMeta: meta({ keyId: undefined, expires: new Date(END).toISOString().slice(0, 10) }) });
    const clock = harness(() => [current]);
    expect(clock.at(END - 20 * DAY).check().notices).toHaveLength(1);
    current = setup();
    expect(clock.at(END - 19 * DAY).check().notices).toEqual([]);
  });

  it('badge: the days left of the soonest secret, red from a week before, "!" once expired', () => {
    const other = setup({ id: 'other', name: 'Sales', secretMeta: meta({ keyId: NEW_KEY, expires: new Date(END + 10 * DAY).toISOString() }) });
    const clock = harness(() => [other, setup()]);
    expect(clock.at(END - 20 * DAY).check().badge).toEqual({ text: '20d', level: 'warning', title: 'Client secret expires in 20 days: Support mailbox' });
    expect(clock.at(END - 7 * DAY).check().badge).toMatchObject({ text: '7d', level: 'error' });
    expect(clock.at(END + HOUR).check().badge).toMatchObject({ text: '!', level: 'error', title: 'Client secret expired: Support mailbox' });
  });

  it('rotation: the badge clears at once, and the new secret is warned about afresh', () => {
    let current = setup();
    const clock = harness(() => [current]);
    expect(clock.at(END - 6 * DAY).check().badge?.text).toBe('6d');
    const rotatedAt = END - 6 * DAY + HOUR;
    current = setup({ secretMeta: meta({ keyId: NEW_KEY, hint: 'xyz', expires: new Date(rotatedAt + 180 * DAY).toISOString() }) });
    const plan = clock.at(rotatedAt).check();
    expect(plan.badge).toBeNull();
    expect(plan.notices).toEqual([]);
    expect(
      clock
        .at(rotatedAt + 151 * DAY)
        .check()
        .notices.map((n) => n.threshold),
    ).toEqual([30]);
  });

  it('forgets setups without a known expiry (deleted, or no secret yet)', () => {
    const plan = planExpiryWarnings([setup({ secretMeta: undefined })], { gone: { keyId: KEY, expiresAt: END, days: [30] } }, END - DAY);
    expect(plan).toEqual({ notices: [], badge: null, warnings: {} });
  });

  it('an unreadable date warns nothing (the popup says it could not read it)', () => {
    expect(planExpiryWarnings([setup({ secretMeta: meta({ expires: 'in a while' }) })], {}, END).notices).toEqual([]);
  });
});

describe('thresholds and identity', () => {
  it('reached thresholds, most distant first', () => {
    expect(reachedThresholds(END, END - 31 * DAY)).toEqual([]);
    expect(reachedThresholds(END, END - 30 * DAY)).toEqual([30]);
    expect(reachedThresholds(END, END - DAY)).toEqual([30, 7, 1]);
    expect(reachedThresholds(END, END)).toEqual([30, 7, 1, 0]);
  });

  it('same secret by key ID, else by hint and an end within two days', () => {
    expect(sameSecret({ keyId: KEY, expiresAt: END }, { keyId: NEW_KEY, expiresAt: END })).toBe(false);
    expect(sameSecret({ hint: 'abc', expiresAt: END }, { keyId: KEY, hint: 'abc', expiresAt: END + 20 * HOUR })).toBe(true);
    expect(sameSecret({ hint: 'abc', expiresAt: END }, { hint: 'xyz', expiresAt: END })).toBe(false);
    expect(sameSecret({ expiresAt: END }, { expiresAt: END + 90 * DAY })).toBe(false);
  });
});
