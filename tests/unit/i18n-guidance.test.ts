import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guidanceHandlers } from '../../utils/background/handlers/guidance';
import type { HandlerContext } from '../../utils/background/handlers/types';
import { saveSetups } from '../../utils/background/setups-store';
import { newSetup } from '../../utils/background/setups';
import { findStep, PATHS, stepsFor } from '../../utils/guidance/evaluate';
import { PORTAL_LANGUAGES, portalLanguage, portalWords } from '../../utils/guidance/portal-labels';
import { WORDS } from '../../utils/guidance/vocabulary';
import { guidanceTabsItem } from '../../utils/storage-items';
import { setUiLanguage } from './i18n-setup';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const deps = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/', now: () => 1_000, newId: () => 'setup-1' };
const top: HandlerContext = {
  deps,
  sender: { id: 'ext', url: 'https://portal.azure.com/', tab: { id: 7 }, frameId: 0 },
  senderKind: 'portal-frame',
  host: 'portal.azure.com',
};
const CREDENTIALS = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/${APP}`;

beforeEach(() => fakeBrowser.reset());

describe('the portal page language', () => {
  it('is the primary tag of the page lang, English when unknown', () => {
    expect(portalLanguage('de')).toBe('de');
    expect(portalLanguage('pt-BR')).toBe('pt');
    expect(portalLanguage('nl_NL')).toBe('nl');
    expect(portalLanguage('ja')).toBe('en');
    expect(portalLanguage('')).toBe('en');
    expect(portalLanguage(undefined)).toBe('en');
  });

  it("each quoted label is one the frames' readers recognise in that language (the card names what the ring finds)", () => {
    for (const lang of PORTAL_LANGUAGES) {
      const w = portalWords(lang, 'Contoso');
      const pairs: [string, readonly string[]][] = [
        [w.newRegistration, WORDS.newRegistration],
        [w.newClientSecret, WORDS.newClientSecret],
        [w.addPermission, WORDS.addPermission],
        [w.addPermissions, WORDS.addPermissions],
        [w.grantConsent, WORDS.grantConsent],
        [w.addPlatform, WORDS.addPlatform],
        [w.addRedirectUri, WORDS.addRedirectUri],
        [w.allowPublicClientFlows, WORDS.publicClientFlows],
        [w.save, WORDS.save],
        [w.yes, WORDS.yes],
        [w.add, WORDS.add],
        [w.applicationPermissions, WORDS.application],
      ];
      for (const [label, fragments] of pairs)
        expect(
          fragments.some((f) => label.toLowerCase().includes(f)),
          `${lang}: ${label}`,
        ).toBe(true);
    }
  });
});

describe('step words: the UI language around the portal page language', () => {
  it('English UI, German portal: English sentences quoting the German labels', () => {
    const step = findStep('create-secret', 'de-DE');
    expect(step?.title).toBe('Create a client secret');
    expect(step?.instructions[0]).toBe('Open "Zertifikate & Geheimnisse", tab "Geheime Clientschlüssel", and choose "Neuer geheimer Clientschlüssel".');
    expect(step?.target?.label).toBe('Neuer geheimer Clientschlüssel');
  });

  it('German UI, English portal: German sentences quoting the English labels', () => {
    setUiLanguage('de');
    const step = findStep('admin-consent', 'en');
    expect(step?.title).toBe('Administratorzustimmung erteilen');
    expect(step?.instructions[0]).toBe('Wählen Sie unter „API permissions“ „Grant admin consent for <Ihre Organisation>“ und bestätigen Sie mit „Yes“.');
    expect(PATHS.mapi.label).toBe('MAPI/EWS (Exchange Online-Anwendungsberechtigungen)');
  });

  it('German UI, German portal: the portal words of the German portal', () => {
    setUiLanguage('de');
    const step = findStep('admin-consent', 'de');
    expect(step?.instructions[0]).toBe(
      'Wählen Sie unter „API-Berechtigungen“ „Administratorzustimmung für <Ihre Organisation> erteilen“ und bestätigen Sie mit „Ja“.',
    );
    expect(step?.target?.label).toBe('Administratorzustimmung für <Ihre Organisation> erteilen');
  });

  it('every step of both paths has a title and instructions in both UI languages, without a placeholder left', () => {
    for (const ui of ['en', 'de'] as const) {
      setUiLanguage(ui);
      for (const path of ['imap', 'mapi'] as const) {
        for (const lang of PORTAL_LANGUAGES) {
          for (const s of stepsFor(path, lang)) {
            const all = [s.title, ...s.instructions, ...(s.warnings ?? []), s.target?.label ?? ''];
            for (const text of all) expect(text, `${ui}/${lang} ${s.id}`).not.toMatch(/\{[A-Za-z]+\}|\$[A-Za-z]+\$|^[a-z]+_[A-Za-z0-9]+$/);
            expect(s.instructions.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

describe('the view names the portal page language', () => {
  it("is the language the top frame's page reported, kept for later syncs; the steps resolved with it quote its labels", async () => {
    const cap = (value: string) => ({ value, provenance: { source: 'portal' as const, detail: '', capturedAt: 1 } });
    const setup = { ...newSetup('s1', 1), clientId: cap(APP), tenantId: cap('72f988bf-86f1-41af-91ab-2d7cd011db47') };
    await saveSetups({ setups: [{ ...setup, progress: { 'choose-path': { at: 1, by: 'confirmed' as const } } }], activeSetupId: 's1' });
    setUiLanguage('de');
    const sync = async (lang?: string) => {
      const r = await guidanceHandlers['guidance-sync'].handle({ type: 'guidance-sync', hash: CREDENTIALS, viewStep: 'create-secret', lang }, top);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    const view = await sync('de-DE');
    expect(view.portalLang).toBe('de');
    const step = findStep(view.viewing, view.portalLang);
    expect(step).toMatchObject({ title: 'Geheimen Clientschlüssel erstellen', target: { label: 'Neuer geheimer Clientschlüssel' } });
    expect(step?.instructions[0]).toContain('„Neuer geheimer Clientschlüssel“');
    expect((await guidanceTabsItem.getValue())[7]?.lang).toBe('de-DE');
    expect((await sync()).portalLang).toBe('de');
    expect((await sync('en-US')).portalLang).toBe('en');
    expect((await sync('ja')).portalLang).toBe('en');
  });
});
