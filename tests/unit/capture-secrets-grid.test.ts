import { beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../utils/schemas';
import { createSecretsGridReader, readSecretRows } from '../../utils/sensor/secrets-grid';
import type { ReaderContext } from '../../utils/sensor/reader';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OLD_ID = 'aaaaaaaa-1111-4222-8333-444444444444';
const NEW_ID = 'bbbbbbbb-1111-4222-8333-555555555555';
const NEWER_ID = 'cccccccc-1111-4222-8333-666666666666';
const VALUE = 'abc8Q~' + 'Xy_1.-~'.repeat(4) + 'Zq9w7e';
const VALUE2 = 'kLm3Q~' + 'Pq-9_x'.repeat(5) + 'abcd';
const CREDENTIALS = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;

const copy = '<span><button type="button" aria-label="Copy to clipboard"><svg aria-hidden="true"></svg></button></span>';

/** The portal's div grid: header row, then one row per secret. */
function divGrid(rows: { desc: string; exp: string; value: string; id: string }[], headers = ['Description', 'Expires', 'Value', 'Secret ID', '']): string {
  const head = `<div role="row">${headers.map((h) => `<div role="columnheader">${h}</div>`).join('')}</div>`;
  const body = rows
    .map(
      (r) =>
        `<div role="row" class="fxc-gc-row"><div role="gridcell">${r.desc}</div><div role="gridcell">${r.exp}</div><div role="gridcell"><span>${r.value}</span>${copy}</div><div role="gridcell"><span>${r.id}</span>${copy}</div><div role="gridcell"><button aria-label="Delete">x</button></div></div>`,
    )
    .join('');
  return `<div role="grid" aria-label="Client secrets">${head}${body}</div>`;
}

const masked = (hint: string) => `${hint}${'*'.repeat(34)}`;

function ctx(opts: { hash?: string; top?: boolean; lang?: string } = {}): ReaderContext {
  window.location.hash = opts.hash ?? CREDENTIALS;
  document.documentElement.lang = opts.lang ?? 'en';
  return { route: undefined, isTopFrame: opts.top ?? true, document };
}

function facts(reader: ReturnType<typeof createSecretsGridReader>, c: ReaderContext): Fact[] {
  return reader.read(c);
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readSecretRows', () => {
  it('tells Value from Secret ID and description in the portal grid', () => {
    document.body.innerHTML = divGrid([
      { desc: 'old one', exp: '5/1/2026', value: masked('Qx7'), id: OLD_ID },
      { desc: 'ServiceOps mail', exp: '5/25/2027', value: VALUE, id: NEW_ID },
    ]);
    const rows = readSecretRows(document.body, 'en-US');
    expect(rows.map((r) => [r.masked, r.value, r.secretId, r.description, r.expires])).toEqual([
      [true, undefined, OLD_ID, 'old one', '2026-05-01'],
      [false, VALUE, NEW_ID, 'ServiceOps mail', '2027-05-25'],
    ]);
  });

  it('reads a German table by structure (th/td, day-first dates)', () => {
    document.body.innerHTML = `<table><thead><tr><th>Beschreibung</th><th>Läuft ab</th><th>Wert</th><th>Geheime ID</th></tr></thead>
      <tbody><tr><td>Postfach</td><td>25.5.2027</td><td>${VALUE}${copy}</td><td>${NEW_ID}${copy}</td></tr></tbody></table>`;
    expect(readSecretRows(document.body, 'de')).toMatchObject([{ value: VALUE, secretId: NEW_ID, description: 'Postfach', expires: '2027-05-25' }]);
  });

  it('without headers, finds the Value column from the masked rows even when the description looks like a secret', () => {
    document.body.innerHTML = divGrid(
      [
        { desc: 'prod-mail-secret-2026-a', exp: '1/1/2026', value: masked('Abc'), id: OLD_ID },
        { desc: 'prod-mail-secret-2027-b', exp: '1/1/2027', value: VALUE, id: NEW_ID },
      ],
      ['', '', '', '', ''],
    );
    const rows = readSecretRows(document.body, 'en-US');
    expect(rows[1]).toMatchObject({ value: VALUE, description: 'prod-mail-secret-2027-b' });
  });

  it('ignores the transient "Copied" tooltip inside the value cell', () => {
    document.body.innerHTML = divGrid([{ desc: 'd', exp: '1/1/2027', value: `${VALUE}</span><span role="status">Copied`, id: NEW_ID }]);
    expect(readSecretRows(document.body)[0]?.value).toBe(VALUE);
  });
});

