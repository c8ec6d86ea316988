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
    expect(instructionAt(exchange, 'exchange')).toContain('"Office 365 Exchange Online"');
    expect(instructionAt(exchange, 'application')).toContain('full_access_as_app');
    expect(instructionAt(exchange, 'perm:full_access_as_app')).toContain('full_access_as_app');
  });

  it("falls back to the step's first instruction without a stage, or for a stage without its own line", () => {
    const secret = step('imap', 'create-secret');
    expect(instructionAt(secret, undefined)).toBe(secret.instructions[0]);
    expect(instructionAt(secret, 'not-a-stage')).toBe(secret.instructions[0]);
  });

  it('points only at instructions that exist, for every stage of every step of both paths', () => {
    for (const path of Object.keys(PATHS) as (keyof typeof PATHS)[])
      for (const s of stepsFor(path, 'en'))
        for (const [stage, index] of Object.entries(s.target?.lines ?? {})) {
          expect(
            s.target?.stages.some((x) => x.id === stage),
            `${s.id}: ${stage} is a stage`,
          ).toBe(true);
          expect(s.instructions[index ?? -1], `${s.id}: ${stage}`).toBeDefined();
        }
  });

  it("quotes the portal's words in the page's language", () => {
    setUiLanguage('de');
    try {
      expect(instructionAt(step('imap', 'create-secret', 'de'), 'add')).toContain('„Hinzufügen“');
    } finally {
      setUiLanguage('en');
    }
  });
});
