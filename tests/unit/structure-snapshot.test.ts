import { beforeEach, describe, expect, it } from 'vitest';
import { assembleReport, reportWords, SNAPSHOT_LIMITS, snapshotFrame, type SnapshotOptions } from '../../utils/structure-snapshot';

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';
const OBJECT = '{aaaaaaaa-1111-4222-8333-444444444444}';
const SECRET_ID = 'bbbbbbbb-2222-4333-8444-555555555555';
const SP = 'cccccccc33334444a5556666666666ff';
const SECRET = 'Abc8Q~dEf.gHi_jKl-mNoPqRsTuVwXyZ0123456';
const OLD_SECRET = 'k9Zq+3Lm/PxW7vB2nR4tY6uI8oA1sD5fG0hJ=';
const OLD_SECRET_2 = 'Tq7Wm2Xk9Lp4Rz8Vb3Nc6Hd1Jf5Gs0Ya';
const MASKED = 'Abc*******************';
const EMAIL = 'admin@contoso.onmicrosoft.com';
const ALL = [CLIENT, TENANT, OBJECT, SECRET_ID, SP, SECRET, OLD_SECRET, OLD_SECRET_2, MASKED, EMAIL];
/** What a GUID, a secret or a masked value would leave behind if any part of it leaked. */
const LEAK_PARTS = [
  ...[CLIENT, TENANT, OBJECT, SECRET_ID].map((g) => g.replace(/[{}]/g, '').toLowerCase().slice(0, 8)),
  SP.slice(0, 12),
  'dEf.gHi',
  'mNoPqRsTuV',
  'k9Zq',
  'PxW7vB2',
  'Tq7Wm2Xk',
  'contoso',
  'abc*',
];

const opts = (over: Partial<SnapshotOptions> = {}): SnapshotOptions => ({
  words: reportWords(),
  skipTags: ['soah-guidance-panel'],
  ...SNAPSHOT_LIMITS,
  ...over,
});

/** A secrets grid and an Essentials block full of GUIDs and secrets, everywhere a page can put them. */
function hostilePage(): void {
  document.title = `Certificates & secrets - ${CLIENT} - Contoso Mail`;
  document.documentElement.lang = 'en';
  document.body.innerHTML = `
    <div class="fxs-blade-content-container ${CLIENT} flexContainer-104 secret-${SECRET} ${OLD_SECRET_2}" data-automation-key="${SECRET_ID}" data-tenant="${TENANT}">
      <h2 class="fxs-blade-title-titleText" title="Contoso Mail ${CLIENT}">Contoso Mail</h2>
      <div class="essentials" role="list" aria-label="Essentials ${TENANT}">
        <label class="ms-Label" id="lbl-${CLIENT}">Application (client) ID</label>
        <input readonly aria-labelledby="lbl-${CLIENT}" value="${CLIENT}" data-automationid="value-${SP}">
        <span aria-description="${OBJECT}">Directory (tenant) ID</span><span>${TENANT}&#xE8C8;</span>
        <input type="text" value="${SECRET}" placeholder="${OLD_SECRET}" title="${EMAIL}">
        <textarea>${OLD_SECRET}</textarea>
      </div>
      <div role="grid" aria-label="Client secrets" aria-rowcount="2">
        <div role="row" aria-rowindex="2" data-secret="${SECRET}">
          <div role="presentation" data-automationid="DetailsRowFields" class="ms-DetailsRow-fields">
            <div role="rowheader" aria-colindex="1" data-automation-key="description">mail ${EMAIL}</div>
            <div role="gridcell" aria-colindex="2" data-automation-key="value" aria-label="Value ${SECRET}">${SECRET}<button aria-label="Copy to clipboard ${SECRET}"><i data-icon-name="Copy">&#xE8C8;</i></button></div>
            <div role="gridcell" aria-colindex="3" data-automation-key="secretId">${SECRET_ID} ${MASKED} ${OLD_SECRET} ${OLD_SECRET_2}</div>
          </div>
        </div>
      </div>
      <a href="#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/${SECRET_ID}/appId/${CLIENT}">Managed application in local directory</a>
      <a href="https://sandbox-3.reactblade.portal.azure.net/React/Index?tenant=${TENANT}#${CLIENT}">${TENANT}</a>
      <script>var secret = "${SECRET}";</script>
      <soah-guidance-panel><span>${CLIENT}</span></soah-guidance-panel>
    </div>`;
  const host = document.createElement('div');
  host.className = 'shadow-host';
  document.body.append(host);
  host.attachShadow({ mode: 'open' }).innerHTML = `<span role="note" aria-label="${SECRET}">Value ${SECRET}</span>`;
}

