import { beforeEach, describe, expect, it } from 'vitest';
import { findStep } from '../../utils/guidance/evaluate';
import type { TargetStage } from '../../utils/schemas';
import { findTarget, nameOf } from '../../utils/sensor/targets';

const stages = (id: string, blade?: string): TargetStage[] => (findStep(id)?.target?.stages ?? []).filter((s) => !s.blade || s.blade === blade);
const hit = (id: string, blade?: string) => {
  const h = findTarget(document, stages(id, blade));
  return h && { stage: h.stage.id, text: (h.el.textContent ?? '').trim(), tag: h.el.tagName.toLowerCase() };
};
const html = (markup: string) => {
  document.body.innerHTML = markup;
};

beforeEach(() => html(''));

describe('accessible names', () => {
  it('reads aria-label, aria-labelledby, label[for], wrapping label and text', () => {
    html(`<span id="l1">Allow public client flows</span><div role="radiogroup" aria-labelledby="l1"></div>
      <label for="n">Name</label><input id="n"><label>Front-channel <input id="w"></label><button aria-label="Close">x</button>`);
    expect(nameOf(document.querySelector('[role=radiogroup]') as Element)).toBe('allow public client flows');
    expect(nameOf(document.getElementById('n') as Element)).toBe('name');
    expect(nameOf(document.getElementById('w') as Element)).toBe('front-channel');
    expect(nameOf(document.querySelector('button') as Element)).toBe('close');
  });
});

describe('register the app', () => {
  it('points at "New registration" on the list (English, German, toolbar markup)', () => {
    html(
      `<div role="toolbar"><button class="azc-toolbarButton"><span>+</span><span class="azc-toolbarButton-label">New registration</span></button><button>Endpoints</button></div>`,
    );
    expect(hit('register-app', 'ApplicationsListBlade')).toMatchObject({ stage: 'new-registration', text: '+New registration' });
    html(`<div role="toolbar"><button>Endpunkte</button><div role="button" tabindex="0">Neue Registrierung</div></div>`);
    expect(hit('register-app', 'ApplicationsListBlade')).toMatchObject({ stage: 'new-registration', tag: 'div' });
  });

  it('finds nothing on an icon-only button: no guess', () => {
    html(`<div class="azc-toolbarButton"><svg></svg></div><button>Refresh</button><input placeholder="Start typing a display name">`);
    expect(hit('register-app', 'ApplicationsListBlade')).toBeUndefined();
  });

  it('on the form: the name first, then Register once it is typed and enabled', () => {
    html(`<form><label for="n">Name</label><input id="n" type="text"><button type="submit" disabled>Register</button></form>`);
    expect(hit('register-app', 'CreateApplicationBlade')).toMatchObject({ stage: 'name', tag: 'input' });
    (document.getElementById('n') as HTMLInputElement).value = 'ServiceOps';
    expect(hit('register-app', 'CreateApplicationBlade')).toBeUndefined();
    (document.querySelector('button') as HTMLButtonElement).disabled = false;
    expect(hit('register-app', 'CreateApplicationBlade')).toMatchObject({ stage: 'register' });
  });
});

describe('client secret', () => {
  it('"New client secret", then "Add" inside the open pane only', () => {
    html(`<div role="toolbar" aria-label="Client secrets"><button>+ New client secret</button></div><button>Add a certificate</button>`);
    expect(hit('create-secret')).toMatchObject({ stage: 'new-client-secret' });
    document.body.insertAdjacentHTML('beforeend', `<section role="dialog" aria-modal="true"><input><button>Add</button><button>Cancel</button></section>`);
    expect(hit('create-secret')).toMatchObject({ stage: 'add', text: 'Add' });
  });

  it('works in German', () => {
    html(`<button>Neuer geheimer Clientschlüssel</button>`);
    expect(hit('create-secret')).toMatchObject({ stage: 'new-client-secret' });
    html(`<div role="dialog" aria-modal="true"><button>Hinzufügen</button><button>Abbrechen</button></div>`);
    expect(hit('create-secret')).toMatchObject({ stage: 'add', text: 'Hinzufügen' });
  });
});

