import { afterEach, describe, expect, it } from 'vitest';
import { VALUES } from './fill-values';
import type { MailProtocol, SetupPath } from '../../utils/schemas';
import { fillForm, GOOGLE_FORM_MESSAGE } from '../../utils/fill/fill-form';
import { formProtocol, protocolFromText } from '../../utils/fill/fields';
import { protocolsOf, scopeFor, SCOPES } from '../../utils/oauth-urls';

afterEach(() => {
  document.body.replaceChildren();
});

type Version = '7.9' | '8.0' | '8.1';
type Direction = 'incoming' | 'outgoing';

const OAUTH_FIELDS: Record<Version, string[]> = {
  '7.9': ['Client ID', 'Tenant ID', 'Client Secret'],
  '8.0': ['Client ID', 'Client Secret', 'Tenant ID', 'Authorization URL'],
  '8.1': ['Client ID', 'Client Secret', 'Authorization URL', 'Token URL', 'Scope'],
};
const PROTOCOLS: Record<Direction, string[]> = { incoming: ['IMAP', 'POP3', 'MAPI'], outgoing: ['SMTP', 'MAPI'] };

/** A server form as ServiceOps versions draw it, with a native Protocol select and (8.1+) an Email Provider. */
function serverForm(version: Version, direction: Direction, protocol: string, provider = ''): HTMLElement {
  const title = direction === 'incoming' ? 'Add Incoming Email Server' : 'Add Outgoing Email Server';
  const options = PROTOCOLS[direction].map((p) => `<option>${p}</option>`).join('');
  const providerField =
    version === '8.1'
      ? `<label for="pv">Email Provider</label><select id="pv"><option value="">Select</option><option>Microsoft</option><option>Google</option></select>`
      : '';
  const fields = OAUTH_FIELDS[version].map((label, i) => `<label for="f${i}">${label}</label><input id="f${i}" data-k="${label}">`).join('');
  const root = document.createElement('div');
  root.innerHTML = `<div role="dialog" aria-labelledby="t"><h2 id="t">${title}</h2>${providerField}
    <label for="pr">Protocol</label><select id="pr">${options}</select>
    <label for="h">Host</label><input id="h" data-k="Host">${fields}</div>`;
  document.body.append(root);
  // Chosen through the property (this DOM mis-reads a `selected` attribute on a later option).
  (root.querySelector('#pr') as HTMLSelectElement).value = protocol;
  const providerSelect = root.querySelector<HTMLSelectElement>('#pv');
  if (providerSelect) providerSelect.value = provider;
  return root;
}

const valueOf = (root: ParentNode, label: string) => root.querySelector<HTMLInputElement>(`[data-k="${label}"]`)?.value;

const EXPECTED_PROTOCOL: Record<string, MailProtocol> = { IMAP: 'imap', POP3: 'pop3', SMTP: 'smtp', MAPI: 'mapi' };
const EXPECTED_SCOPE: Record<SetupPath, Record<MailProtocol, string>> = {
  imap: {
    imap: 'https://outlook.office.com/IMAP.AccessAsUser.All offline_access',
    pop3: 'https://outlook.office.com/POP.AccessAsUser.All offline_access',
    smtp: 'https://outlook.office.com/SMTP.Send offline_access',
    mapi: 'https://outlook.office365.com/.default',
  },
  mapi: {
    imap: 'https://outlook.office365.com/.default',
    pop3: 'https://outlook.office365.com/.default',
    smtp: 'https://outlook.office365.com/.default',
    mapi: 'https://outlook.office365.com/.default',
  },
};

describe('a scope per protocol, for every form and version', () => {
  for (const version of ['7.9', '8.0', '8.1'] as const) {
    for (const direction of ['incoming', 'outgoing'] as const) {
      for (const protocolText of PROTOCOLS[direction]) {
        for (const path of ['imap', 'mapi'] as const) {
          it(`${version} ${direction} ${protocolText}, ${path} setup`, async () => {
            const root = serverForm(version, direction, protocolText);
            const report = await fillForm(document, VALUES, path);
            const protocol = EXPECTED_PROTOCOL[protocolText] as MailProtocol;
            expect(report.ok).toBe(true);
            expect(report.protocol).toBe(protocol);
            if (version === '8.1') expect(valueOf(root, 'Scope')).toBe(EXPECTED_SCOPE[path][protocol]);
            else expect(report.fields.find((f) => f.field === 'scope')?.outcome).toBe('not-present');
            expect(valueOf(root, 'Client ID')).toBe(VALUES.clientId);
            expect(valueOf(root, 'Host')).toBe(protocol === 'smtp' ? 'smtp.office365.com' : 'outlook.office365.com');
          });
        }
      }
    }
  }

  it('POP3 and SMTP are never given the IMAP scope', async () => {
    for (const [direction, protocol] of [
      ['incoming', 'POP3'],
      ['outgoing', 'SMTP'],
    ] as const) {
      const root = serverForm('8.1', direction, protocol);
      await fillForm(document, VALUES, 'imap');
      expect(valueOf(root, 'Scope')).not.toContain('IMAP');
      document.body.replaceChildren();
    }
  });
});

