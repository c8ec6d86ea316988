/**
 * The capture readers against the grid and Essentials shapes the real portal renders (see
 * docs/portal-facts.md, "How the real portal renders"): Fluent v8 DetailsList rows (cells inside a
 * presentation wrapper, the first column a row header, aria-colindex, icon glyphs), Knockout rows
 * (cells inside a row-content wrapper), read-only-input Essentials and values sharing their element
 * with a copy button. The E2E matrix proves the same on replicas built with the real libraries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../utils/schemas';
import { copyFact, watchCopies } from '../../utils/sensor/copy-watch';
import { readEssentials } from '../../utils/sensor/essentials';
import { readSecretRows } from '../../utils/sensor/secrets-grid';
import { readPermissions } from '../../utils/sensor/blade-facts';
import { findTarget } from '../../utils/sensor/targets';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OBJECT = '0c5a7b2e-1d3f-4e5a-9b8c-7d6e5f4a3b2c';
const OLD_ID = 'aaaaaaaa-1111-4222-8333-444444444444';
const NEW_ID = 'bbbbbbbb-1111-4222-8333-555555555555';
const VALUE = 'abc8Q~' + 'Xy_1.-~'.repeat(4) + 'Zq9w7e';
const GLYPH = '\ue8c8';
const copyBtn = (tag: string) =>
  `<button type="button" class="ms-Button ms-Button--icon" data-test="${tag}" aria-label="Copy to clipboard"><span class="ms-Button-flexContainer"><i data-icon-name="Copy" aria-hidden="true" class="ms-Button-icon">${GLYPH}</i></span></button>`;

/** A Fluent v8 DetailsList row: check cell, then the fields wrapper with a row header first. */
function fluentRow(i: number, desc: string, exp: string, value: string, id: string): string {
  const cell = (col: number, key: string, inner: string, role = 'gridcell') =>
    `<div role="${role}" aria-colindex="${col}" class="ms-DetailsRow-cell" data-automationid="DetailsRowCell" data-automation-key="${key}">${inner}</div>`;
  return `<div class="ms-List-cell" data-list-index="${i}"><div role="row" aria-rowindex="${i + 2}" class="ms-DetailsRow" data-automationid="DetailsRow">
    <div role="gridcell" aria-colindex="1" class="ms-DetailsRow-cellCheck"><div role="checkbox" aria-checked="false" class="ms-Check"></div></div>
    <div role="presentation" class="ms-DetailsRow-fields" data-automationid="DetailsRowFields">
      ${cell(2, 'description', desc, 'rowheader')}${cell(3, 'expires', exp)}${cell(4, 'value', `<span>${value}</span>${copyBtn(`value-${i}`)}`)}${cell(5, 'secretId', `${id}${copyBtn(`id-${i}`)}`)}
    </div></div></div>`;
}

function fluentGrid(rows: string[]): string {
  const head = ['Description', 'Expires', 'Value', 'Secret ID']
    .map(
      (h, i) =>
        `<div role="columnheader" aria-colindex="${i + 2}" class="ms-DetailsHeader-cell"><span class="ms-DetailsHeader-cellName">${h}</span><i data-icon-name="SortDown" aria-hidden="true">\ue96e</i></div>`,
    )
    .join('');
  return `<div role="grid" aria-colcount="5" class="ms-DetailsList"><div role="presentation" class="ms-DetailsList-headerWrapper"><div role="row" class="ms-DetailsHeader"><div role="columnheader" aria-colindex="1"></div>${head}</div></div>
    <div role="presentation" class="ms-DetailsList-contentWrapper"><div role="rowgroup"><div class="ms-List" role="presentation">${rows.join('')}</div></div></div></div>`;
}

