/**
 * Reads the standard sentences of letters from legal/letters/, checked against the keys the
 * code uses, so a missing or stray sentence stops the start with its file and key named.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REASON_TEXT_KEYS } from '../domain/decisions/reason-texts.js';
import { parseLetterTextSet } from '../domain/legal/letter-texts.js';
import { LETTER_TEXT_KEYS } from '../documents/decision-letter/letter-text-keys.js';
import { LEGAL_DIR } from './load-legal-texts.js';

export const LETTERS_DIR = path.join(LEGAL_DIR, 'letters');

function readSet<K extends string>(dir: string, id: string, keys: readonly K[]) {
  const file = path.join(dir, `${id}.json`);
  const label = path.relative(process.cwd(), file).split(path.sep).join('/');
  const raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as unknown;
  const set = parseLetterTextSet(raw, label, keys);
  if (set.id !== id) throw new Error(`${label}: id must equal the file name "${id}"`);
  return set;
}

export function loadLetterTexts(dir: string = LETTERS_DIR) {
  return {
    reasons: readSet(dir, 'reasons', REASON_TEXT_KEYS),
    letter: readSet(dir, 'decision-letter', LETTER_TEXT_KEYS),
  };
}
export type LetterTextLibrary = ReturnType<typeof loadLetterTexts>;