describe('allow public client flows', () => {
  const markup = (yes: boolean, saveDisabled: boolean, lang: 'en' | 'de' = 'en') => `
    <div role="toolbar"><button ${saveDisabled ? 'disabled' : ''}>${lang === 'en' ? 'Save' : 'Speichern'}</button><button>Discard</button></div>
    <div id="lbl">${lang === 'en' ? 'Allow public client flows' : 'Öffentliche Clientflows zulassen'}</div>
    <div role="radiogroup" aria-labelledby="lbl">
      <button role="radio" aria-checked="${yes}">${lang === 'en' ? 'Yes' : 'Ja'}</button>
      <button role="radio" aria-checked="${!yes}">${lang === 'en' ? 'No' : 'Nein'}</button>
    </div>
    <div role="radiogroup" aria-label="Supported account types"><button role="radio" aria-checked="false">Yes</button></div>`;
  it.each([
    [false, true, 'en', 'yes'],
    [true, false, 'en', 'save'],
    [true, true, 'en', undefined],
    [false, true, 'de', 'yes'],
    [true, false, 'de', 'save'],
  ] as const)('toggle Yes=%s, save disabled=%s (%s) → %s', (yes, saveDisabled, lang, expected) => {
    html(markup(yes, saveDisabled, lang));
    expect(hit('public-client')?.stage).toBe(expected);
  });

  it('falls back to the first option of the group when the options are not words it knows', () => {
    html(
      `<div id="l">Allow public client flows</div><div role="radiogroup" aria-labelledby="l"><button role="radio" aria-checked="false">はい</button><button role="radio" aria-checked="true">いいえ</button></div>`,
    );
    expect(hit('public-client')).toMatchObject({ stage: 'yes', text: 'はい' });
  });
});

