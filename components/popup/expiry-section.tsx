import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { daysLeft, formatDay, parseExpiry } from '../../utils/background/expiry';
import { t } from '../../utils/i18n/t';
import { rotationStage, type Rotation } from '../../utils/rotation';
import type { Setup } from '../../utils/schemas';
import { rotationsItem, setupsItem } from '../../utils/storage-items';

const DAY = 86_400_000;
/** Security baselines recommend client secrets of at most 180 days (the portal's recommended preset). */
const RECOMMENDED_SECRET_DAYS = 180;

export interface ExpirySectionProps {
  setup: Setup | undefined;
  now?: () => number;
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** When the setup's secret ends, where it was filled, and "Rotate secret" (the rotation page, in a tab of its own). */
export function ExpirySection({ setup: given, now = Date.now }: ExpirySectionProps) {
  const [rotation, setRotation] = useState<Rotation>();
  // The setup as stored now: typing an ID, an audit or a capture changes it while the popup is open.
  const [stored, setStored] = useState<Setup>();
  const setupId = given?.id;
  useEffect(() => {
    setStored(undefined);
    if (!setupId) return undefined;
    void rotationsItem.getValue().then((all) => setRotation(all[setupId]));
    const stopRotations = rotationsItem.watch((all) => setRotation(all?.[setupId]));
    const stopSetups = setupsItem.watch((all) => setStored(all?.find((s) => s.id === setupId)));
    return () => {
      stopRotations();
      stopSetups();
    };
  }, [setupId]);
  const setup = stored ?? given;

  if (!setup?.clientId) return null;
  const at = parseExpiry(setup.secretMeta?.expires);
  const time = now();
  let line: { level: 'ok' | 'warning' | 'error'; text: string };
  if (at === undefined) line = { level: 'warning', text: t('expiry_expiryUnknown') };
  else if (at <= time) line = { level: 'error', text: t('expiry_expiredOn', { date: formatDay(at) }) };
  else {
    const left = daysLeft(at, time);
    const rest = at - time < DAY ? t('expiry_lessThanDayLeft') : left === 1 ? t('expiry_oneDayLeft') : t('expiry_daysLeft', { days: left });
    line = {
      level: at - time <= 7 * DAY ? 'error' : at - time <= 30 * DAY ? 'warning' : 'ok',
      text: `${t('expiry_expiresOn', { date: formatDay(at) })} ${rest}`,
    };
  }
  // How long the secret was made for: from when it was captured (or created) to its end.
  const lifetimeDays = at === undefined || !setup.secretMeta ? undefined : Math.round((at - setup.secretMeta.provenance.capturedAt) / DAY);
  const tooLong = lifetimeDays !== undefined && lifetimeDays > RECOMMENDED_SECRET_DAYS + 1;
  const underway = rotation && rotationStage(rotation, setup) !== 'done';

  const open = () => void browser.tabs.create({ url: `${browser.runtime.getURL('/rotate.html')}?setup=${encodeURIComponent(setup.id)}` });

  return (
    <section className="expiry" aria-labelledby="expiry-heading">
      <h2 id="expiry-heading" className="visually-hidden">
        {t('expiry_heading')}
      </h2>
      <p className={`check check-${line.level}`} data-testid="secret-expiry-date">
        {line.text}
        {tooLong ? ` ${t('popup_secretLifetime', { days: lifetimeDays, recommended: RECOMMENDED_SECRET_DAYS })}` : ''}
      </p>
      <p className="muted">{setup.serviceOpsOrigin ? t('expiry_filledInto', { host: hostOf(setup.serviceOpsOrigin) }) : t('expiry_notFilled')}</p>
      {underway ? <p className="check check-warning">{t('expiry_rotationUnderway')}</p> : null}
      <button type="button" className="secondary" onClick={open}>
        {t('expiry_rotate')}
      </button>
    </section>
  );
}