describe('snapshotFrame', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    hostilePage();
  });

  it('leaves out every GUID, secret, masked value and e-mail address, wherever the page put them', () => {
    const text = JSON.stringify(snapshotFrame(opts()));
    for (const value of ALL) expect(text.toLowerCase()).not.toContain(value.toLowerCase());
    for (const part of LEAK_PARTS) expect(text.toLowerCase()).not.toContain(part.toLowerCase());
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    expect(text).not.toMatch(/Q~/);
  });

  it('keeps the structure: tags, roles, aria-* and data-automation keys, classes, allowed words, placeholders', () => {
    const snap = snapshotFrame(opts());
    const text = snap.lines.join('\n');
    expect(text).toContain('div.ms-DetailsRow-fields[role=presentation][data-automationid=DetailsRowFields]');
    expect(text).toMatch(/\[role=gridcell\]\[aria-colindex=2\]\[data-automation-key=value\]\[aria-label="value <secret>"\] "<secret>"/);
    expect(text).toContain('[aria-label="copy to clipboard <secret>"]');
    expect(text).toMatch(/^ +i "<glyph>"$/m);
    expect(text).toContain('label.ms-Label');
    expect(text).toContain('"application client id"');
    expect(text).toContain('"directory tenant id"');
    expect(text).toContain('"managed application in local directory"');
    expect(text).toContain('flexContainer-104');
    expect(text).toContain('fxs-blade-title-titleText');
    // The Essentials value in a read-only input shows as what it is, a GUID.
    expect(text).toContain('input[readonly][aria-labelledby=&1][data-automationid=value-<guid>][value="<guid>"]');
    expect(text).toMatch(/&1=label\.ms-Label/);
    // Other words (the app's name, a description) are not text the report may carry.
    expect(text).toContain('"…"');
    expect(text).not.toContain('Contoso');
    expect(text).not.toContain('mail ');
    expect(text).toContain('#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/<guid>/appId/<guid>');
    expect(text).toContain('https://sandbox-3.reactblade.portal.azure.net/React/Index?tenant=…');
    expect(text).toContain('#shadow-root (open)');
    expect(snap.title).toBe('certificates … secrets <guid> …');
    expect(snap.lang).toBe('en');
  });

  it('passes free-text aria attributes through the word allow-list, and keeps states as they are', () => {
    document.body.innerHTML = `<div role="row" aria-rowindextext="Contoso mail app" aria-braillelabel="Contoso" aria-expanded="true" aria-colcount="5"></div>`;
    const text = snapshotFrame(opts()).lines.join('\n');
    expect(text).not.toContain('Contoso');
    expect(text).toContain('[aria-expanded=true][aria-colcount=5]');
  });

  it("leaves out scripts and the extension's own UI", () => {
    const text = snapshotFrame(opts()).lines.join('\n');
    expect(text).not.toMatch(/^\s*script/m);
    expect(text).not.toContain('var ');
    expect(text).not.toContain('soah-guidance-panel');
  });

  it('stops at its caps and says so', () => {
    document.body.innerHTML = `<ul>${'<li class="row">Value</li>'.repeat(500)}</ul>`;
    const snap = snapshotFrame(opts({ maxNodes: 50 }));
    expect(snap.truncated).toBe(true);
    expect(snap.lines.length).toBeLessThanOrEqual(50);
    const deep = snapshotFrame(opts({ maxChars: 200 }));
    expect(deep.lines.join('\n').length).toBeLessThanOrEqual(200);
    expect(deep.truncated).toBe(true);
  });

  it('is self-contained, as scripting.executeScript needs: it runs from its own source text', () => {
    const copy = new Function(`return (${snapshotFrame.toString()})`)() as typeof snapshotFrame;
    expect(copy(opts()).lines).toEqual(snapshotFrame(opts()).lines);
  });
});

describe('assembleReport', () => {
  it('puts the frames in order under one header and says which could not be read', () => {
    hostilePage();
    const top = snapshotFrame(opts());
    const report = assembleReport(
      [
        { frameId: 7, result: null },
        { frameId: 0, result: top },
      ],
      { version: '1.2.3', date: '2026-12-02' },
    );
    expect(report.frames).toBe(2);
    expect(report.text.split('\n')[0]).toContain('structure report');
    expect(report.text.indexOf('== frame 0 (top)')).toBeLessThan(report.text.indexOf('== frame 7: not readable'));
    for (const value of ALL) expect(report.text.toLowerCase()).not.toContain(value.toLowerCase());
  });

  it('redacts again whatever a frame sent back', () => {
    const forged = { url: 'https://x', lang: '', title: '', nodes: 1, truncated: false, lines: [`div "${CLIENT}" ${SECRET}`] };
    const report = assembleReport([{ frameId: 0, result: forged }], { version: '1', date: 'd' });
    expect(report.text).not.toContain(CLIENT);
    expect(report.text).not.toContain(SECRET);
  });
});

describe('reportWords', () => {
  it("is the portal's vocabulary in single lower-case words", () => {
    const words = reportWords();
    for (const w of ['application', 'client', 'secret', 'value', 'neuer', 'clientschlüssel', 'tenant']) expect(words).toContain(w);
    expect(words.every((w) => w === w.toLowerCase() && !/\s/.test(w))).toBe(true);
  });
});
