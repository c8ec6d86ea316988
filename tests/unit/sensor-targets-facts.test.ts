import { describe, expect, it } from 'vitest';
import { readerWords } from '../../utils/guidance/vocabulary';
import { readPermissions, readPublicClient, readRedirectUris } from '../../utils/sensor/blade-facts';

const words = readerWords();
const html = (markup: string) => {
  document.body.innerHTML = markup;
};

describe('Allow public client flows: value and saved', () => {
  const blade = (yes: boolean, dirty: boolean, lang: 'en' | 'de' = 'en') => `
    <div role="toolbar"><button ${dirty ? '' : 'disabled aria-disabled="true"'}>${lang === 'en' ? 'Save' : 'Speichern'}</button></div>
    <div id="l">${lang === 'en' ? 'Allow public client flows' : 'Öffentliche Clientflows zulassen'}</div>
    <div role="radiogroup" aria-labelledby="l"><button role="radio" aria-checked="${yes}">${lang === 'en' ? 'Yes' : 'Ja'}</button><button role="radio" aria-checked="${!yes}">${lang === 'en' ? 'No' : 'Nein'}</button></div>`;
  it.each([
    [true, false, 'en', { on: true, saved: true }],
    [true, true, 'en', { on: true, saved: false }],
    [false, false, 'en', { on: false, saved: true }],
    [true, false, 'de', { on: true, saved: true }],
    [false, true, 'de', { on: false, saved: false }],
  ] as const)('Yes=%s dirty=%s (%s) → %o', (yes, dirty, lang, expected) => {
    html(blade(yes, dirty, lang));
    expect(readPublicClient(document, words)).toEqual({ kind: 'public-client', ...expected });
  });

  it('reads a switch as well, and nothing when the setting is not on the page', () => {
    html(`<div role="switch" aria-checked="true" aria-label="Allow public client flows"></div><button disabled>Save</button>`);
    expect(readPublicClient(document, words)).toEqual({ kind: 'public-client', on: true, saved: true });
    // No Save button in sight (a command bar re-rendering) is not "saved".
    html(`<div role="switch" aria-checked="true" aria-label="Allow public client flows"></div>`);
    expect(readPublicClient(document, words)).toEqual({ kind: 'public-client', on: true, saved: false });
    html(`<div class="fxs-bare-toggle is-on"></div>`);
    expect(readPublicClient(document, words)).toBeUndefined();
  });
});

const grid = (rows: string) => `<div role="grid" aria-label="Configured permissions">
  <div role="row"><div role="columnheader">API / Permissions name</div><div role="columnheader">Type</div><div role="columnheader">Status</div></div>${rows}</div>`;
const group = (name: string, n: number) =>
  `<div role="row"><div role="gridcell" aria-colspan="6"><button aria-expanded="true">${name} (${n})</button></div></div>`;
const row = (name: string, type: string, status: string) =>
  `<div role="row"><div role="gridcell"><span>${name}</span></div><div role="gridcell">${type}</div><div role="gridcell">Read mail</div><div role="gridcell">No</div><div role="gridcell">${status}</div><div role="gridcell"><button aria-label="More actions">…</button></div></div>`;

describe('configured permissions', () => {
  it('lists rows with resource, type and consent status (English)', () => {
    html(
      grid(
        group('Microsoft Graph', 2) +
          row('IMAP.AccessAsUser.All', 'Delegated', 'Granted for Contoso') +
          row('Mail.Read', 'Delegated', 'Not granted for Contoso') +
          group('Office 365 Exchange Online', 1) +
          row('full_access_as_app', 'Application', 'Granted for Contoso'),
      ),
    );
    expect(readPermissions(document, words)).toEqual({
      kind: 'permissions',
      rows: [
        { name: 'IMAP.AccessAsUser.All', type: 'delegated', granted: true, resource: 'Microsoft Graph' },
        { name: 'Mail.Read', type: 'delegated', granted: false, resource: 'Microsoft Graph' },
        { name: 'full_access_as_app', type: 'application', granted: true, resource: 'Office 365 Exchange Online' },
      ],
    });
  });

  it('reads German status and type', () => {
    html(
      grid(
        group('Microsoft Graph', 2) + row('Mail.Read', 'Delegiert', 'Gewährt für Contoso') + row('Mail.ReadWrite', 'Anwendung', 'Nicht gewährt für Contoso'),
      ),
    );
    expect(readPermissions(document, words)?.kind === 'permissions' && readPermissions(document, words)).toMatchObject({
      rows: [
        { name: 'Mail.Read', type: 'delegated', granted: true },
        { name: 'Mail.ReadWrite', type: 'application', granted: false },
      ],
    });
  });

  it('ignores grids that are not permission lists (app list, API picker)', () => {
    html(
      `<div role="grid"><div role="row"><div role="gridcell">SO ServiceOps mail</div><div role="gridcell">3f2504e0-4f89-41d3-9a0c-0305e82c3301</div><div role="gridcell">5/1/2026</div></div></div>`,
    );
    expect(readPermissions(document, words)).toBeUndefined();
  });
});

describe('redirect URIs', () => {
  it('lists the saved URIs, not what is being typed in the pane', () => {
    html(`<button disabled>Save</button><div data-platform="web"><ul><li><input type="url" value="https://help.contoso.com/cb"></li><li><input type="url" value=""></li></ul></div>
      <section role="dialog" aria-modal="true"><label for="r">Redirect URIs</label><input id="r" type="url" value="https://typing.example/cb"></section>`);
    expect(readRedirectUris(document, words)).toEqual({ kind: 'redirect-uris', uris: ['https://help.contoso.com/cb'], saved: true });
  });

  it('reports unsaved edits as unsaved', () => {
    html(`<button>Save</button><input type="url" value="https://help.contoso.com/cb">`);
    expect(readRedirectUris(document, words)).toEqual({ kind: 'redirect-uris', uris: ['https://help.contoso.com/cb'], saved: false });
  });
});
