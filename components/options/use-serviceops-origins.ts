import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../utils/i18n/t';
import { grantedServiceOpsOrigins, originRows, parseManagedUrls, patternForOrigin, type OriginRow } from '../../utils/serviceops-origins';
import { httpsOriginSchema } from '../../utils/schemas';
import { addedServiceOpsOriginsItem, managedServiceOpsUrlsItem } from '../../utils/storage-items';

export type OriginMessage = { level: 'ok' | 'error'; text: string };

function toOrigin(raw: string): string | undefined {
  const parsed = httpsOriginSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

async function readManaged(): Promise<{ origins: string[]; rejected: string[] }> {
  try {
    return parseManagedUrls(await managedServiceOpsUrlsItem.getValue(), toOrigin);
  } catch {
    // No policy (or a browser without managed storage): nothing preset.
    return { origins: [], rejected: [] };
  }
}

/** The ServiceOps addresses (the admin's and the organization's), their access, and what the admin can do with them. */
export function useServiceOpsOrigins() {
  const [rows, setRows] = useState<OriginRow[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);
  const [message, setMessage] = useState<OriginMessage>();

  const reload = useCallback(async () => {
    const [granted, added, managed] = await Promise.all([grantedServiceOpsOrigins(), addedServiceOpsOriginsItem.getValue(), readManaged()]);
    setRows(originRows(granted, added, managed.origins));
    setRejected(managed.rejected);
  }, []);

  useEffect(() => {
    void reload();
    const onChange = () => void reload();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    const unwatch = managedServiceOpsUrlsItem.watch(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
      unwatch();
    };
  }, [reload]);

  /** Must run straight from a click: the browser shows its permission prompt only for a user gesture. */
  const grant = async (origin: string): Promise<boolean> => {
    let granted: boolean;
    try {
      granted = await browser.permissions.request({ origins: [patternForOrigin(origin)] });
    } catch (error) {
      setMessage({ level: 'error', text: t('options_browserRefused', { origin, reason: error instanceof Error ? error.message : String(error) }) });
      return false;
    }
    if (!granted) {
      setMessage({ level: 'error', text: t('options_notGranted', { origin }) });
      return false;
    }
    const added = await addedServiceOpsOriginsItem.getValue();
    if (!added.includes(origin)) await addedServiceOpsOriginsItem.setValue([...added, origin]);
    return true;
  };

  /** Adds what the admin typed; true when it was added (the input can be emptied). */
  const add = async (input: string): Promise<boolean> => {
    const parsed = httpsOriginSchema.safeParse(input);
    if (!parsed.success) {
      setMessage({ level: 'error', text: parsed.error.issues[0]?.message ?? t('options_invalidAddress') });
      return false;
    }
    const origin = parsed.data;
    if (!(await grant(origin))) return false;
    setMessage({ level: 'ok', text: t('options_added', { origin }) });
    await reload();
    return true;
  };

  const regrant = async (origin: string) => {
    if (await grant(origin)) setMessage({ level: 'ok', text: t('options_granted', { origin }) });
    await reload();
  };

  const remove = async (row: OriginRow) => {
    const removed = row.granted ? await browser.permissions.remove({ origins: [patternForOrigin(row.origin)] }).catch(() => false) : true;
    const added = await addedServiceOpsOriginsItem.getValue();
    if (removed) await addedServiceOpsOriginsItem.setValue(added.filter((o) => o !== row.origin));
    setMessage(
      removed ? { level: 'ok', text: t('options_removed', { origin: row.origin }) } : { level: 'error', text: t('options_required', { origin: row.origin }) },
    );
    await reload();
  };

  return { rows, rejected, message, add, regrant, remove };
}
