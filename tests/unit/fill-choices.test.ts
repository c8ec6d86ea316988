import { afterEach, describe, expect, it } from 'vitest';
import { VALUES } from './fill-values';
import { fillForm, probeForm } from '../../utils/fill/fill-form';
import { FIELD_LABELS } from '../../utils/fill/fields';
import { findControl } from '../../utils/fill/labels';
import { SCOPES } from '../../utils/oauth-urls';

afterEach(() => {
  document.body.replaceChildren();
});

/**
 * Each way a form may draw "Authentication type: Basic / OAuth". `wire` plays the app: it calls
 * `setOAuth(on)` when the user's interaction chooses an option, the way the app's state would change.
 */
interface Rendering {
  name: string;
  html: string;
  wire: (root: HTMLElement, setOAuth: (on: boolean) => void) => void;
}

const RENDERINGS: Rendering[] = [
  {
    name: 'native select',
    html: `<label for="at">Authentication type</label><select id="at"><option>Basic</option><option>OAuth</option></select>`,
    wire: (root, setOAuth) => root.querySelector('#at')?.addEventListener('change', (e) => setOAuth((e.target as HTMLSelectElement).value === 'OAuth')),
  },
  {
    name: 'ARIA combobox',
    html: `<span id="atl">Authentication type</span><div role="combobox" tabindex="0" aria-labelledby="atl" aria-controls="atlist" aria-expanded="false">Basic</div>
      <div role="listbox" id="atlist" hidden><div role="option">Basic</div><div role="option">OAuth</div></div>`,
    wire: (root, setOAuth) => {
      const box = root.querySelector('[role=combobox]') as HTMLElement;
      const list = root.querySelector('[role=listbox]') as HTMLElement;
      box.addEventListener('click', () => {
        list.hidden = false;
      });
      for (const option of Array.from(list.children))
        option.addEventListener('click', () => {
          box.textContent = option.textContent;
          list.hidden = true;
          setOAuth(option.textContent === 'OAuth');
        });
    },
  },
  {
    name: 'native radios beside a label',
    html: `<div class="row"><span>Authentication type</span><div><label><input type="radio" name="auth" value="basic" checked> Basic</label>
      <label><input type="radio" name="auth" value="oauth"> OAuth</label></div></div>`,
    wire: (root, setOAuth) =>
      root.querySelectorAll('input[type=radio]').forEach((r) => r.addEventListener('change', () => setOAuth((r as HTMLInputElement).value === 'oauth'))),
  },
  {
    name: 'native radios in a fieldset',
    html: `<fieldset><legend>Authentication type</legend><input type="radio" id="r1" name="a2" checked><label for="r1">Basic</label>
      <input type="radio" id="r2" name="a2"><label for="r2">OAuth 2.0</label></fieldset>`,
    wire: (root, setOAuth) => root.querySelector('#r2')?.addEventListener('change', () => setOAuth(true)),
  },
  {
    name: 'role=radiogroup of role=radio',
    html: `<div id="agl">Authentication type</div><div role="radiogroup" aria-labelledby="agl">
      <div role="radio" aria-checked="true" tabindex="0">Basic</div><div role="radio" aria-checked="false" tabindex="-1">OAuth</div></div>`,
    wire: (root, setOAuth) =>
      root.querySelectorAll('[role=radio]').forEach((r) =>
        r.addEventListener('click', () => {
          root.querySelectorAll('[role=radio]').forEach((o) => o.setAttribute('aria-checked', String(o === r)));
          setOAuth(r.textContent === 'OAuth');
        }),
      ),
  },
  {
    name: 'Ant Design radio buttons (Radio.Group optionType=button)',
    html: `<div class="ant-form-item"><div class="ant-form-item-label"><label for="form_item_authType" title="Authentication type">Authentication type</label></div>
      <div class="ant-form-item-control"><div id="form_item_authType" class="ant-radio-group ant-radio-group-outline" role="radiogroup">
      <label class="ant-radio-button-wrapper ant-radio-button-wrapper-checked"><span class="ant-radio-button ant-radio-button-checked"><input class="ant-radio-button-input" type="radio" value="Basic" checked><span class="ant-radio-button-inner"></span></span><span class="ant-radio-button-label">Basic</span></label>
      <label class="ant-radio-button-wrapper"><span class="ant-radio-button"><input class="ant-radio-button-input" type="radio" value="OAuth"><span class="ant-radio-button-inner"></span></span><span class="ant-radio-button-label">OAuth</span></label>
      </div></div></div>`,
    wire: (root, setOAuth) =>
      root.querySelectorAll('input[type=radio]').forEach((r) => r.addEventListener('click', () => setOAuth((r as HTMLInputElement).value === 'OAuth'))),
  },
  {
    name: 'segmented buttons (aria-pressed)',
    html: `<span id="sgl">Authentication type</span><div role="group" aria-labelledby="sgl"><button type="button" aria-pressed="true">Basic</button><button type="button" aria-pressed="false">OAuth</button></div>`,
    wire: (root, setOAuth) =>
      root.querySelectorAll('[aria-pressed]').forEach((b) =>
        b.addEventListener('click', () => {
          root.querySelectorAll('[aria-pressed]').forEach((o) => o.setAttribute('aria-pressed', String(o === b)));
          setOAuth(b.textContent === 'OAuth');
        }),
      ),
  },
  {
    name: 'a switch labelled Authentication type (OAuth when on)',
    html: `<label for="sw">Authentication type</label><button type="button" id="sw" role="switch" aria-checked="false"><span>OAuth</span><span>Basic</span></button>`,
    wire: (root, setOAuth) => {
      const sw = root.querySelector('#sw') as HTMLElement;
      sw.addEventListener('click', () => {
        const on = sw.getAttribute('aria-checked') !== 'true';
        sw.setAttribute('aria-checked', String(on));
        setOAuth(on);
      });
    },
  },
  {
    name: 'a switch "Use OAuth"',
    html: `<label for="sw2">Use OAuth authentication</label><button type="button" id="sw2" role="switch" aria-checked="false"></button>`,
    wire: (root, setOAuth) => {
      const sw = root.querySelector('#sw2') as HTMLElement;
      sw.addEventListener('click', () => {
        const on = sw.getAttribute('aria-checked') !== 'true';
        sw.setAttribute('aria-checked', String(on));
        setOAuth(on);
      });
    },
  },
];

