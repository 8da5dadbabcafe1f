import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_TEXT_KEYS } from '../domain/decisions/reason-texts.js';
import { letterTextsInForce, parseLetterTextSet } from '../domain/legal/letter-texts.js';
import { LegalTextError } from '../domain/legal/legal-texts.js';
import { LETTERS_DIR, loadLetterTexts } from './load-letter-texts.js';
import { loadLegalLibrary } from './load-legal-texts.js';

const raw = () =>
  JSON.parse(readFileSync(join(LETTERS_DIR, 'reasons.json'), 'utf8')) as {
    versions: { acts: Record<string, string>; texts: Record<string, unknown> }[];
  };

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof LegalTextError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a LegalTextError');
}

describe('letter texts (R28)', () => {
  const library = loadLegalLibrary();

  it('loads every sentence the letters and reasons use, for the acts in force', () => {
    const { letter, reasons } = loadLetterTexts();
    expect(letterTextsInForce(letter, library, '2021-12-01').acts).toEqual({
      forvaltningsloven: 'LOV-1967-02-10',
      okonomiregelverket: 'BOS-2003-12-12',
    });
    expect(letterTextsInForce(reasons, library, '2021-12-01').texts['consideration-pot'].nn).toBe(
      'Utlysinga har ei ramme på {pot}. Tilskota som er gitt, er til saman {granted}.',
    );
  });

  it('names a missing and a stray sentence', () => {
    const data = raw();
    const [version] = data.versions;
    const { 'fact-holistic': _dropped, ...rest } = version?.texts ?? {};
    const broken = {
      ...data,
      versions: [{ ...version, texts: { ...rest, 'fact-extra': _dropped } }],
    };
    expect(issuesOf(() => parseLetterTextSet(broken, 'x', REASON_TEXT_KEYS))).toEqual([
      { path: 'versions[0].texts', reason: 'lacks "fact-holistic"' },
      { path: 'versions[0].texts.fact-extra', reason: 'is not used by any letter' },
    ]);
  });

  it('refuses to pick sentences written for another version of an act', () => {
    const data = raw();
    const [version] = data.versions;
    const other = parseLetterTextSet(
      { ...data, versions: [{ ...version, acts: { forvaltningsloven: 'LOV-2025-06-20-81' } }] },
      'x',
      REASON_TEXT_KEYS,
    );
    expect(() => letterTextsInForce(other, library, '2021-12-01')).toThrow(
      'No version of the letter texts "reasons" is written for the acts in force on 2021-12-01',
    );
  });
});
