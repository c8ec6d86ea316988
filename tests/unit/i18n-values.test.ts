import { describe, expect, it } from 'vitest';
import { describeToken } from '../../components/checks/describe-results';
import { ewsNotice } from '../../utils/ews-retirement';
import { classifyPaste } from '../../utils/paste-classify';
import { checkClientId, checkSecret } from '../../utils/validation';
import { setUiLanguage } from './i18n-setup';

describe('messages in the UI language', () => {
  it('value checks: English by default, German in a German browser', () => {
    expect(checkClientId('').message).toBe("Required: the Application (client) ID from the app's Overview.");
    setUiLanguage('de');
    expect(checkClientId('').message).toBe('Erforderlich: die Anwendungs-ID (Client) aus der Übersicht der App.');
    expect(checkClientId('3f2504e0-4f89-41d3-9a0c-0305e82c3301').message).toBe('Sieht richtig aus.');
    expect(checkSecret('abc').message).toBe('Ungewöhnliche Länge (3 Zeichen): Werte geheimer Clientschlüssel haben 16–64 Zeichen, aktuelle 40.');
  });

  it('the end of EWS: dates written the German way in German', () => {
    const at = Date.parse('2026-12-02T08:00:00Z');
    expect(ewsNotice(at).summary).toContain('Since 1 October 2026');
    setUiLanguage('de');
    const n = ewsNotice(at, '3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(n.title).toBe('MAPI (EWS) in Exchange Online ist blockiert, sofern nicht zugelassen, und endet am 1. April 2027');
    expect(n.summary).toContain('Seit dem 1. Oktober 2026');
    expect(n.actions[0]).toContain('die Client-ID dieser App (3f2504e0-4f89-41d3-9a0c-0305e82c3301)');
  });

  it('check results in German, roles and numbers in place', () => {
    setUiLanguage('de');
    expect(describeToken({ status: 'ok', roles: [], missingRoles: [] }).text).toBe(
      'Der Schlüssel funktioniert: Microsoft hat ein Token ausgestellt. Gewährte Rollen: keine.',
    );
  });
});

describe('a pasted value, told in the UI language', () => {
  const ctx = { expected: ['clientId', 'tenantId'] as const, known: {} };
  it('names the fields whole, joined in the language', () => {
    expect(classifyPaste('https://example.com/x', { ...ctx, expected: [...ctx.expected] }).message).toBe(
      'That is a web address. Copy just the value (Application (client) ID or Directory (tenant) ID) with its copy button.',
    );
    setUiLanguage('de');
    expect(classifyPaste('https://example.com/x', { ...ctx, expected: [...ctx.expected] }).message).toBe(
      'Das ist eine Webadresse. Kopieren Sie nur den Wert (Anwendungs-ID (Client) oder Verzeichnis-ID (Mandant)) mit seiner Kopierschaltfläche.',
    );
    expect(classifyPaste('https://example.com/x', { expected: [], known: {} }).message).toBe('In diesem Schritt gibt es nichts einzufügen.');
  });
});
