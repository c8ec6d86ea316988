import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_LABELS, type FieldKey } from '../../utils/fill/fields';
import { findControl, findControls, labelsOf, normalizeLabel } from '../../utils/fill/labels';

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The control found for a field, identified by its data-k attribute (never used by the code under test). */
function found(root: ParentNode, key: FieldKey): string | null | undefined {
  return findControl(root, FIELD_LABELS[key])?.getAttribute('data-k');
}

describe('normalizeLabel', () => {
  it('drops required marks, colons and extra spaces, and lower-cases', () => {
    expect(normalizeLabel('  *Client\n  Secret : ')).toBe('client secret');
    expect(normalizeLabel('Tenant ID：')).toBe('tenant id');
  });
});

describe('findControl by label, on many markup shapes', () => {
  it('<label for>', () => {
    const root = render(`<label for="a1">Client ID</label><input id="a1" data-k="client"><label for="a2">Tenant ID</label><input id="a2" data-k="tenant">`);
    expect(found(root, 'clientId')).toBe('client');
    expect(found(root, 'tenantId')).toBe('tenant');
  });

  it('a wrapping <label> whose text carries a literal asterisk', () => {
    const root = render(
      `<div><label><span><span>*</span>Client Secret</span><span><span class="affix"><input type="password" data-k="secret"><span><button type="button" aria-label="Show password"></button></span></span></span></label></div>`,
    );
    expect(found(root, 'clientSecret')).toBe('secret');
  });

  it('aria-label and aria-labelledby (several ids)', () => {
    const root = render(`<input aria-label="Client ID" data-k="client">
      <span id="p1">Authorization</span><span id="p2">URL</span><input aria-labelledby="p1 p2" data-k="auth">`);
    expect(found(root, 'clientId')).toBe('client');
    expect(found(root, 'authorizationUrl')).toBe('auth');
  });

  it('Ant Design-style label column: a <label> without for, and a <span>, beside the control column', () => {
    const item = (label: string, k: string, tag = 'label') => `
      <div class="x-form-item"><div class="x-row">
        <div class="x-col-label"><${tag} class="req" title="${label}">${label}</${tag}></div>
        <div class="x-col-control"><div class="x-ci"><div class="x-cc"><input data-k="${k}"></div></div>
          <div class="x-extra">Directory (tenant) ID.</div></div>
      </div></div>`;
    const root = render(item('Scope', 'scope') + item('Tenant ID', 'tenant', 'span') + item('Token URL', 'token'));
    expect(found(root, 'scope')).toBe('scope');
    expect(found(root, 'tenantId')).toBe('tenant');
    expect(found(root, 'tokenUrl')).toBe('token');
  });

  it('a table row and a <dl> pair', () => {
    const root = render(
      `<table><tr><th>Client ID:</th><td><input data-k="client"></td></tr></table><dl><dt>Scope</dt><dd><textarea data-k="scope"></textarea></dd></dl>`,
    );
    expect(found(root, 'clientId')).toBe('client');
    expect(found(root, 'scope')).toBe('scope');
  });

  it('does not lend one field’s label to its neighbour in the same row', () => {
    const root = render(
      `<div class="row"><span>Client ID</span><input data-k="client"><input data-k="unlabelled"></div><div class="row"><label>Tenant ID</label><div><input data-k="tenant"></div></div>`,
    );
    expect(found(root, 'clientId')).toBe('client');
    expect(found(root, 'tenantId')).toBe('tenant');
    expect(labelsOf(root.querySelector('[data-k=unlabelled]') as Element)).not.toContain('client id');
  });

  it('labels that merely contain a field name do not match it', () => {
    const root = render(
      `<label for="e">Client secret expires</label><input id="e" data-k="expires"><label for="h">Client ID hint</label><input id="h" data-k="hint">`,
    );
    expect(found(root, 'clientSecret')).toBeUndefined();
    expect(found(root, 'clientId')).toBeUndefined();
  });

  it('prefers the most explicit label: aria-label over a nearby text', () => {
    const root = render(
      `<div><span>Client ID</span><div><input aria-label="Tenant ID" data-k="tenant"></div></div><label for="c">Client ID</label><input id="c" data-k="client">`,
    );
    expect(found(root, 'clientId')).toBe('client');
    expect(found(root, 'tenantId')).toBe('tenant');
  });

  it('ignores hidden fields (a conditional block not shown)', () => {
    const root = render(
      `<div style="display:none"><label for="h1">Client ID</label><input id="h1" data-k="hidden"></div><div hidden><label>Client ID<input data-k="hidden2"></label></div>`,
    );
    expect(found(root, 'clientId')).toBeUndefined();
    const shown = render(`<label for="s1">Client ID</label><input id="s1" data-k="shown">`);
    expect(found(document, 'clientId')).toBe('shown');
    expect(shown.isConnected).toBe(true);
  });

  it('finds fields inside an open shadow root (web components)', () => {
    const root = render(`<so-field></so-field>`);
    const host = root.querySelector('so-field') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<label for="in">Client Secret</label><input id="in" type="password" data-k="secret"><div><span id="l2">Token URL</span><input aria-labelledby="l2" data-k="token"></div>`;
    expect(found(root, 'clientSecret')).toBe('secret');
    expect(found(root, 'tokenUrl')).toBe('token');
  });

  it('recognises the custom select of Authentication type by aria-labelledby', () => {
    const root = render(
      `<label id="at" for="atc">Authentication type</label><div class="sel"><div id="atc" role="combobox" tabindex="0" aria-labelledby="at" data-k="auth">Basic</div></div>`,
    );
    expect(found(root, 'authType')).toBe('auth');
  });

  it('accepts the portal’s own wording as a label too', () => {
    const root = render(
      `<label for="a">Application (client) ID</label><input id="a" data-k="client"><label for="b">Directory (tenant) ID</label><input id="b" data-k="tenant">`,
    );
    expect(found(root, 'clientId')).toBe('client');
    expect(found(root, 'tenantId')).toBe('tenant');
  });
});

describe('findControls', () => {
  it('finds several fields in one pass, each exactly as findControl would', () => {
    const root = render(`<form>
      <label for="b1">Client ID</label><input id="b1" data-k="client">
      <div class="row"><span>Client Secret</span><input type="password" data-k="secret"></div>
      <input aria-label="Tenant ID" data-k="tenant"><label for="b3">Scope</label><textarea id="b3" data-k="scope"></textarea>
      <label for="b4">Token URL</label><input id="b4" hidden data-k="token"></form>`);
    const keys = ['clientId', 'clientSecret', 'tenantId', 'scope', 'tokenUrl'] as const;
    const all = findControls(root, {
      clientId: FIELD_LABELS.clientId,
      clientSecret: FIELD_LABELS.clientSecret,
      tenantId: FIELD_LABELS.tenantId,
      scope: FIELD_LABELS.scope,
      tokenUrl: FIELD_LABELS.tokenUrl,
    });
    expect(Object.fromEntries(keys.map((k) => [k, all[k]?.getAttribute('data-k')]))).toEqual({
      clientId: 'client',
      clientSecret: 'secret',
      tenantId: 'tenant',
      scope: 'scope',
      tokenUrl: undefined,
    });
    for (const key of keys) expect(all[key]).toBe(findControl(root, FIELD_LABELS[key]));
  });
});
