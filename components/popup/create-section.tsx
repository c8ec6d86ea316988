/**
 * "Set it up for me": the admin chooses the path, the protocols, the Redirect URL and the secret's
 * lifetime; the background records the plan, and the sign-in page (a tab of its own: msal needs a
 * page that stays open) signs in with the write scopes and runs it. Progress shows here too.
 * Mounted by the popup and the side panel.
 *
 * Accessible names the E2E relies on: region "Set it up for me"; checkboxes "IMAP", "POP3",
 * "MAPI / EWS", "SMTP (outgoing)"; spinbutton "Secret lifetime (days)"; textbox "ServiceOps
 * Redirect URL"; button "Create app registration"; errors in role=alert.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { signInClientId, type SignInClientId } from '../../utils/checks/sign-in-config';
import { DEFAULT_LIFETIME_DAYS, MAX_LIFETIME_DAYS, type CreatePlan } from '../../utils/graph/create-job';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';
import type { MailProtocol, Setup, SetupPath } from '../../utils/schemas';
import { CreateProgress, useCreateJob } from './create-progress';
import '../checks/checks.css';

const PROTOCOLS: { id: MailProtocol; label: () => string }[] = [
  { id: 'imap', label: () => t('graph_protocolImap') },
  { id: 'pop3', label: () => t('graph_protocolPop3') },
  { id: 'mapi', label: () => t('graph_protocolMapi') },
  { id: 'smtp', label: () => t('graph_protocolSmtp') },
];

const DEFAULT_NAME = 'ServiceOps mail';

/** The sign-in page in its creation mode, for this setup. */
export function openCreateSignIn(setupId: string): Promise<unknown> {
  return browser.tabs.create({ url: `${browser.runtime.getURL('/signin.html')}?create=${encodeURIComponent(setupId)}` });
}

