import { afterEach, describe, expect, it } from 'vitest';
import { TENANT, VALUES } from './fill-values';
import { fillForm, probeForm } from '../../utils/fill/fill-form';
import { SCOPES } from '../../utils/oauth-urls';

afterEach(() => {
  document.body.replaceChildren();
});

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor & { get(): string; set(v: string): void };

/**
 * What React does to a controlled input: it wraps the instance's value setter to remember the
 * last value it knows, and on `input` fires onChange only when the node's value differs from it.
 * So `el.value = x` (through the wrapped setter) is invisible to React's state.
 */
function reactControlled(input: HTMLInputElement): { state: () => string } {
  let tracked = nativeValue.get.call(input);
  let state = tracked;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return nativeValue.get.call(this);
    },
    set(v: string) {
      tracked = String(v);
      nativeValue.set.call(this, v);
    },
  });
  input.addEventListener('input', () => {
    const current = nativeValue.get.call(input);
    if (current === tracked) return;
    tracked = current;
    state = current;
    // Controlled: the framework writes its state back.
    input.value = state;
  });
  return { state: () => state };
}

/** Vue's v-model listens to `input`; v-model.lazy to `change`. */
function vueModel(input: HTMLInputElement, lazy = false): { state: () => string } {
  let state = input.value;
  input.addEventListener(lazy ? 'change' : 'input', () => {
    state = input.value;
  });
  return { state: () => state };
}

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const inputOf = (root: ParentNode, k: string) => root.querySelector(`[data-k=${k}]`) as HTMLInputElement;

