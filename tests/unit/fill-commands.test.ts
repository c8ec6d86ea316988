/** The ServiceOps script's side of a fill: only our background commands it, and only a page of the origin the background checked is filled. */
import { afterEach, describe, expect, it } from 'vitest';
import { handleServiceOpsCommand } from '../../utils/fill/commands';
import type { FillReport } from '../../utils/schemas';
import { VALUES } from './fill-values';

const ID = 'our-extension';

afterEach(() => {
  document.body.replaceChildren();
});

function form(): HTMLInputElement {
  document.body.innerHTML = `<form><label for="cid">Client ID</label><input id="cid"></form>`;
  return document.getElementById('cid') as HTMLInputElement;
}

const fill = (origin: string) => ({ type: 'serviceops-fill', values: VALUES, path: 'imap', origin });

describe('the fill command', () => {
  it('fills a page of the origin the background checked (positive control)', async () => {
    const input = form();
    const reply = (await handleServiceOpsCommand(
      fill(location.origin),
      { id: ID },
      { runtimeId: ID, doc: document, showReport: () => undefined },
    )) as FillReport;
    expect(reply.fields.find((f) => f.field === 'clientId')?.outcome).toBe('filled');
    expect(input.value).toBe(VALUES.clientId);
  });

  it('fills nothing when this page is another origin than the one checked (the tab navigated in between)', async () => {
    const input = form();
    const reply = (await handleServiceOpsCommand(
      fill('https://serviceops-a.test'),
      { id: ID },
      {
        runtimeId: ID,
        doc: document,
        showReport: () => undefined,
      },
    )) as FillReport;
    expect(reply).toMatchObject({ ok: false, fields: [] });
    expect(input.value).toBe('');
  });

  it('answers nothing to another extension, a tab, or a command without the origin', () => {
    form();
    const env = { runtimeId: ID, doc: document, showReport: () => undefined };
    expect(handleServiceOpsCommand(fill(location.origin), { id: 'other' }, env)).toBeUndefined();
    expect(handleServiceOpsCommand(fill(location.origin), { id: ID, tab: { id: 3 } }, env)).toBeUndefined();
    expect(handleServiceOpsCommand({ type: 'serviceops-fill', values: VALUES, path: 'imap' }, { id: ID }, env)).toBeUndefined();
  });
});