function httpsOrEmpty(value: string): boolean {
  if (!value.trim()) return true;
  try {
    return new URL(value.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

export interface CreateSectionProps {
  /** The active setup. */
  setup: Setup | undefined;
  /** Makes a setup when there is none yet (the popup's own). */
  ensureSetup: () => Promise<string | undefined>;
  /** A new setup was made for the app, or a run put new values into the setup: show them. */
  onSetupChanged: () => Promise<unknown>;
}

export function CreateSection({ setup, ensureSetup, onSetupChanged }: CreateSectionProps) {
  const ids = useId();
  const [config, setConfig] = useState<SignInClientId>();
  const job = useCreateJob(setup?.id);
  const [path, setPath] = useState<SetupPath>(setup?.path ?? 'imap');
  const [protocols, setProtocols] = useState<MailProtocol[]>(setup?.protocols?.length ? setup.protocols : [setup?.path === 'mapi' ? 'mapi' : 'imap']);
  const [name, setName] = useState(setup?.appName ?? DEFAULT_NAME);
  const [redirect, setRedirect] = useState(setup?.redirectUrl?.value ?? '');
  const [lifetime, setLifetime] = useState(String(DEFAULT_LIFETIME_DAYS));
  const [allowShorter, setAllowShorter] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [signInOpened, setSignInOpened] = useState(false);

  useEffect(() => {
    void signInClientId().then(setConfig);
  }, []);

  // A run landed its values in the setup (here or in the sign-in tab): the values form shows them.
  const changed = useRef(onSetupChanged);
  useEffect(() => {
    changed.current = onSetupChanged;
  }, [onSetupChanged]);
  const landedAt = job?.steps.setup?.at;
  useEffect(() => {
    if (landedAt) void changed.current();
  }, [landedAt]);

  // The form follows the setup's recorded plan, so a re-run asks for the same app.
  const plan = job?.plan;
  useEffect(() => {
    if (!plan) return;
    setPath(plan.path);
    setProtocols(plan.protocols);
    setName(plan.displayName);
    setRedirect(plan.redirectUrl ?? '');
    setLifetime(String(plan.lifetimeDays));
    setAllowShorter(plan.allowShorter);
  }, [plan]);

  const days = Number(lifetime);
  const lifetimeOk = Number.isInteger(days) && days >= 1 && days <= MAX_LIFETIME_DAYS;
  const redirectOk = httpsOrEmpty(redirect);
  const validation = !protocols.length
    ? t('graph_noProtocol')
    : !name.trim()
      ? t('graph_nameMissing')
      : !lifetimeOk
        ? t('graph_lifetimeInvalid')
        : !redirectOk
          ? t('graph_redirectInvalid')
          : undefined;

  const toggle = (id: MailProtocol, on: boolean) => setProtocols((list) => (on ? [...new Set([...list, id])] : list.filter((p) => p !== id)));

  // The run happens from the sign-in page: it stays open (the popup closes on focus loss), signs in only if needed and shows each step.
  const run = async (setupId: string) => {
    await openCreateSignIn(setupId);
    setSignInOpened(true);
  };

  /** The setup the app is made for: the active one, unless it holds an app this run did not make. */
  const setupForCreation = async (): Promise<string | undefined> => {
    if (!setup) return ensureSetup();
    if (!setup.clientId || job) return setup.id;
    const created = await request({ type: 'new-setup', name: name.trim() });
    if (!created.ok) {
      setError(created.error);
      return undefined;
    }
    await onSetupChanged();
    return created.value.id;
  };

  const create = async () => {
    if (validation) return setError(validation);
    setBusy(true);
    setError(undefined);
    try {
      const setupId = await setupForCreation();
      if (!setupId) return;
      const plan: CreatePlan = {
        setupId,
        path,
        protocols,
        displayName: name.trim(),
        redirectUrl: redirect.trim() || undefined,
        lifetimeDays: days,
        allowShorter,
      };
      const planned = await request({ type: 'create-plan', plan });
      if (!planned.ok) return setError(planned.error);
      await run(setupId);
    } finally {
      setBusy(false);
    }
  };

  const checkAgain = async () => {
    if (!setup) return;
    setBusy(true);
    setError(undefined);
    try {
      await run(setup.id);
    } finally {
      setBusy(false);
    }
  };

  const noApp = config?.source === 'none';
  const [registerBefore, registerAfter] = t('graph_noAppRegister', { redirect: '\u0001' }).split('\u0001');
  const waitingForConsent = job?.status === 'failed' && job.problems?.some((p) => p.needsConsent || p.kind === 'signed-out');

  return (
    <section className="create" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('graph_heading')}</h2>
      <p>{t('graph_intro')}</p>
      {noApp ? (
        <div>
          <p>
            {registerBefore}
            <code>{browser.identity.getRedirectURL()}</code>
            {registerAfter}
          </p>
          <p>{t('graph_noAppSet')}</p>
          <button type="button" className="secondary small" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('graph_openOptions')}
          </button>
        </div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <fieldset>
            <legend>{t('graph_pathLegend')}</legend>
            <label>
              <input type="radio" name={`${ids}-path`} checked={path === 'imap'} onChange={() => setPath('imap')} /> {t('graph_pathImap')}
            </label>
            <label>
              <input type="radio" name={`${ids}-path`} checked={path === 'mapi'} onChange={() => setPath('mapi')} /> {t('graph_pathMapi')}
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('graph_protocolsLegend')}</legend>
            {PROTOCOLS.map((p) => (
              <label key={p.id}>
                <input type="checkbox" checked={protocols.includes(p.id)} onChange={(e) => toggle(p.id, e.currentTarget.checked)} /> {p.label()}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${ids}-name`}>{t('graph_appName')}</label>
          <input id={`${ids}-name`} type="text" value={name} maxLength={120} disabled={!!job?.app} onChange={(e) => setName(e.currentTarget.value)} />
          <label htmlFor={`${ids}-redirect`}>{t('graph_redirect')}</label>
          <input
            id={`${ids}-redirect`}
            type="url"
            inputMode="url"
            value={redirect}
            placeholder="https://"
            aria-invalid={!redirectOk}
            aria-describedby={`${ids}-redirect-hint`}
            onChange={(e) => setRedirect(e.currentTarget.value)}
          />
          <p id={`${ids}-redirect-hint`} className="hint">
            {t('graph_redirectHint')}
          </p>
          <label htmlFor={`${ids}-lifetime`}>{t('graph_lifetime')}</label>
          <input
            id={`${ids}-lifetime`}
            type="number"
            min={1}
            max={MAX_LIFETIME_DAYS}
            step={1}
            value={lifetime}
            aria-invalid={!lifetimeOk}
            aria-describedby={`${ids}-lifetime-hint`}
            onChange={(e) => setLifetime(e.currentTarget.value)}
          />
          <p id={`${ids}-lifetime-hint`} className="hint">
            {t('graph_lifetimeHint')}
          </p>
          <label>
            <input type="checkbox" checked={allowShorter} onChange={(e) => setAllowShorter(e.currentTarget.checked)} /> {t('graph_allowShorter')}
          </label>
          <p>
            <button type="submit" className="primary" disabled={busy}>
              {t('graph_create')}
            </button>{' '}
            {waitingForConsent ? (
              <button type="button" className="secondary" disabled={busy} onClick={() => void checkAgain()}>
                {t('graph_checkAgain')}
              </button>
            ) : null}
          </p>
        </form>
      )}
      {error ? (
        <p role="alert" className="check check-error">
          {error}
        </p>
      ) : null}
      {signInOpened ? <p role="status">{t('graph_signInOpened')}</p> : null}
      {job ? <CreateProgress job={job} /> : null}
    </section>
  );
}