describe('API permissions', () => {
  it('walks Add a permission → Microsoft Graph → Delegated → the permissions (revealing collapsed groups) → Add permissions', () => {
    html(`<div role="toolbar"><button>Add a permission</button><button>Grant admin consent for Contoso</button></div>`);
    expect(hit('graph-delegated')?.stage).toBe('add-permission');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<section role="dialog" aria-modal="true" id="pane"><button class="tile">Microsoft GraphTake advantage of…</button><button class="tile">Intune</button></section>`,
    );
    expect(hit('graph-delegated')?.stage).toBe('graph');
    const pane = document.getElementById('pane') as HTMLElement;
    pane.innerHTML = `<h3>Microsoft Graph</h3>
      <div role="radiogroup"><button role="radio" aria-checked="false">Delegated permissions</button><button role="radio" aria-checked="false">Application permissions</button></div>
      <div class="group"><button aria-expanded="false">IMAP (1)</button><ul hidden><li><input type="checkbox" id="c1"><label for="c1">IMAP.AccessAsUser.All</label></li></ul></div>
      <div class="group"><button aria-expanded="false">Mail (3)</button><ul hidden><li><input type="checkbox" id="c2"><label for="c2">Mail.ReadBasic</label></li><li><input type="checkbox" id="c3"><label for="c3">Mail.Read</label></li><li><input type="checkbox" id="c4"><label for="c4">Mail.ReadWrite</label></li></ul></div>
      <footer><button class="primary" disabled>Add permissions</button><button>Discard</button></footer>`;
    expect(hit('graph-delegated')).toMatchObject({ stage: 'delegated', text: 'Delegated permissions' });
    pane.querySelector('[role=radio]')?.setAttribute('aria-checked', 'true');
    // Hidden in a collapsed group: the group's toggle is pointed at, for that permission.
    expect(hit('graph-delegated')).toMatchObject({ stage: 'perm:IMAP.AccessAsUser.All', text: 'IMAP (1)' });
    pane.querySelectorAll('ul').forEach((u) => u.removeAttribute('hidden'));
    expect(hit('graph-delegated')).toMatchObject({ stage: 'perm:IMAP.AccessAsUser.All', tag: 'input' });
    (document.getElementById('c1') as HTMLInputElement).checked = true;
    // Mail.Read exactly: neither Mail.ReadBasic nor Mail.ReadWrite.
    expect(findTarget(document, stages('graph-delegated'))?.el.id).toBe('c3');
    (document.getElementById('c3') as HTMLInputElement).checked = true;
    expect(hit('graph-delegated')).toBeUndefined();
    (pane.querySelector('.primary') as HTMLButtonElement).disabled = false;
    expect(hit('graph-delegated')?.stage).toBe('add-permissions');
  });

  it('MAPI: the "APIs my organization uses" tab, then Office 365 Exchange Online, then Application permissions', () => {
    html(
      `<div role="dialog" aria-modal="true" id="pane"><div role="tablist"><button role="tab" aria-selected="true">Microsoft APIs</button><button role="tab" aria-selected="false">APIs my organization uses</button></div><button>Microsoft Graph</button></div>`,
    );
    expect(hit('exchange-app-permissions')).toMatchObject({ stage: 'org-apis' });
    (document.getElementById('pane') as HTMLElement).innerHTML =
      `<div role="tablist"><button role="tab" aria-selected="true">APIs my organization uses</button></div><div role="row"><div role="gridcell"><button>Office 365 Exchange Online</button></div></div>`;
    expect(hit('exchange-app-permissions')).toMatchObject({ stage: 'exchange' });
    (document.getElementById('pane') as HTMLElement).innerHTML =
      `<div role="radiogroup"><button role="radio" aria-checked="false">Delegated permissions</button><button role="radio" aria-checked="false">Application permissions</button></div>`;
    expect(hit('exchange-app-permissions')).toMatchObject({ stage: 'application', text: 'Application permissions' });
  });

  it('admin consent: the grant button, then Yes in the confirmation', () => {
    html(`<div role="toolbar"><button>Add a permission</button><button>Administratorzustimmung für Contoso erteilen</button></div>`);
    expect(hit('admin-consent')?.stage).toBe('grant');
    document.body.insertAdjacentHTML('beforeend', `<div role="alertdialog" aria-modal="true"><p>Grant?</p><button>Ja</button><button>Nein</button></div>`);
    expect(hit('admin-consent')).toMatchObject({ stage: 'confirm', text: 'Ja' });
  });
});

describe('redirect URI and Enterprise application', () => {
  it('Add a platform → Web → the redirect box → Configure', () => {
    html(`<button>+ Add a platform</button>`);
    expect(hit('redirect-uri')?.stage).toBe('add-platform');
    html(
      `<div role="dialog" aria-modal="true"><button>Single-page applicationConfigure browser apps; web</button><button>WebBuild, host, and deploy</button></div>`,
    );
    expect(hit('redirect-uri')).toMatchObject({ stage: 'web', text: 'WebBuild, host, and deploy' });
    html(
      `<div role="dialog" aria-modal="true"><button>&lt; Configure platforms</button><label for="r">Redirect URIs</label><input id="r" type="url"><label>Front-channel logout URL<input type="url"></label><button disabled>Configure</button></div>`,
    );
    expect(hit('redirect-uri')).toMatchObject({ stage: 'redirect-uri', tag: 'input' });
    (document.getElementById('r') as HTMLInputElement).value = 'https://help.contoso.com/cb';
    (document.querySelector('button[disabled]') as HTMLButtonElement).disabled = false;
    expect(hit('redirect-uri')).toMatchObject({ stage: 'configure', text: 'Configure' });
  });

  it('the "Managed application in local directory" link, by its route, whatever its text', () => {
    html(
      `<dl><dt>Verwaltete Anwendung in lokalem Verzeichnis</dt><dd><a href="#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Overview/objectId/x/appId/y">ServiceOps</a></dd></dl><a href="#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Branding/appId/y">ServiceOps</a>`,
    );
    expect(findTarget(document, stages('enterprise-app-id'))?.el.getAttribute('href')).toContain('ManagedAppMenuBlade');
  });
});