describe('which protocol a form is for', () => {
  it('reads the Protocol control’s text', () => {
    expect(protocolFromText('IMAP')).toBe('imap');
    expect(protocolFromText('POP3')).toBe('pop3');
    expect(protocolFromText('POP')).toBe('pop3');
    expect(protocolFromText('SMTP')).toBe('smtp');
    expect(protocolFromText('MAPI')).toBe('mapi');
    expect(protocolFromText('Exchange (EWS)')).toBe('mapi');
    expect(protocolFromText('Select protocol')).toBeUndefined();
  });

  it('without a Protocol control: an app-only setup is MAPI, an outgoing form SMTP, an incoming one IMAP', () => {
    expect(formProtocol(undefined, 'incoming', 'imap')).toBe('imap');
    expect(formProtocol(undefined, 'outgoing', 'imap')).toBe('smtp');
    expect(formProtocol(undefined, 'incoming', 'mapi')).toBe('mapi');
    expect(formProtocol('POP3', 'incoming', 'mapi')).toBe('pop3');
  });

  it('scopeFor and protocolsOf', () => {
    expect(scopeFor('imap', 'pop3')).toBe(SCOPES.pop3);
    expect(scopeFor('mapi', 'smtp')).toBe(SCOPES.mapi);
    expect(protocolsOf({ path: 'imap' })).toEqual(['imap']);
    expect(protocolsOf({ path: 'mapi' })).toEqual(['mapi']);
    expect(protocolsOf({ path: 'imap', protocols: ['pop3', 'smtp'] })).toEqual(['pop3', 'smtp']);
  });
});

describe('Email Provider', () => {
  it('an empty provider is set to Microsoft, and the report says so', async () => {
    const root = serverForm('8.1', 'incoming', 'IMAP');
    const report = await fillForm(document, VALUES, 'imap');
    expect((root.querySelector('#pv') as HTMLSelectElement).selectedOptions[0]?.text).toBe('Microsoft');
    expect(report.fields.find((f) => f.field === 'provider')?.outcome).toBe('filled');
    expect(report.ok).toBe(true);
  });

  it('Microsoft stays Microsoft', async () => {
    serverForm('8.1', 'outgoing', 'SMTP', 'Microsoft');
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.fields.find((f) => f.field === 'provider')?.outcome).toBe('already-equal');
  });

  it('a form set to Google is refused, with nothing touched', async () => {
    const root = serverForm('8.1', 'incoming', 'IMAP', 'Google');
    const before = root.innerHTML;
    const events: string[] = [];
    root.addEventListener('input', (e) => events.push((e.target as Element).id), true);
    root.addEventListener('change', (e) => events.push((e.target as Element).id), true);
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.ok).toBe(false);
    expect(report.message).toBe(GOOGLE_FORM_MESSAGE);
    expect(report.message).toMatch(/Google/);
    expect(report.fields).toEqual([]);
    expect(events).toEqual([]);
    expect(root.innerHTML).toBe(before);
    for (const label of OAUTH_FIELDS['8.1']) expect(valueOf(root, label)).toBe('');
  });

  it('Gmail, as other builds call it, is refused too', async () => {
    const root = serverForm('8.1', 'incoming', 'IMAP');
    const select = root.querySelector('#pv') as HTMLSelectElement;
    select.options[2]!.text = 'Gmail';
    select.selectedIndex = 2;
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.ok).toBe(false);
    expect(valueOf(root, 'Client ID')).toBe('');
  });
});

describe('input-based comboboxes (antd 6 Select) show their value beside an empty input', () => {
  const antdSelect = (id: string, label: string, shown: string) =>
    `<label for="${id}">${label}</label><div class="ant-select"><div class="ant-select-content" title="${shown}">${shown}<input id="${id}" readonly role="combobox" aria-expanded="false" type="text" value=""></div></div>`;
  const form = (provider: string, protocol: string) => {
    const root = document.createElement('div');
    root.innerHTML = `<div role="dialog" aria-labelledby="t"><h2 id="t">Add Incoming Email Server</h2>${antdSelect('pv', 'Email Provider', provider)}${antdSelect('pr', 'Protocol', protocol)}
      <label for="c">Client ID</label><input id="c" data-k="Client ID"><label for="sc">Scope</label><input id="sc" data-k="Scope"></div>`;
    document.body.append(root);
    return root;
  };

  it('reads the protocol from the text, not the empty input', async () => {
    const root = form('Microsoft', 'POP3');
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.protocol).toBe('pop3');
    expect(valueOf(root, 'Scope')).toBe(SCOPES.pop3);
  });

  it('a Google provider shown that way is refused', async () => {
    const root = form('Google', 'IMAP');
    const report = await fillForm(document, VALUES, 'imap');
    expect(report.message).toBe(GOOGLE_FORM_MESSAGE);
    expect(valueOf(root, 'Client ID')).toBe('');
  });
});
