import { useState } from 'react';
import { formatDay, parseExpiry } from '../../utils/background/expiry';
import { portalLinkForStep } from '../../utils/checks/guidance-links';
import { DEFAULT_LIFETIME_DAYS } from '../../utils/graph/create-job';
import { t } from '../../utils/i18n/t';
import { newSecretOf, type RotationStage } from '../../utils/rotation';
import { useRotation, type Message } from './expiry-use-rotation';
import '../checks/checks.css';

const LIFETIMES = [30, 90, DEFAULT_LIFETIME_DAYS, 365];
const ORDER: RotationStage[] = ['create', 'check', 'fill', 'confirm', 'delete', 'done'];

function Note({ message }: { message: Message | undefined }) {
  return message ? <p className={`check check-${message.level}`}>{message.text}</p> : null;
}

const hostOf = (origin: string) => new URL(origin).host;

/**
 * The rotation page (a tab of its own: signing in with Microsoft takes the focus from a popup).
 * One step after another: a new secret, Microsoft accepts it, it is filled into the same ServiceOps
 * server, the admin confirms ServiceOps works, and only then is the old secret deleted.
 */
export function RotateApp({ setupId }: { setupId: string | undefined }) {
  const { setup, rotation, stage, busy, messages, targets, create, check, fill, confirm, deleteOld, finish } = useRotation(setupId);
  const [days, setDays] = useState(DEFAULT_LIFETIME_DAYS);

  if (setup === null)
    return (
      <main className="signin rotate">
        <p role="alert" className="check check-error">
          {t('expiry_missingSetup')}
        </p>
      </main>
    );
  if (!setup || !rotation || !stage) return <main className="signin rotate" aria-busy="true" />;

  const reached = (s: RotationStage) => ORDER.indexOf(stage) >= ORDER.indexOf(s);
  const fresh = newSecretOf(rotation, setup);
  const freshEnd = parseExpiry(fresh?.expires);
  const portal = portalLinkForStep('create-secret', setup.clientId?.value);
  const origin = rotation.filled?.origin ?? setup.serviceOpsOrigin;
  const oldText = rotation.old.keyId
    ? t('expiry_oldById', { keyId: rotation.old.keyId })
    : rotation.old.hint
      ? t('expiry_oldByHint', { hint: rotation.old.hint })
      : t('expiry_oldUnknown');

  return (
    <main className="signin rotate" aria-labelledby="rotate-title">
      <h1 id="rotate-title">{t('expiry_pageTitle')}</h1>
      <p>{t('expiry_pageIntro')}</p>
      <p>{t('expiry_setupLine', { setup: setup.name })}</p>
      {!setup.clientId ? (
        <p role="alert" className="check check-error">
          {t('expiry_noClientId')}
        </p>
      ) : null}
      <ol className="rotate-steps">
        <li aria-current={stage === 'create' ? 'step' : undefined}>
          <h2>{t('expiry_stepCreate')}</h2>
          {fresh ? (
            <p className="check check-ok">
              {t('expiry_created', { hint: fresh.hint ?? '', date: freshEnd === undefined ? (fresh.expires ?? '') : formatDay(freshEnd) })}
            </p>
          ) : (
            <>
              <p>
                <label>
                  {t('expiry_lifetime')}{' '}
                  <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
                    {LIFETIMES.map((d) => (
                      <option key={d} value={d}>
                        {d === DEFAULT_LIFETIME_DAYS ? t('expiry_lifetimeRecommended', { days: d }) : t('expiry_lifetimeDays', { days: d })}
                      </option>
                    ))}
                  </select>
                </label>{' '}
                <button type="button" className="primary" disabled={!setup.clientId || busy !== undefined} onClick={() => void create(days)}>
                  {t('expiry_createGraph')}
                </button>
              </p>
              {busy === 'create' ? <p className="check-progress">{t('expiry_creating')}</p> : null}
              <Note message={messages.create} />
              <p>
                {t('expiry_orPortal')}{' '}
                <a href={portal} target="_blank" rel="noreferrer">
                  {t('expiry_openPortal')}
                </a>
              </p>
            </>
          )}
        </li>
        <li aria-current={stage === 'check' ? 'step' : undefined}>
          <h2>{t('expiry_stepCheck')}</h2>
          {reached('check') ? (
            <>
              {stage === 'check' ? (
                <button type="button" className="primary" disabled={busy !== undefined} onClick={() => void check()}>
                  {t('expiry_check')}
                </button>
              ) : null}
              {busy === 'check' ? <p className="check-progress">{t('expiry_checking')}</p> : null}
              <Note message={messages.check ?? (reached('fill') ? { level: 'ok', text: t('expiry_checkOk') } : undefined)} />
            </>
          ) : null}
        </li>
        <li aria-current={stage === 'fill' ? 'step' : undefined}>
          <h2>{t('expiry_stepFill')}</h2>
          {stage === 'fill' ? (
            <>
              <p>{origin ? t('expiry_fillHint', { host: hostOf(origin) }) : t('expiry_fillHintAnywhere')}</p>
              {targets ? (
                targets.map((target) => (
                  <button key={target.tabId} type="button" className="secondary" disabled={busy !== undefined} onClick={() => void fill(target)}>
                    {target.formTitle ?? target.title}
                  </button>
                ))
              ) : (
                <button type="button" className="primary" disabled={busy !== undefined} onClick={() => void fill()}>
                  {t('expiry_fill')}
                </button>
              )}
            </>
          ) : null}
          <Note message={messages.fill ?? (reached('confirm') ? { level: 'ok', text: t('expiry_filled') } : undefined)} />
        </li>
        <li aria-current={stage === 'confirm' ? 'step' : undefined}>
          <h2>{t('expiry_stepConfirm')}</h2>
          {reached('confirm') ? (
            <label className="confirm">
              <input type="checkbox" checked={!!rotation.confirmedAt} disabled={stage === 'done'} onChange={(e) => confirm(e.target.checked)} />{' '}
              {t('expiry_confirm')}
            </label>
          ) : null}
        </li>
        <li aria-current={stage === 'delete' ? 'step' : undefined}>
          <h2>{t('expiry_stepDelete')}</h2>
          {stage === 'done' ? (
            <p className="check check-ok" role="status">
              {t('expiry_done')}
            </p>
          ) : stage === 'delete' ? (
            <>
              <p>
                <button type="button" className="primary" disabled={busy !== undefined} onClick={() => void deleteOld()}>
                  {t('expiry_deleteOld')}
                </button>
              </p>
              {busy === 'delete' ? <p className="check-progress">{t('expiry_deleting')}</p> : null}
              <Note message={messages.delete} />
              <p>
                {oldText}{' '}
                <a href={portal} target="_blank" rel="noreferrer">
                  {t('expiry_openPortal')}
                </a>{' '}
                <button type="button" className="secondary small" disabled={busy !== undefined} onClick={() => void finish()}>
                  {t('expiry_deletedPortal')}
                </button>
              </p>
            </>
          ) : (
            <p className="muted">{t('expiry_deleteWhenConfirmed')}</p>
          )}
        </li>
      </ol>
    </main>
  );
}