describe('secrets grid reader', () => {
  it('captures the new row, not the older masked one above it', () => {
    const reader = createSecretsGridReader();
    document.body.innerHTML = divGrid([
      { desc: 'old', exp: '1/1/2026', value: masked('Qx7'), id: OLD_ID },
      { desc: 'new', exp: '5/25/2027', value: VALUE, id: NEW_ID },
    ]);
    expect(facts(reader, ctx())).toEqual([
      { kind: 'secret-created', appId: APP, value: VALUE, secretId: NEW_ID, description: 'new', expires: '2027-05-25', via: 'grid' },
    ]);
  });

  it('reports masked-only grids as masked, then the row that appears late', () => {
    const reader = createSecretsGridReader();
    document.body.innerHTML = divGrid([{ desc: 'old', exp: '1/1/2026', value: masked('Qx7'), id: OLD_ID }]);
    expect(facts(reader, ctx())).toEqual([{ kind: 'secret-masked', appId: APP, secretIds: [OLD_ID] }]);
    document.body.innerHTML = divGrid([
      { desc: 'old', exp: '1/1/2026', value: masked('Qx7'), id: OLD_ID },
      { desc: 'new', exp: '5/25/2027', value: VALUE, id: NEW_ID },
    ]);
    expect(facts(reader, ctx())[0]).toMatchObject({ kind: 'secret-created', value: VALUE, secretId: NEW_ID });
  });

  it('keeps the same secret when the grid re-renders with new nodes, and moves to a secret added later', () => {
    const reader = createSecretsGridReader();
    const first = [{ desc: 'a', exp: '5/25/2027', value: VALUE, id: NEW_ID }];
    document.body.innerHTML = divGrid(first);
    expect(facts(reader, ctx())[0]).toMatchObject({ value: VALUE });
    document.body.innerHTML = divGrid(first);
    expect(facts(reader, ctx())[0]).toMatchObject({ value: VALUE });
    // A second secret on the same visit: both rows are unmasked, the one not seen before is the new one,
    // wherever the grid puts it.
    document.body.innerHTML = divGrid([{ desc: 'b', exp: '1/1/2027', value: VALUE2, id: NEWER_ID }, ...first]);
    expect(facts(reader, ctx())[0]).toMatchObject({ value: VALUE2, secretId: NEWER_ID, description: 'b' });
  });

  it('never reports a value on other blades of the top document', () => {
    const reader = createSecretsGridReader();
    document.body.innerHTML = divGrid([{ desc: 'a', exp: '5/25/2027', value: VALUE, id: NEW_ID }]);
    expect(facts(reader, ctx({ hash: `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}` }))).toEqual([]);
    expect(facts(reader, ctx({ hash: '' }))).toEqual([]);
  });

  it('reads a framed blade without a route by content', () => {
    const reader = createSecretsGridReader();
    document.body.innerHTML = divGrid([{ desc: 'a', exp: '25.5.2027', value: VALUE, id: NEW_ID }], ['Beschreibung', 'Läuft ab', 'Wert', 'Geheime ID', '']);
    expect(facts(reader, ctx({ hash: '', top: false, lang: 'de' }))).toEqual([
      { kind: 'secret-created', appId: undefined, value: VALUE, secretId: NEW_ID, description: 'a', expires: '2027-05-25', via: 'grid' },
    ]);
  });

  it('never takes a Secret ID or a mask for the value', () => {
    const reader = createSecretsGridReader();
    document.body.innerHTML = divGrid([{ desc: 'a', exp: '1/1/2027', value: masked('abc'), id: NEW_ID }]);
    const out = facts(reader, ctx());
    expect(out.some((f) => f.kind === 'secret-created')).toBe(false);
  });
});

describe('big grids that cannot be a secrets grid', () => {
  it('a grid without any Secret ID is never read cell by cell; the secrets grid beside it still is', () => {
    const other = `<div role="grid" aria-label="Resources"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Token</div></div>${Array.from(
      { length: 300 },
      (_, i) => `<div role="row"><div role="gridcell">Resource ${i}</div><div role="gridcell">${VALUE2}</div></div>`,
    ).join('')}</div>`;
    document.body.innerHTML = other + divGrid([{ desc: 'mail', exp: '5/25/2027', value: VALUE, id: NEW_ID }]);
    // The sensor re-reads on every mutation batch, in every portal frame: a big unrelated grid must stay cheap.
    const resources = document.querySelector('[aria-label="Resources"]') as HTMLElement;
    let rowQueries = 0;
    const own = resources.querySelectorAll.bind(resources);
    resources.querySelectorAll = (selector: string) => {
      rowQueries++;
      return own(selector);
    };
    const rows = readSecretRows(document.body);
    expect(rows.map((r) => [r.value, r.secretId])).toEqual([[VALUE, NEW_ID]]);
    expect(rowQueries).toBe(0);
  });
});
