/**
 * SECURITY.md, "Messages": every message the background receives is parsed with the shared
 * schemas and its sender classified by what the browser vouches for (extension id, URL, tab,
 * frame); each request type names the senders it serves. A web page, another extension, a
 * portal frame or a ServiceOps page cannot ask for the secret or for a fill.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender, type SenderKind, type SenderLike } from '../../utils/background/sender';
import { createRouter, HANDLERS } from '../../utils/background/router';
import type { RequestType } from '../../utils/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const deps = { extensionId: ID, extensionOrigin: ORIGIN, now: () => 1_000, newId: () => 'id-1' };

const popup: SenderLike = { id: ID, url: `${ORIGIN}popup.html` };
const portalTop: SenderLike = { id: ID, url: 'https://portal.azure.com/#view/x', tab: { id: 3 }, frameId: 0, origin: 'https://portal.azure.com' };
const reactblade: SenderLike = {
  id: ID,
  url: 'https://sandbox-1.reactblade.portal.azure.net/blade',
  tab: { id: 3 },
  frameId: 7,
  origin: 'https://sandbox-1.reactblade.portal.azure.net',
};
const serviceOpsTop: SenderLike = { id: ID, url: 'https://serviceops.test/admin', tab: { id: 4 }, frameId: 0, origin: 'https://serviceops.test' };

describe('classifySender', () => {
  const cases: [string, SenderLike, SenderKind][] = [
    ['our popup', popup, 'extension-page'],
    ['our popup opened as a tab', { ...popup, tab: { id: 9 }, frameId: 0 }, 'extension-page'],
    ['our content script in the portal top frame', portalTop, 'portal-frame'],
    ['our content script in a reactblade iframe', reactblade, 'portal-frame'],
    ['our content script in the top frame of an https page', serviceOpsTop, 'serviceops-frame'],
    ['another extension (its id)', { ...popup, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }, 'other'],
    ['another extension posing with our page URL', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${ORIGIN}popup.html` }, 'other'],
    ['no sender id (a web page through externally_connectable)', { url: 'https://serviceops.test/' }, 'other'],
    ['no URL', { id: ID }, 'other'],
    ['an unparsable URL', { id: ID, url: 'not a url' }, 'other'],
    ["another extension's page URL with our id", { id: ID, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }, 'other'],
    ['portal over http', { ...portalTop, url: 'http://portal.azure.com/' }, 'other'],
    [
      'a look-alike portal host',
      { ...portalTop, url: 'https://portal.azure.com.evil.test/', origin: 'https://portal.azure.com.evil.test' },
      'serviceops-frame',
    ],
    ['a look-alike reactblade host', { ...reactblade, url: 'https://x.reactblade.portal.azure.net.evil.test/' }, 'other'],
    ['a ServiceOps page over http', { ...serviceOpsTop, url: 'http://insecure-serviceops.test/' }, 'other'],
    [
      'a cross-origin iframe inside ServiceOps',
      { ...serviceOpsTop, url: 'https://other-serviceops.test/embed', frameId: 5, origin: 'https://other-serviceops.test' },
      'other',
    ],
    [
      'an about:blank/srcdoc frame whose origin differs from its URL',
      { ...serviceOpsTop, url: 'https://serviceops.test/', origin: 'https://other-serviceops.test' },
      'other',
    ],
    ['a ServiceOps frame without a tab', { ...serviceOpsTop, tab: undefined }, 'other'],
  ];
  for (const [name, sender, kind] of cases) {
    it(`${name} → ${kind}`, () => expect(classifySender(sender, ID, ORIGIN)).toBe(kind));
  }
});

describe('who may ask for what', () => {
  /** Requests whose answer or effect carries the secret, or moves it. */
  const SECRET_BEARING: RequestType[] = [
    'get-state',
    'set-secret',
    'clear-secret',
    'run-check',
    'fill-serviceops',
    'fill-confirm',
    'fill-confirm-get',
    'set-setup-origins',
    'list-fill-targets',
    'update-setup',
    'delete-setup',
    'new-setup',
    'select-setup',
  ];

  it('no request type is served to an unknown sender', () => {
    for (const [type, def] of Object.entries(HANDLERS)) expect(def.from, type).not.toContain('other');
  });

  it('only our own pages may read or move the secret, or start a fill from the popup', () => {
    for (const type of SECRET_BEARING) expect(HANDLERS[type].from, type).toEqual(['extension-page']);
  });

  it('a ServiceOps page may only ask to fill itself and which setup that would be (the handler then checks the granted origin)', () => {
    const served = (Object.keys(HANDLERS) as RequestType[]).filter((t) => HANDLERS[t].from.includes('serviceops-frame')).sort();
    expect(served).toEqual(['inline-fill', 'inline-preview']);
  });

  it('portal frames may only report facts and where the step card may go, follow the checklist, paste into it, ask for a structure report and open the side panel', () => {
    const served = (Object.keys(HANDLERS) as RequestType[]).filter((t) => HANDLERS[t].from.includes('portal-frame')).sort();
    expect(served).toEqual(
      [
        'fact',
        'guidance-confirm',
        'guidance-fact',
        'guidance-layout',
        'guidance-path',
        'guidance-sync',
        'guidance-watch-get',
        'panel-paste',
        'structure-report',
        'open-side-panel',
      ].sort(),
    );
  });
});

describe('createRouter', () => {
  beforeEach(() => fakeBrowser.reset());
  const route = createRouter(deps);

  it('answers our page (positive control: the handler runs)', async () => {
    expect(await route({ type: 'select-setup', setupId: 'nope' }, popup)).toEqual({ ok: false, error: 'That setup no longer exists.' });
  });

  it('drops a request from a sender the handler does not serve, without an answer', async () => {
    for (const sender of [portalTop, reactblade, serviceOpsTop, { ...popup, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }]) {
      expect(await route({ type: 'get-state' }, sender)).toBeUndefined();
      expect(await route({ type: 'set-secret', setupId: 'x', value: 'abc8Q~' }, sender)).toBeUndefined();
      expect(await route({ type: 'fill-serviceops', setupId: 'x' }, sender)).toBeUndefined();
    }
  });

  it('drops anything that is not a message of the contract', async () => {
    const junk: unknown[] = [
      'get-state',
      null,
      42,
      { type: 'get-secret' },
      { type: 'select-setup' },
      { type: 'select-setup', setupId: 'x'.repeat(65) },
      { type: 'set-secret', setupId: 'x', value: 'v'.repeat(4097) },
      { type: 'select-setup', setupId: { toString: () => 'x' } },
      { type: 'fact', fact: { kind: 'secret-created', value: '', via: 'grid' } },
      { type: 'fact', fact: { kind: 'app-essentials', clientId: '<img src=x onerror=alert(1)>' } },
      { type: ['select-setup'], setupId: 'x' },
    ];
    // Our own pages are told the request was refused (so nothing typed vanishes silently); nothing is acted on.
    for (const message of junk)
      expect(await route(message, popup), JSON.stringify(message) ?? String(message)).toMatchObject({ ok: false, error: expect.stringMatching(/refused/) });
    // Any other sender gets no answer at all.
    for (const message of junk) for (const sender of [portalTop, serviceOpsTop]) expect(await route(message, sender)).toBeUndefined();
  });
});
