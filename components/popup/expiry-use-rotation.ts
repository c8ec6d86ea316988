import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeToken } from '../checks/describe-results';
import { signInForGraph, SignInError } from '../../utils/checks/msal-signin';
import { signInClientId } from '../../utils/checks/sign-in-config';
import { createGraphClient, isGraphError, type GraphClient } from '../../utils/graph/client';
import { addPassword, appSecrets, removePassword, ROTATE_SCOPES } from '../../utils/graph/passwords';
import { explainFailure } from '../../utils/graph/roles';
import { t } from '../../utils/i18n/t';
import { request } from '../../utils/messaging-client';
import { newSecretOf, oldSecretKey, rotationStage, startRotation, type Rotation, type RotationStage } from '../../utils/rotation';
import type { FillTarget, Setup } from '../../utils/schemas';
import { rotationsItem, setupsItem } from '../../utils/storage-items';

export type Busy = 'create' | 'check' | 'fill' | 'delete';
export interface Message {
  level: 'ok' | 'warning' | 'error';
  text: string;
}

async function saveRotation(setupId: string, rotation: Rotation | undefined): Promise<void> {
  const { [setupId]: _old, ...rest } = await rotationsItem.getValue();
  await rotationsItem.setValue(rotation ? { ...rest, [setupId]: rotation } : rest);
}

/** A failed Graph call or sign-in as the admin reads it (the kinds are those of the creation's failures). */
function failureText(error: unknown): string {
  if (error instanceof SignInError) return error.message;
  if (!isGraphError(error)) return error instanceof Error ? error.message : String(error);
  const problem = explainFailure('secret', error);
  switch (problem.kind) {
    case 'lifetime-policy':
      return t('expiry_failLifetime');
    case 'secrets-not-allowed':
      return t('expiry_failNotAllowed');
    case 'forbidden':
      return t('expiry_failForbidden');
    case 'signed-out':
      return t('expiry_failSignedOut');
    case 'throttled':
      return t('expiry_failThrottled');
    case 'offline':
    case 'cancelled':
      return t('expiry_failOffline');
    default:
      return t('expiry_failRefused', { detail: problem.detail ?? error.message });
  }
}

/**
 * The rotation page's state and actions: the setup (reloaded when a capture changes it), its
 * rotation record, and the Graph session of this page (the token stays in this page's memory).
 */