/** A ServiceOps-like form whose OAuth fields exist only while OAuth is chosen. */
function renderForm(r: Rendering): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<div role="dialog" aria-labelledby="t"><h2 id="t">Add Incoming Email Server</h2>
    <label for="name">Name</label><input id="name">${r.html}<div class="oauth"></div></div>`;
  document.body.append(root);
  const slot = root.querySelector('.oauth') as HTMLElement;
  r.wire(root, (on) => {
    slot.innerHTML = on
      ? `<label for="c">Client ID</label><input id="c" data-k="client"><label for="s">Client Secret</label><input id="s" type="password" data-k="secret">`
      : `<label for="u">Username</label><input id="u">`;
  });
  return root;
}

describe('Authentication type, however the form draws the choice', () => {
  for (const r of RENDERINGS) {
    it(`${r.name}: found by its label, switched to OAuth, then filled`, async () => {
      const root = renderForm(r);
      // Before OAuth there is no Client ID: the form is recognised by its Authentication type.
      expect(findControl(root, FIELD_LABELS.authType)).toBeDefined();
      expect(probeForm(document).form).toBe('incoming');
      const report = await fillForm(document, VALUES, 'imap');
      expect(report.message).toBeUndefined();
      expect(report.ok).toBe(true);
      expect((root.querySelector('[data-k=client]') as HTMLInputElement).value).toBe(VALUES.clientId);
      expect((root.querySelector('[data-k=secret]') as HTMLInputElement).value).toBe(VALUES.clientSecret);
    });
  }

  it('a radio group already on OAuth is left as it is', async () => {
    const root = renderForm(RENDERINGS[4]!);
    (root.querySelectorAll('[role=radio]')[1] as HTMLElement).click();
    let clicks = 0;
    root.addEventListener('click', () => clicks++, true);
    await fillForm(document, VALUES, 'imap');
    expect(clicks).toBe(0);
  });

  it('the options of a group are not taken as the labels of the fields after it', () => {
    const root = document.createElement('div');
    root.innerHTML = `<div role="radiogroup" aria-label="Protocol"><div role="radio" aria-checked="true">Client ID</div></div><input data-k="x">`;
    document.body.append(root);
    expect(findControl(root, FIELD_LABELS.clientId)).toBeUndefined();
  });

  it('Protocol drawn as a radio group: POP3 gets the POP scope', async () => {
    const root = document.createElement('div');
    root.innerHTML = `<form aria-label="Add Incoming Email Server"><span id="pl">Protocol</span><div role="radiogroup" aria-labelledby="pl">
      <div role="radio" aria-checked="false">IMAP</div><div role="radio" aria-checked="true">POP3</div><div role="radio" aria-checked="false">MAPI</div></div>
      <label for="c">Client ID</label><input id="c"><label for="sc">Scope</label><input id="sc" data-k="scope"></form>`;
    document.body.append(root);
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.protocol).toBe('pop3');
    expect((root.querySelector('[data-k=scope]') as HTMLInputElement).value).toBe(SCOPES.pop3);
  });
});

describe('a virtual-list select that names its options only to assistive tech (antd 6 Select)', () => {
  /**
   * The visible items take clicks but carry no option role; the `role=option` copies sit in a 0×0
   * box and take none. The keyboard works: arrows move `aria-activedescendant`, Enter picks (read by key code).
   */
  function virtualSelect(root: HTMLElement, options: string[]): { value: () => string } {
    let value = '';
    let active = 0;
    root.innerHTML = `<div role="dialog" aria-labelledby="t"><h2 id="t">Add Incoming Email Server</h2>
      <label for="pv">Email Provider</label><div class="sel"><div class="content"><input id="pv" role="combobox" readonly aria-expanded="false" value=""></div></div>
      <label for="c">Client ID</label><input id="c" data-k="client"></div>
      <div class="dropdown" hidden><div role="listbox" id="pv_list" style="height: 0px; width: 0px; overflow: hidden;"></div>
      <div class="visible">${options.map((o) => `<div class="item" title="${o}">${o}</div>`).join('')}</div></div>`;
    const input = root.querySelector('#pv') as HTMLInputElement;
    const dropdown = root.querySelector('.dropdown') as HTMLElement;
    const a11y = root.querySelector('[role=listbox]') as HTMLElement;
    const render = () => {
      a11y.innerHTML = [active - 1, active, active + 1]
        .filter((i) => i >= 0 && i < options.length)
        .map((i) => `<div role="option" id="pv_list_${i}" aria-label="${options[i]}">${i}</div>`)
        .join('');
      input.setAttribute('aria-activedescendant', `pv_list_${active}`);
    };
    const pick = (i: number) => {
      value = options[i] ?? '';
      (root.querySelector('.content') as HTMLElement).firstChild?.before(value);
      dropdown.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    };
    input.addEventListener('mousedown', () => {
      dropdown.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      input.setAttribute('aria-controls', 'pv_list');
      render();
    });
    root.querySelectorAll('.item').forEach((item, i) => item.addEventListener('click', () => pick(i)));
    input.addEventListener('keydown', (e) => {
      if (e.keyCode === 40) {
        active = Math.min(active + 1, options.length - 1);
        render();
      } else if (e.keyCode === 13 && !dropdown.hidden) pick(active);
    });
    return { value: () => value };
  }

  it('is worked with the keyboard: Microsoft chosen even when it is not the first option', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const select = virtualSelect(root, ['Amazon', 'Yahoo', 'Zoho', 'Microsoft', 'Google']);
    const report = await fillForm(document, VALUES, 'imap');
    expect(select.value()).toBe('Microsoft');
    expect(report.fields.find((f) => f.field === 'provider')?.outcome).toBe('filled');
  });
});
