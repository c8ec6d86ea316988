import { afterEach, describe, expect, it } from 'vitest';
import { findInlineAnchor } from '../../utils/fill/inline-button';

afterEach(() => {
  document.body.replaceChildren();
});

function render(html: string): void {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
}

describe('where the inline button goes', () => {
  it('after the whole form item of Client ID (not inside the input’s wrappers)', () => {
    render(`<div role="dialog" aria-label="Add Incoming Email Server">
      <div class="item" data-k="auth-item"><label id="al">Authentication type</label><div role="combobox" aria-labelledby="al">OAuth</div></div>
      <div class="item" data-k="client-item"><div class="lab"><label for="c">Client ID</label></div><div class="ctl"><span><input id="c"></span></div></div>
      <div class="item"><label for="s">Client Secret</label><input id="s" type="password"></div></div>`);
    expect(findInlineAnchor(document)?.getAttribute('data-k')).toBe('client-item');
  });

  it('beside Authentication type while the form is still on Basic (no Client ID yet)', () => {
    render(`<div role="dialog" aria-label="Edit Outgoing Email Server">
      <div class="item" data-k="auth-item"><label id="al">Authentication type</label><div role="combobox" aria-labelledby="al">Basic</div></div>
      <div class="item"><label for="u">Username</label><input id="u"></div></div>`);
    expect(findInlineAnchor(document)?.getAttribute('data-k')).toBe('auth-item');
  });

  it('nowhere when no server form is open', () => {
    render(`<input aria-label="Search servers"><form><label for="n">Name</label><input id="n"></form>`);
    expect(findInlineAnchor(document)).toBeUndefined();
  });
});
