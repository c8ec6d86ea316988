/** The step card's one line says what to do where the ring is: the instruction of the ringed stage. */
import { describe, expect, it } from 'vitest';
import { PATHS, stepsFor } from '../../utils/guidance/evaluate';
import { instructionAt } from '../../utils/guidance/vocabulary';
import { setUiLanguage } from './i18n-setup';

const step = (path: 'imap' | 'mapi', id: string, lang = 'en') => {
  const found = stepsFor(path, lang).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe('instructionAt', () => {
  it('gives each stage the instruction that names its control', () => {
    const secret = step('imap', 'create-secret');
    expect(instructionAt(secret, 'new-client-secret')).toContain('"New client secret"');
    expect(instructionAt(secret, 'add')).toMatch(/^Enter a description \(e.g. "ServiceOps"\) and choose "Add"/);
    const register = step('imap', 'register-app');
    expect(instructionAt(register, 'name')).toMatch(/^Name it after the mailbox/);
    expect(instructionAt(register, 'register')).toContain('"Register"');
    expect(instructionAt(step('imap', 'public-client'), 'save')).toContain('"Save"');
    expect(instructionAt(step('imap', 'redirect-uri'), 'configure')).toContain('"Configure"');
    const exchange = step('mapi', 'exchange-app-permissions');
    expect(instructionAt(exchange, 'org-apis')).toBe('Open the "APIs my organization uses" tab.');
    expect(instructionAt(exchange, 'exchange')).toBe('Choose "Office 365 Exchange Online".');
    expect(instructionAt(exchange, 'application')).toBe('Choose "Application permissions".');
    expect(instructionAt(exchange, 'perm:full_access_as_app')).toBe('Tick full_access_as_app.');
    expect(instructionAt(exchange, 'add-permissions')).toBe('Choose "Add permissions".');
    const graph = step('imap', 'graph-delegated');
    expect(instructionAt(graph, 'delegated')).toBe('Choose "Delegated permissions".');
    expect(instructionAt(graph, 'perm:IMAP.AccessAsUser.All')).toBe('Tick IMAP.AccessAsUser.All.');
    expect(instructionAt(step('imap', 'admin-consent'), 'confirm')).toBe('Confirm with "Yes".');
    expect(instructionAt(step('imap', 'public-client'), 'settings-tab')).toBe('Open the "Settings" tab.');
  });

  it("falls back to the step's first instruction without a stage, or for a stage without its own line", () => {
    const secret = step('imap', 'create-secret');
    expect(instructionAt(secret, undefined)).toBe(secret.instructions[0]);
    expect(instructionAt(secret, 'not-a-stage')).toBe(secret.instructions[0]);
  });

  it('points only at instructions that exist, for every stage of every step of both paths', () => {
    for (const path of Object.keys(PATHS) as (keyof typeof PATHS)[])
      for (const s of stepsFor(path, 'en'))
        for (const [stage, line] of Object.entries(s.target?.lines ?? {})) {
          expect(
            s.target?.stages.some((x) => x.id === stage),
            `${s.id}: ${stage} is a stage`,
          ).toBe(true);
          if (typeof line === 'string') expect(line, `${s.id}: ${stage}`).toMatch(/\S/);
          else expect(s.instructions[line ?? -1], `${s.id}: ${stage}`).toBeDefined();
        }
  });

  it("quotes the portal's words in the page's language", () => {
    setUiLanguage('de');
    try {
      expect(instructionAt(step('imap', 'create-secret', 'de'), 'add')).toContain('„Hinzufügen“');
      expect(instructionAt(step('mapi', 'exchange-app-permissions', 'de'), 'application')).toBe('Wählen Sie „Anwendungsberechtigungen“.');
    } finally {
      setUiLanguage('en');
    }
  });
});