describe('fillForm sets values that frameworks see', () => {
  it('React-style controlled inputs (value tracker) and Vue-style models (input and lazy change) get the exact values', async () => {
    const root = render(`<div role="dialog" aria-labelledby="t"><h2 id="t">Add Incoming Email Server</h2>
      <label for="c">Client ID</label><input id="c" data-k="client">
      <label for="s">Client Secret</label><input id="s" type="password" data-k="secret">
      <label for="te">Tenant ID</label><input id="te" data-k="tenant">
      <label for="a">Authorization URL</label><input id="a" data-k="auth"></div>`);
    const client = reactControlled(inputOf(root, 'client'));
    const secret = reactControlled(inputOf(root, 'secret'));
    const tenant = vueModel(inputOf(root, 'tenant'));
    const auth = vueModel(inputOf(root, 'auth'), true);

    const report = await fillForm(document, VALUES, 'imap');

    expect(client.state()).toBe(VALUES.clientId);
    expect(secret.state()).toBe(VALUES.clientSecret);
    expect(tenant.state()).toBe(VALUES.tenantId);
    expect(auth.state()).toBe(VALUES.authorizationUrl);
    expect(report.ok).toBe(true);
    expect(report.form).toBe('Add Incoming Email Server');
    expect(Object.fromEntries(report.fields.map((f) => [f.field, f.outcome]))).toEqual({
      clientId: 'filled',
      clientSecret: 'filled',
      tenantId: 'filled',
      authorizationUrl: 'filled',
      tokenUrl: 'not-present',
      scope: 'not-present',
    });
  });

  it('the React emulation is real: a plain `el.value =` leaves its state unchanged', () => {
    const root = render(`<input data-k="x">`);
    const x = reactControlled(inputOf(root, 'x'));
    inputOf(root, 'x').value = 'typed by a script';
    inputOf(root, 'x').dispatchEvent(new Event('input', { bubbles: true }));
    expect(x.state()).toBe('');
  });

  it('reports already-equal, read-only, and a missing secret as failed; reads back the Redirect URL', async () => {
    const root = render(`<form aria-label="Edit Incoming Email Server">
      <label for="c">Client ID</label><input id="c" data-k="client" value="${VALUES.clientId}">
      <label for="s">Client Secret</label><input id="s" type="password" data-k="secret">
      <label for="a">Authorization URL</label><input id="a" readonly data-k="auth" value="https://example.invalid/">
      <label for="r">Redirect URL</label><input id="r" readonly value="https://sd.example.com/api/oauth/callback/0a1b2c">
    </form>`);
    const report = await fillForm(document, { ...VALUES, clientSecret: undefined }, 'imap');
    const outcome = Object.fromEntries(report.fields.map((f) => [f.field, f.outcome]));
    expect(outcome).toMatchObject({ clientId: 'already-equal', clientSecret: 'failed', authorizationUrl: 'read-only' });
    expect(report.ok).toBe(false);
    expect(report.readBack?.redirectUrl).toBe('https://sd.example.com/api/oauth/callback/0a1b2c');
    expect(inputOf(root, 'auth').value).toBe('https://example.invalid/');
  });

  it('writes a field the form re-created after the first lookup, and reports a value the framework took back later', async () => {
    const root = render(`<div role="dialog" aria-label="Add Incoming Email Server">
      <label for="c">Client ID</label><input id="c" data-k="client">
      <label for="s">Client Secret</label><input id="s" type="password" data-k="secret">
      <label for="te">Tenant ID</label><input id="te" data-k="tenant"></div>`);
    // Typing the Client ID makes this form re-render the secret field as a new element.
    inputOf(root, 'client').addEventListener('input', () => {
      const old = inputOf(root, 'secret');
      const fresh = old.cloneNode() as HTMLInputElement;
      old.replaceWith(fresh);
    });
    // And the Tenant ID is accepted at first, then reset by a validation that runs a moment later.
    inputOf(root, 'tenant').addEventListener('input', () => queueMicrotask(() => setTimeout(() => (inputOf(root, 'tenant').value = ''), 0)));
    const report = await fillForm(document, VALUES, 'imap');
    const outcome = Object.fromEntries(report.fields.map((f) => [f.field, f.outcome]));
    expect(outcome).toMatchObject({ clientId: 'filled', clientSecret: 'filled', tenantId: 'failed' });
    expect(inputOf(root, 'secret').value).toBe(VALUES.clientSecret);
    expect(report.fields.find((f) => f.field === 'tenantId')?.message).toBe('Tenant ID did not keep the value.');
    expect(report.ok).toBe(false);
  });

  it('fills a field the form shows only after an earlier field was typed into (rendered a moment later)', async () => {
    const root = render(`<div role="dialog" aria-label="Add Incoming Email Server">
      <label for="c">Client ID</label><input id="c" data-k="client"><div class="late"></div></div>`);
    inputOf(root, 'client').addEventListener('input', () =>
      setTimeout(() => {
        const slot = root.querySelector('.late');
        if (slot && !slot.children.length) slot.innerHTML = '<label for="te">Tenant ID</label><input id="te" data-k="tenant">';
      }, 0),
    );
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.fields.find((f) => f.field === 'tenantId')?.outcome).toBe('filled');
    expect(inputOf(root, 'tenant').value).toBe(TENANT);
  });

  it('never submits: no submit event and no click on any button', async () => {
    const root = render(`<form><h3>Add Outgoing Email Server</h3><label for="c">Client ID</label><input id="c"><button type="submit">Save</button></form>`);
    let submits = 0;
    let clicks = 0;
    root.querySelector('form')?.addEventListener('submit', (e) => {
      submits++;
      e.preventDefault();
    });
    root.querySelector('button')?.addEventListener('click', () => clicks++);
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.fields.find((f) => f.field === 'clientId')?.outcome).toBe('filled');
    expect(submits).toBe(0);
    expect(clicks).toBe(0);
  });

  it('switches a native Authentication type select to OAuth and waits for the conditional fields', async () => {
    const root = render(`<div role="dialog" aria-label="Add Incoming Email Server"><label for="at">Authentication type</label>
      <select id="at"><option>Basic</option><option value="oauth2">OAuth 2.0</option></select><div class="oauth"></div></div>`);
    const select = root.querySelector('select') as HTMLSelectElement;
    let clientState = '';
    select.addEventListener('change', () => {
      // The OAuth fields render a little later, like a lazily loaded block.
      setTimeout(() => {
        const block = root.querySelector('.oauth') as HTMLElement;
        block.innerHTML = `<label for="c">Client ID</label><input id="c"><label for="te">Tenant ID</label><input id="te">`;
        block.querySelector('input')?.addEventListener('input', (e) => (clientState = (e.target as HTMLInputElement).value));
      }, 20);
    });
    const report = await fillForm(document, VALUES, 'imap');
    expect(select.value).toBe('oauth2');
    expect(clientState).toBe(VALUES.clientId);
    expect(report.fields.find((f) => f.field === 'tenantId')?.outcome).toBe('filled');
  });

  it('operates an ARIA combobox (listbox portalled elsewhere) to choose OAuth', async () => {
    const root = render(`<div role="dialog" aria-label="Add Outgoing Email Server">
      <label id="atl">Authentication type</label><div role="combobox" tabindex="0" aria-labelledby="atl" aria-controls="lst" aria-expanded="false">Basic</div>
      <div class="oauth"></div></div>`);
    const combo = root.querySelector('[role=combobox]') as HTMLElement;
    combo.addEventListener('mousedown', () => {
      if (document.getElementById('lst')) return;
      const list = document.createElement('div');
      list.id = 'lst';
      list.setAttribute('role', 'listbox');
      list.innerHTML = `<div role="option">Basic</div><div role="option">OAuth</div>`;
      list.addEventListener('click', (e) => {
        combo.textContent = (e.target as HTMLElement).textContent;
        list.remove();
        if (combo.textContent === 'OAuth')
          (root.querySelector('.oauth') as HTMLElement).innerHTML = `<label for="c">Client ID</label><input id="c" data-k="client">`;
      });
      document.body.append(list);
    });
    const report = await fillForm(document, VALUES, 'imap');
    expect(combo.textContent).toBe('OAuth');
    expect(inputOf(root, 'client').value).toBe(VALUES.clientId);
    expect(report.ok).toBe(true);
    expect(probeForm(document)).toEqual({ form: 'outgoing', title: 'Add Outgoing Email Server' });
  });

  it('fills fields that live in a shadow root', async () => {
    const host = document.createElement('so-oauth-fields');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<label for="c">Client ID</label><input id="c"><label for="k">Token URL</label><input id="k">`;
    const report = await fillForm(document, VALUES, 'imap');
    expect((shadow.getElementById('c') as HTMLInputElement).value).toBe(VALUES.clientId);
    expect((shadow.getElementById('k') as HTMLInputElement).value).toBe(VALUES.tokenUrl);
    expect(report.fields.find((f) => f.field === 'tokenUrl')?.outcome).toBe('filled');
  });

  it('says so when no server form is open', async () => {
    render(`<input aria-label="Search servers">`);
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.ok).toBe(false);
    expect(report.message).toMatch(/No "Add Incoming Email Server"/);
  });
});

describe('the scope of the form’s protocol', () => {
  it('fills the Scope field with the app-only scope when the form’s Protocol is MAPI', async () => {
    const root = render(`<form aria-label="Add Incoming Email Server"><label id="pl">Protocol</label><div role="combobox" aria-labelledby="pl">MAPI</div>
      <label for="c">Client ID</label><input id="c"><label for="sc">Scope</label><input id="sc" data-k="scope"></form>`);
    await fillForm(document, VALUES, 'imap');
    expect(inputOf(root, 'scope').value).toBe(SCOPES.mapi);
  });
});