/** A Knockout grid: the row's cells sit inside a row-content wrapper; the copy button shares the value's cell. */
function knockoutGrid(rows: { desc: string; exp: string; value: string; id: string }[]): string {
  const head = ['Description', 'Expires', 'Value', 'Secret ID'].map((h) => `<th class="fxc-gc-columnheader" role="columnheader">${h}</th>`).join('');
  const body = rows
    .map(
      (r, i) =>
        `<tr class="fxc-gc-row" role="row"><td colspan="4" class="fxc-gc-row-content"><div class="fxc-gc-cell" role="gridcell">${r.desc}</div><div class="fxc-gc-cell" role="gridcell">${r.exp}</div><div class="fxc-gc-cell" role="gridcell">${r.value} ${copyBtn(`ko-value-${i}`)}</div><div class="fxc-gc-cell" role="gridcell">${r.id}${copyBtn(`ko-id-${i}`)}</div></td></tr>`,
    )
    .join('');
  return `<div class="fxc-gc azc-fabric fxc-gc-dataGrid"><table class="fxc-gc-table" role="grid"><thead><tr role="row">${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en-US';
});

describe('secrets grid in the real renderings', () => {
  it('reads a Fluent DetailsList: row header, presentation wrapper, check column, glyphs', () => {
    document.body.innerHTML = fluentGrid([
      fluentRow(0, 'old', '5/1/2026', 'Qx7' + '*'.repeat(34), OLD_ID),
      fluentRow(1, 'ServiceOps', '5/25/2027', VALUE, NEW_ID),
    ]);
    expect(readSecretRows(document.body, 'en-US').map((r) => [r.description, r.expires, r.value, r.masked, r.secretId])).toEqual([
      ['old', '2026-05-01', undefined, true, OLD_ID],
      ['ServiceOps', '2027-05-25', VALUE, false, NEW_ID],
    ]);
  });

  it('reads a Knockout grid whose cells sit in a row-content wrapper', () => {
    document.body.innerHTML = knockoutGrid([{ desc: 'ServiceOps', exp: '5/25/2027', value: VALUE, id: NEW_ID }]);
    expect(readSecretRows(document.body, 'en-US')).toMatchObject([{ description: 'ServiceOps', value: VALUE, secretId: NEW_ID, expires: '2027-05-25' }]);
  });

  it('aligns cells to headers by aria-colindex when a row renders fewer cells', () => {
    const row = `<div role="row"><div role="gridcell" aria-colindex="4">${VALUE}</div><div role="gridcell" aria-colindex="5">${NEW_ID}</div></div>`;
    document.body.innerHTML = fluentGrid([]).replace('<div class="ms-List" role="presentation">', `<div class="ms-List" role="presentation">${row}`);
    expect(readSecretRows(document.body, 'en-US')).toMatchObject([{ value: VALUE, secretId: NEW_ID }]);
  });
});

describe('what is never taken for a value', () => {
  it("a certificate grid's thumbprint next to a copy button is no secret", () => {
    const thumbprint = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">Thumbprint</div><div role="columnheader">Description</div><div role="columnheader">Certificate ID</div></div>
      <div role="row"><div role="gridcell">${thumbprint}${copyBtn('t')}</div><div role="gridcell">cert</div><div role="gridcell">${NEW_ID}${copyBtn('c')}</div></div></div>`;
    expect(readSecretRows(document.body, 'en-US').filter((r) => r.value)).toEqual([]);
  });

  it('a label that names two GUIDs settles neither', () => {
    document.body.innerHTML = `<dl><dt>Directory (tenant) ID</dt><dd>${TENANT}</dd><dt>Tenant analytics app</dt><dd>${OBJECT}</dd><dt>Application (client) ID</dt><dd>${APP}</dd></dl>`;
    expect(readEssentials(document.body, APP)).toEqual({ clientId: APP, ambiguous: [TENANT, OBJECT] });
  });

  it('cells that name their column keep it; the others take the free places', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">Description</div><div role="columnheader">Expires</div><div role="columnheader">Value</div><div role="columnheader">Secret ID</div></div>
      <div role="row"><div role="gridcell" aria-colindex="3">${VALUE}${copyBtn('v')}</div><div role="gridcell">mail</div><div role="gridcell" aria-colindex="4">${NEW_ID}</div></div></div>`;
    expect(readSecretRows(document.body, 'en-US')).toMatchObject([{ value: VALUE, secretId: NEW_ID, description: 'mail' }]);
  });
});

describe('copy buttons in the real renderings', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());
  const watch = (): Fact[] => {
    window.location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
    const sent: Fact[] = [];
    stop = watchCopies(document, true, (f) => sent.push(f));
    return sent;
  };
  const click = (tag: string) => document.querySelector(`[data-test="${tag}"] i`)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

  it('the Value copy button in a DetailsList captures the Value, the Secret ID one names the Secret ID', () => {
    document.body.innerHTML = fluentGrid([fluentRow(0, 'ServiceOps', '5/25/2027', VALUE, NEW_ID)]);
    const sent = watch();
    click('value-0');
    click('id-0');
    expect(sent).toEqual([
      expect.objectContaining({ kind: 'secret-created', value: VALUE, secretId: NEW_ID, via: 'copy-button' }),
      { kind: 'secret-id-copied', appId: APP, secretId: NEW_ID },
    ]);
  });

  it('the same in a Knockout grid with row-content wrappers', () => {
    document.body.innerHTML = knockoutGrid([{ desc: 'ServiceOps', exp: '5/25/2027', value: VALUE, id: NEW_ID }]);
    const sent = watch();
    click('ko-id-0');
    click('ko-value-0');
    expect(sent.map((f) => f.kind)).toEqual(['secret-id-copied', 'secret-created']);
  });

  it('a copy in a row the grid could not be read for says so, and names no Secret ID', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="gridcell">${NEW_ID} ${NEW_ID}${copyBtn('x')}</div></div></div>`;
    const sent = watch();
    click('x');
    expect(sent).toEqual([{ kind: 'copy-unread', appId: APP, field: 'secret' }]);
  });

  it('a Delete button in a cell of its own is no copy, even in a row that shows a Secret ID', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="gridcell">${NEW_ID} ${NEW_ID}</div><div role="gridcell">${copyBtn('del')}</div></div></div>`;
    const sent = watch();
    click('del');
    expect(sent).toEqual([]);
  });

  it('a button in a row that shows no Secret ID and no masked value is no copy of a secret', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="gridcell">Microsoft Graph ${copyBtn('y')}</div></div></div>`;
    const sent = watch();
    click('y');
    expect(sent).toEqual([]);
  });

  it('a cell that holds more than a GUID is never "you copied the Secret ID"', () => {
    document.body.innerHTML = fluentGrid([fluentRow(0, 'ServiceOps', '5/25/2027', VALUE, `${NEW_ID} (current)`)]);
    const rows = readSecretRows(document.body, 'en-US');
    const target = document.querySelector('[data-test="id-0"]')!;
    expect(copyFact(rows, target, APP, 'copy-button')).toBeUndefined();
  });
});

