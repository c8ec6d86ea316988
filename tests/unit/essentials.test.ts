import { describe, expect, it } from 'vitest';
import { essentialsReader, readEssentials } from '../../utils/sensor/essentials';
import { parsePortalHash } from '../../utils/portal-route';

const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OBJECT = 'aaaaaaaa-1111-4222-8333-444444444444';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('readEssentials', () => {
  it('reads dt/dd pairs in English', () => {
    const root = dom(`<dl>
      <dt>Display name</dt><dd>Mail app</dd>
      <dt>Application (client) ID</dt><dd><span>${CLIENT}</span><button aria-label="Copy to clipboard"></button></dd>
      <dt>Object ID</dt><dd><span>${OBJECT}</span></dd>
      <dt>Directory (tenant) ID</dt><dd><span>${TENANT}</span></dd></dl>`);
    expect(readEssentials(root, CLIENT)).toMatchObject({ clientId: CLIENT, tenantId: TENANT, appObjectId: OBJECT, ambiguous: [] });
  });

  it('reads label/value div columns in German', () => {
    const root = dom(`<div class="essentials">
      <div class="row"><div class="label">Anwendungs-ID (Client)</div><div class="value"><div>${CLIENT.toUpperCase()}</div></div></div>
      <div class="row"><div class="label">Objekt-ID</div><div class="value"><div>${OBJECT}</div></div></div>
      <div class="row"><div class="label">Verzeichnis-ID (Mandant)</div><div class="value"><div>${TENANT}</div></div></div></div>`);
    expect(readEssentials(root, CLIENT)).toMatchObject({ clientId: CLIENT, tenantId: TENANT, appObjectId: OBJECT });
  });

  it('uses aria-labelledby when the label is elsewhere', () => {
    const root = dom(`<span id="l1">Directory (tenant) ID</span><div aria-labelledby="l1"><span>${TENANT}</span></div><div><span>${CLIENT}</span></div>`);
    expect(readEssentials(root, CLIENT)).toMatchObject({ clientId: CLIENT, tenantId: TENANT });
  });

  it('reports unlabelled GUIDs as ambiguous instead of guessing', () => {
    const root = dom(`<table><tr><td>??</td><td>${CLIENT}</td></tr><tr><td>??</td><td>${OBJECT}</td></tr><tr><td>??</td><td>${TENANT}</td></tr></table>`);
    const r = readEssentials(root, CLIENT);
    expect(r.tenantId).toBeUndefined();
    expect(r.ambiguous.sort()).toEqual([OBJECT, TENANT].sort());
  });

  it('does not take the client ID from a label when the route names another app', () => {
    const root = dom(`<dl><dt>Application (client) ID</dt><dd>${OBJECT}</dd><dt>Directory (tenant) ID</dt><dd>${TENANT}</dd></dl>`);
    expect(readEssentials(root, CLIENT).clientId).toBeUndefined();
  });

  it('finds nothing while the blade is still loading', () => {
    expect(readEssentials(dom('<div class="fxs-blade-content"><div role="progressbar"></div></div>'), CLIENT)).toEqual({ ambiguous: [] });
  });
});

describe('readEssentials by structure', () => {
  it('settles the last GUID when only one of object/tenant is labelled (unknown language)', () => {
    const root = dom(`<dl><dt>??</dt><dd>${CLIENT}</dd><dt>Identyfikator obiektu</dt><dd>${OBJECT}</dd><dt>??</dt><dd>${TENANT}</dd></dl>`);
    // "obiektu" is not in the label list; nothing is labelled, so both stay ambiguous.
    const unlabelled = readEssentials(root, CLIENT);
    expect(unlabelled.tenantId).toBeUndefined();
    expect(unlabelled.ambiguous).toEqual([OBJECT, TENANT]);
    const labelled = dom(`<dl><dt>??</dt><dd>${CLIENT}</dd><dt>Objekt-ID</dt><dd>${OBJECT}</dd><dt>??</dt><dd>${TENANT}</dd></dl>`);
    expect(readEssentials(labelled, CLIENT)).toMatchObject({ clientId: CLIENT, appObjectId: OBJECT, tenantId: TENANT, ambiguous: [] });
  });

  it('reads French labels', () => {
    const root = dom(
      `<dl><dt>ID d'application (client)</dt><dd>${CLIENT}</dd><dt>ID d'objet</dt><dd>${OBJECT}</dd><dt>ID de l'annuaire (locataire)</dt><dd>${TENANT}</dd></dl>`,
    );
    expect(readEssentials(root, CLIENT)).toMatchObject({ clientId: CLIENT, tenantId: TENANT, appObjectId: OBJECT });
  });
});

describe('essentialsReader', () => {
  const overview = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${CLIENT}/isMSAApp~/false`;
  const essentials = `<dl><dt>Application (client) ID</dt><dd>${CLIENT}</dd><dt>Object ID</dt><dd>${OBJECT}</dd><dt>Directory (tenant) ID</dt><dd>${TENANT}</dd></dl>`;

  it('reads a framed blade by content and never trusts its own URL: the background checks it against the tab', () => {
    dom(essentials);
    window.location.hash = overview;
    const facts = essentialsReader.read({ route: parsePortalHash('#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade'), isTopFrame: false, document });
    expect(facts).toEqual([
      expect.objectContaining({ kind: 'app-essentials', clientId: CLIENT, tenantId: TENANT, appObjectId: OBJECT, routeConfirmed: false }),
    ]);
  });

  it('reads a framed blade without a route from its labels, unconfirmed', () => {
    dom(essentials);
    window.location.hash = '';
    expect(essentialsReader.read({ route: undefined, isTopFrame: false, document })[0]).toMatchObject({
      clientId: CLIENT,
      tenantId: TENANT,
      routeConfirmed: false,
    });
  });

  it('reads nothing on other blades of the top document', () => {
    dom(essentials);
    window.location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${CLIENT}`;
    expect(essentialsReader.read({ route: undefined, isTopFrame: true, document })).toEqual([]);
  });
});