export function useRotation(setupId: string | undefined, now: () => number = Date.now) {
  const [setup, setSetup] = useState<Setup | null>();
  const [rotation, setRotation] = useState<Rotation>();
  const [busy, setBusy] = useState<Busy>();
  const [messages, setMessages] = useState<Partial<Record<Busy, Message>>>({});
  const [targets, setTargets] = useState<FillTarget[]>();
  const graph = useRef<GraphClient>(undefined);

  const say = (step: Busy, message: Message | undefined) => setMessages((m) => ({ ...m, [step]: message }));

  const loadSetup = useCallback(async () => {
    const state = await request({ type: 'get-state' });
    setSetup((state.ok ? state.value.setups.find((s) => s.id === setupId) : undefined) ?? null);
  }, [setupId]);

  useEffect(() => {
    void loadSetup();
    // A secret created in the portal is captured into the setup: the page moves on by itself.
    return setupsItem.watch(() => void loadSetup());
  }, [loadSetup]);

  // The rotation record once the setup is known: the one under way, or a new one for the secret the setup holds now.
  const started = useRef(false);
  useEffect(() => {
    if (!setup || !setupId || started.current) return;
    started.current = true;
    void (async () => {
      const stored = (await rotationsItem.getValue())[setupId];
      const current = stored ?? startRotation(setup, now());
      if (!stored) await saveRotation(setupId, current);
      setRotation(current);
    })();
  }, [setup, setupId, now]);

  const update = async (change: (r: Rotation) => Rotation) => {
    if (!setupId || !rotation) return;
    const next = change(rotation);
    setRotation(next);
    await saveRotation(setupId, next);
  };

  /** The Graph session, signing in (with the write scope) the first time it is needed. */
  const signedIn = async (s: Setup): Promise<GraphClient> => {
    if (graph.current) return graph.current;
    const config = await signInClientId();
    if (config.source === 'none') throw new Error(t('expiry_needsSignInApp'));
    const session = await signInForGraph(
      { clientId: config.clientId, tenant: s.tenantId?.value ?? s.tenantDomain, scopes: ROTATE_SCOPES },
      { launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details), redirectUri: browser.identity.getRedirectURL() },
    );
    graph.current = createGraphClient({ token: session.accessToken });
    return graph.current;
  };

  /** A refused sign-in is dropped, so the next attempt signs in again. */
  const forgetExpiredSignIn = (error: unknown) => {
    if (isGraphError(error) && error.status === 401) graph.current = undefined;
  };

  const check = async () => {
    if (!setup || !rotation) return;
    setBusy('check');
    say('check', undefined);
    try {
      const result = await request({ type: 'run-check', checkId: `rotation-${setup.id}`, setupId: setup.id, kind: 'token' });
      if (!result.ok) return say('check', { level: 'error', text: result.error });
      const token = result.value.token?.result;
      if (!token) return;
      if (token.status !== 'ok') return say('check', { level: 'error', text: describeToken(token).text });
      const fresh = newSecretOf(rotation, setup);
      say('check', { level: 'ok', text: t('expiry_checkOk') });
      await update((r) => ({ ...r, tokenOk: { keyId: fresh?.keyId, hint: fresh?.hint, at: now() } }));
    } finally {
      setBusy(undefined);
    }
  };

  const create = async (lifetimeDays: number) => {
    if (!setup?.clientId || !rotation) return;
    setBusy('create');
    say('create', undefined);
    try {
      const client = await signedIn(setup);
      const { appObjectId } = await appSecrets(client, setup.clientId.value);
      const made = await addPassword(client, appObjectId, lifetimeDays, now());
      const held = await request({
        type: 'rotation-secret',
        setupId: setup.id,
        value: made.value,
        keyId: made.keyId,
        hint: made.hint,
        expires: made.endDateTime,
        description: made.description,
      });
      if (!held.ok) say('create', { level: 'error', text: held.error });
    } catch (error) {
      forgetExpiredSignIn(error);
      say('create', { level: 'error', text: failureText(error) });
    } finally {
      setBusy(undefined);
    }
  };

  const fillTab = async (s: Setup, target: FillTarget) => {
    const result = await request({ type: 'fill-serviceops', setupId: s.id, tabId: target.tabId });
    if (!result.ok) return say('fill', { level: 'error', text: result.error });
    const report = result.value;
    // A fill that asks first (a server this setup is not bound to) is answered where it asks: the popup.
    if ('confirm' in report) return say('fill', { level: 'warning', text: t('expiry_fillAsks', { host: new URL(target.origin).host }) });
    const secretIn = report.fields.some((f) => f.field === 'clientSecret' && (f.outcome === 'filled' || f.outcome === 'already-equal'));
    if (!report.ok || !secretIn) return say('fill', { level: 'error', text: t('expiry_notFilledSecret', { reason: report.message ?? '' }) });
    say('fill', { level: 'ok', text: t('expiry_filled') });
    setTargets(undefined);
    await update((r) => ({ ...r, filled: { origin: target.origin, at: now() } }));
  };

  const fill = async (target?: FillTarget) => {
    if (!setup) return;
    setBusy('fill');
    say('fill', undefined);
    try {
      if (target) return await fillTab(setup, target);
      const listed = await request({ type: 'list-fill-targets' });
      if (!listed.ok) return say('fill', { level: 'error', text: listed.error });
      // The same ServiceOps server the setup was filled into (any, when it never was).
      const origin = setup.serviceOpsOrigin;
      const same = listed.value.filter((x) => !origin || x.origin === origin);
      if (!same.length) return say('fill', { level: 'error', text: origin ? t('expiry_noFormAt', { host: new URL(origin).host }) : t('expiry_noForm') });
      if (same.length > 1) return setTargets(same);
      const [only] = same;
      if (only) await fillTab(setup, only);
    } finally {
      setBusy(undefined);
    }
  };

  const confirm = (works: boolean) => void update((r) => ({ ...r, confirmedAt: works ? now() : undefined }));

  const finish = async () => {
    if (!setupId) return;
    await update((r) => ({ ...r, oldRemovedAt: now() }));
    await saveRotation(setupId, undefined);
  };

  const deleteOld = async () => {
    if (!setup?.clientId || !rotation) return;
    setBusy('delete');
    say('delete', undefined);
    try {
      const client = await signedIn(setup);
      const { appObjectId, secrets } = await appSecrets(client, setup.clientId.value);
      const keyId = oldSecretKey(rotation, secrets, newSecretOf(rotation, setup));
      if (!keyId) {
        // Gone already (deleted in the portal) when it was known by key ID; otherwise the admin deletes it by hand.
        if (rotation.old.keyId) return await finish();
        return say('delete', { level: 'warning', text: t('expiry_oldNotFound') });
      }
      await removePassword(client, appObjectId, keyId);
      await finish();
    } catch (error) {
      forgetExpiredSignIn(error);
      say('delete', { level: 'error', text: failureText(error) });
    } finally {
      setBusy(undefined);
    }
  };

  const stage: RotationStage | undefined = setup && rotation ? rotationStage(rotation, setup) : undefined;
  return { setup, rotation, stage, busy, messages, targets, create, check, fill, confirm, deleteOld, finish };
}