describe('Essentials in the real renderings', () => {
  it('reads Fluent label + read-only input pairs', () => {
    document.body.innerHTML = [
      ['Application (client) ID', APP],
      ['Object ID', OBJECT],
      ['Directory (tenant) ID', TENANT],
    ]
      .map(
        ([l, v], i) =>
          `<div class="ms-TextField"><label for="f${i}" class="ms-Label">${l}</label><div class="ms-TextField-fieldGroup"><input id="f${i}" readonly class="ms-TextField-field" value="${v}"></div>${copyBtn(`e${i}`)}</div>`,
      )
      .join('');
    expect(readEssentials(document.body, undefined)).toEqual({ clientId: APP, appObjectId: OBJECT, tenantId: TENANT, ambiguous: [] });
  });

  it('reads values that share their element with a copy button and glyph, once despite hidden duplicates', () => {
    document.body.innerHTML = `<section aria-labelledby="h"><h2 id="h">Essentials</h2>
      <div class="essentialsItem-1"><div class="essentialsLabel-1">Application (client) ID</div><div class="essentialsValue-1">${APP}${copyBtn('a')}<span hidden>${APP}</span></div></div>
      <div class="essentialsItem-2"><div class="essentialsLabel-2">Directory (tenant) ID</div><div class="essentialsValue-2">${TENANT} ${GLYPH}</div></div>
      <div class="essentialsItem-3"><div class="essentialsLabel-3">Object ID</div><div class="essentialsValue-3" title="${OBJECT}">${OBJECT}</div></div></section>`;
    expect(readEssentials(document.body, APP)).toEqual({ clientId: APP, tenantId: TENANT, appObjectId: OBJECT, ambiguous: [] });
  });

  it('pairs PropertyField labels by aria-labelledby', () => {
    document.body.innerHTML = `<span id="PropertyField1-label">Directory (tenant) ID</span><div aria-labelledby="PropertyField1-label"><span>${TENANT}</span>${copyBtn('t')}</div>
      <span id="PropertyField2-label">Application (client) ID</span><div aria-labelledby="PropertyField2-label">${APP}</div>`;
    expect(readEssentials(document.body, undefined)).toMatchObject({ clientId: APP, tenantId: TENANT });
  });
});

