/**
 * The same decision gives the same bytes in another process too (R28: the letter stored is the
 * letter sent, and its hash can be checked later): nothing in a letter depends on the process,
 * its clock or its time zone.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterInput, NTNU, OUTCOMES } from '../../../test/fixtures/decision-letter.js';
import { renderDecisionLetter } from './render-letter.js';

const ROOT = join(import.meta.dirname, '../../..');
const SCRIPT = `
import { letterInput, NTNU, OUTCOMES } from './test/fixtures/decision-letter.ts';
import { renderDecisionLetter } from './src/documents/decision-letter/render-letter.ts';
const a = await renderDecisionLetter(letterInput({ outcome: OUTCOMES.delvis_innvilget }));
const b = await renderDecisionLetter(letterInput({ institution: NTNU, language: 'nn' }));
console.log(JSON.stringify([a.sha256, b.sha256]));
`;

describe('decision letters are deterministic (R28)', () => {
  it('hash the same in another process, under another time zone', async () => {
    const here = [
      (await renderDecisionLetter(letterInput({ outcome: OUTCOMES.delvis_innvilget }))).sha256,
      (await renderDecisionLetter(letterInput({ institution: NTNU, language: 'nn' }))).sha256,
    ];
    const there = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      { cwd: ROOT, env: { ...process.env, TZ: 'America/New_York' }, encoding: 'utf8' },
    );
    expect(JSON.parse(there.trim().split('\n').at(-1) ?? '[]')).toEqual(here);
  }, 60_000);
});
