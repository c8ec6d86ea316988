import { afterEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../utils/schemas';
import { watchCopies } from '../../utils/sensor/copy-watch';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const OLD_ID = 'aaaaaaaa-1111-4222-8333-444444444444';
const NEW_ID = 'bbbbbbbb-1111-4222-8333-555555555555';
const VALUE = 'abc8Q~' + 'Xy_1.-~'.repeat(4) + 'Zq9w7e';

const btn = (name: string) => `<button type="button" data-test="${name}" aria-label="Copy to clipboard"><svg aria-hidden="true"></svg></button>`;
const row = (desc: string, value: string, id: string, tag: string) =>
  `<div role="row"><div role="gridcell">${desc}</div><div role="gridcell">1/1/2027</div><div role="gridcell"><span>${value}</span>${btn(`value-${tag}`)}</div><div role="gridcell"><span>${id}</span>${btn(`id-${tag}`)}</div></div>`;

function setup(): Fact[] {
  window.location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;
  document.documentElement.lang = 'en-US';
  document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">Description</div><div role="columnheader">Expires</div><div role="columnheader">Value</div><div role="columnheader">Secret ID</div></div>
    ${row('old', 'Qx7' + '*'.repeat(34), OLD_ID, 'old')}${row('new', VALUE, NEW_ID, 'new')}</div>`;
  const sent: Fact[] = [];
  stop = watchCopies(document, true, (f) => sent.push(f));
  return sent;
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

const click = (name: string) => document.querySelector<HTMLElement>(`[data-test="${name}"] svg`)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));

describe('watchCopies', () => {
  it("confirms the Value when its copy button is clicked, with the row's details", () => {
    const sent = setup();
    click('value-new');
    expect(sent).toEqual([
      { kind: 'secret-created', appId: APP, value: VALUE, secretId: NEW_ID, description: 'new', expires: '2027-01-01', via: 'copy-button' },
    ]);
  });

  it('names a copied Secret ID as such, never as the value', () => {
    const sent = setup();
    click('id-new');
    expect(sent).toEqual([{ kind: 'secret-id-copied', appId: APP, secretId: NEW_ID }]);
  });

  it('reports copying a masked value', () => {
    const sent = setup();
    click('value-old');
    expect(sent).toEqual([{ kind: 'secret-masked', appId: APP, secretIds: [OLD_ID], copied: true }]);
  });

  it('reads a selection copied with the keyboard by its text', () => {
    const sent = setup();
    const span = document.querySelector('[data-test="id-old"]')?.previousElementSibling;
    const range = document.createRange();
    if (span) range.selectNodeContents(span);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('copy', { bubbles: true }));
    expect(sent).toEqual([{ kind: 'secret-id-copied', appId: APP, secretId: OLD_ID }]);
  });

  it('ignores copy buttons on other blades', () => {
    const sent = setup();
    window.location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}`;
    click('value-new');
    expect(sent).toEqual([]);
  });
});