describe('permissions and panes in the real renderings', () => {
  const words = { delegated: ['delegated'], application: ['application'], granted: ['granted'], notGranted: ['not granted'] };

  it('reads the permission name from a row header, not the Type column', () => {
    const cell = (col: number, t: string, role = 'gridcell') => `<div role="${role}" aria-colindex="${col}">${t}</div>`;
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">API / Permissions name</div><div role="columnheader">Type</div></div>
      <div role="row"><div role="gridcell"><button aria-expanded="true">Microsoft Graph (2)</button></div></div>
      <div role="row"><div role="presentation" data-automationid="DetailsRowFields">${cell(1, 'IMAP.AccessAsUser.All', 'rowheader')}${cell(2, 'Delegated')}${cell(3, 'Read and write access to mailboxes via IMAP.')}${cell(4, 'No')}${cell(5, `${GLYPH} Granted for Contoso`)}</div></div></div>`;
    expect(readPermissions(document, words)).toEqual({
      kind: 'permissions',
      rows: [{ name: 'IMAP.AccessAsUser.All', type: 'delegated', granted: true, resource: 'Microsoft Graph' }],
    });
  });

  // Markup as @fluentui/react 8 and @fluentui/react-components 9 render it (saved from the portal replica's
  // Fluent renderings): a grouped DetailsList whose rows carry a "More actions" button with aria-expanded,
  // and a native table whose rows have no role.
  it.each(['fluent8', 'fluent9'])('reads the configured permissions as %s renders them', (rendering) => {
    document.body.innerHTML = readFileSync(path.join(import.meta.dirname, `fixtures/permissions-grid-${rendering}.html`), 'utf8');
    expect(readPermissions(document, words)).toEqual({
      kind: 'permissions',
      rows: [
        { name: 'User.Read', type: 'delegated', granted: false, resource: 'Microsoft Graph' },
        { name: 'IMAP.AccessAsUser.All', type: 'delegated', granted: false, resource: 'Microsoft Graph' },
      ],
    });
  });

  it('points into a non-modal Knockout context pane before the page behind it', () => {
    document.body.innerHTML = `<ul><li class="azc-toolbarButton"><div class="azc-toolbarButton-container" role="button" aria-label="New client secret" tabindex="0"></div></li></ul>
      <div class="fxs-contextpane" role="complementary"><label>Description <input type="text" value="x"></label><button>Add</button></div>`;
    const hit = findTarget(document, [
      { id: 'new', role: 'button', names: ['new client secret'] },
      { id: 'add', role: 'button', names: ['add'], match: 'all' },
    ]);
    expect(hit?.stage.id).toBe('add');
  });

  it('names a Fluent v9 tab by the text it shows, not the invisible copy that reserves its bold width', () => {
    document.body.innerHTML = `<div role="tablist"><button role="tab" aria-selected="true" class="fui-Tab"><span class="fui-Tab__content">Umleitungs-URI-Konfiguration</span></button>
      <button role="tab" aria-selected="false" class="fui-Tab"><span class="fui-Tab__content">Einstellungen</span><span class="fui-Tab__content--reserved-space" style="visibility: hidden">Einstellungen</span></button></div>`;
    expect(findTarget(document, [{ id: 'settings-tab', role: 'tab', names: ['einstellungen'], match: 'all' }])?.el.textContent).toContain('Einstellungen');
  });

  it('points at the toggle of a collapsed permission group the portal does not render, named by the prefix', () => {
    document.body.innerHTML = `<div role="dialog" aria-modal="true"><button aria-expanded="false">MailboxSettings (2)</button><button aria-expanded="false">Mail (4)</button></div>`;
    const hit = findTarget(document, [{ id: 'perm:Mail.Read', role: 'checkbox', names: ['mail.read'], match: 'all' }]);
    expect(hit?.el.textContent).toBe('Mail (4)');
    expect(hit?.stage.id).toBe('perm:Mail.Read');
    document.body.innerHTML = `<div role="dialog" aria-modal="true"><button aria-expanded="false">full_access_as_app (1)</button></div>`;
    expect(findTarget(document, [{ id: 'perm:full_access_as_app', role: 'checkbox', names: ['full_access_as_app'], match: 'all' }])?.el.textContent).toBe(
      'full_access_as_app (1)',
    );
  });

  it('finds a Fluent command bar item (menuitem) by its name', () => {
    document.body.innerHTML = `<div class="ms-CommandBar" role="menubar"><button role="menuitem" class="ms-CommandBarItem-link"><i data-icon-name="Add" aria-hidden="true">${GLYPH}</i><span class="ms-Button-label">New client secret</span></button></div>`;
    expect(findTarget(document, [{ id: 'new', role: 'button', names: ['new client secret'] }])?.el.getAttribute('role')).toBe('menuitem');
  });
});
