/**
 * runFill in the background (SECURITY.md, "Filling"): the values go to the document whose origin
 * was checked and name that origin; the page's report is parsed; the secret leaves the extension
 * after every fill that put it in the form.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFill } from '../../utils/background/fill';
import { newSetup } from '../../utils/background/setups';
import { getSecret, putSecret } from '../../utils/background/secrets';
import { setupsItem, settingsItem } from '../../utils/storage-items';
import type { FillReport, Setup } from '../../utils/schemas';
import { TENANT, VALUES } from './fill-values';

const ORIGIN = 'https://serviceops.test';
const NOW = 1_000_000;
const manual = { source: 'manual' as const, detail: '', capturedAt: NOW };

function setup(): Setup {
  return {
    ...newSetup('s1', NOW, 'Contoso'),
    clientId: { value: VALUES.clientId, provenance: manual },
    tenantId: { value: TENANT, provenance: manual },
  };
}

/** The page's answer to the fill command, and every command sent with where it went. */
function tabAnswers(reply: unknown): { calls: { tabId: number; message: unknown; options: unknown }[] } {
  const log = { calls: [] as { tabId: number; message: unknown; options: unknown }[] };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown, options: unknown) => {
    log.calls.push({ tabId, message, options });
    return reply;
  });
  return log;
}

const filledReport = (secretOutcome: FillReport['fields'][number]['outcome'], ok: boolean): FillReport => ({
  ok,
  form: 'Add Incoming Email Server',
  fields: [
    { field: 'clientId', outcome: 'filled' },
    { field: 'clientSecret', outcome: secretOutcome },
    { field: 'scope', outcome: ok ? 'filled' : 'failed', message: ok ? undefined : 'The field did not keep the value.' },
  ],
});

beforeEach(async () => {
  fakeBrowser.reset();
  await setupsItem.setValue([setup()]);
  await putSecret('s1', VALUES.clientSecret ?? '', manual, NOW);
});

describe('the secret leaves after every fill that wrote it', () => {
  it('a fill that put the secret in the form but failed another field still drops it', async () => {
    tabAnswers(filledReport('filled', false));
    const report = await runFill(setup(), { tabId: 7, origin: ORIGIN, documentId: 'doc-1' }, NOW);
    expect(report.ok).toBe(false);
    expect(report.secretCleared).toBe(true);
    expect(await getSecret('s1', NOW)).toBeUndefined();
  });

  it('a fill that did not write it (field failed) keeps it; "keep after fill" keeps it after a full fill', async () => {
    tabAnswers(filledReport('failed', false));
    expect((await runFill(setup(), { tabId: 7, origin: ORIGIN, documentId: 'doc-1' }, NOW)).secretCleared).toBe(false);
    expect(await getSecret('s1', NOW)).toBeDefined();

    await settingsItem.setValue({ secretIdleMinutes: 30, keepSecretAfterFill: true });
    tabAnswers(filledReport('filled', true));
    expect((await runFill(setup(), { tabId: 7, origin: ORIGIN, documentId: 'doc-1' }, NOW)).secretCleared).toBe(false);
    expect(await getSecret('s1', NOW)).toBeDefined();
  });
});

describe('the right target', () => {
  it('sends the fill to the document that asked, naming the origin that was checked', async () => {
    const log = tabAnswers(filledReport('filled', true));
    await runFill(setup(), { tabId: 7, origin: ORIGIN, documentId: 'doc-1' }, NOW);
    expect(log.calls).toHaveLength(1);
    expect(log.calls[0]?.options).toEqual({ documentId: 'doc-1' });
    expect(log.calls[0]?.message).toMatchObject({ type: 'serviceops-fill', origin: ORIGIN, values: { clientSecret: VALUES.clientSecret } });
  });

  it('without a document from the sender, checks the top document first and addresses that very document', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, documentId: 'doc-checked', result: ORIGIN }] as never);
    const log = tabAnswers(filledReport('filled', true));
    await runFill(setup(), { tabId: 7, origin: ORIGIN }, NOW);
    expect(inject).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }));
    expect(log.calls[0]?.options).toEqual({ documentId: 'doc-checked' });
  });

  it('Firefox (no documentId): frame 0, and the command names the origin for the page to compare', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: ORIGIN }] as never);
    const log = tabAnswers(filledReport('filled', true));
    await runFill(setup(), { tabId: 7, origin: ORIGIN }, NOW);
    expect(log.calls[0]?.options).toEqual({ frameId: 0 });
    expect(log.calls[0]?.message).toMatchObject({ origin: ORIGIN });
  });

  it('a tab whose top document is now another origin gets nothing, and the secret stays', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, documentId: 'doc-new', result: 'https://elsewhere.test' }] as never);
    const log = tabAnswers(filledReport('filled', true));
    const report = await runFill(setup(), { tabId: 7, origin: ORIGIN }, NOW);
    expect(report).toMatchObject({ ok: false, message: expect.stringContaining('navigated') });
    expect(log.calls).toEqual([]);
    expect(await getSecret('s1', NOW)).toBeDefined();
  });

  it('a report the page shaped its own way is not believed (parsed with its schema)', async () => {
    tabAnswers({ ok: true, fields: [{ field: 'clientSecret', outcome: 'filled-by-page' }], secretCleared: true });
    const report = await runFill(setup(), { tabId: 7, origin: ORIGIN, documentId: 'doc-1' }, NOW);
    expect(report.ok).toBe(false);
    expect(report.fields).toEqual([]);
    expect(await getSecret('s1', NOW)).toBeDefined();
  });
});
