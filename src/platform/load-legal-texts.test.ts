import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actOf,
  citeProvision,
  LegalTextError,
  parseLegalAct,
  provisionParameter,
  provisionSentence,
  versionInForce,
} from '../domain/legal/legal-texts.js';
import { LEGAL_DIR, loadLegalLibrary } from './load-legal-texts.js';

const raw = (name: string) =>
  JSON.parse(readFileSync(join(LEGAL_DIR, `${name}.json`), 'utf8')) as {
    versions: Record<string, unknown>[];
  };

function issuesOf(fn: () => unknown): { path: string; reason: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof LegalTextError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a LegalTextError');
}

describe('legal texts (R28)', () => {
  const library = loadLegalLibrary();

  it('loads forvaltningsloven and økonomiregelverket, citing by id in the version in force', () => {
    const fvl = versionInForce(actOf(library, 'forvaltningsloven'), '2021-12-01');
    expect(fvl.id).toBe('LOV-1967-02-10');
    expect(citeProvision(fvl, 'right-to-appeal', 'nb')).toBe('forvaltningsloven § 28');
    expect(citeProvision(fvl, 'preliminary-reply', 'nn')).toBe('forvaltningslova § 11a');
    expect(provisionParameter(fvl, 'appeal-deadline', 'weeks')).toBe(3);
    const okr = versionInForce(actOf(library, 'okonomiregelverket'), '2021-12-01');
    expect(citeProvision(okr, 'grant-letter', 'nb')).toBe('økonomiregelverket punkt 6.3.3');
  });

  it('holds the sections the letters cite, each with nb, nn and en', () => {
    const fvl = versionInForce(actOf(library, 'forvaltningsloven'), '2026-01-01');
    const sections = Object.values(fvl.provisions).map((p) => p.section);
    expect(sections).toEqual([
      '2',
      '11a',
      '17',
      '18',
      '24',
      '25',
      '27',
      '28',
      '29',
      '30',
      '31',
      '32',
      '33',
    ]);
  });

  it('never picks the new act while its entry into force is undecided', () => {
    const act = actOf(library, 'forvaltningsloven');
    expect(act.versions.find((v) => v.id === 'LOV-2025-06-20-81')?.inForceFrom).toBeNull();
    expect(versionInForce(act, '2099-01-01').id).toBe('LOV-1967-02-10');
  });

  it('switches to the new act by data alone: the same id cites the new number', () => {
    const data = raw('forvaltningsloven');
    const [old, next] = data.versions as [Record<string, unknown>, Record<string, unknown>];
    const oldProvisions = old.provisions as Record<string, { section: string }>;
    const renumbered = Object.fromEntries(
      Object.entries(oldProvisions).map(([id, p], i) => [id, { ...p, section: String(100 + i) }]),
    );
    const act = parseLegalAct(
      {
        ...data,
        versions: [
          { ...old, inForceTo: '2027-06-30' },
          { ...next, inForceFrom: '2027-07-01', provisions: renumbered },
        ],
      },
      'switched',
    );
    const before = versionInForce(act, '2027-06-30');
    const after = versionInForce(act, '2027-07-01');
    expect(citeProvision(before, 'right-to-appeal', 'nb')).toBe('forvaltningsloven § 28');
    expect(citeProvision(after, 'right-to-appeal', 'nb')).toBe('forvaltningsloven (2025) § 107');
  });

  it('refuses a version put in force without the provisions the letters need, or overlapping', () => {
    const data = raw('forvaltningsloven');
    const [old, next] = data.versions as [Record<string, unknown>, Record<string, unknown>];
    const issues = issuesOf(() =>
      parseLegalAct({ ...data, versions: [old, { ...next, inForceFrom: '2027-07-01' }] }, 'x'),
    );
    expect(issues).toContainEqual({
      path: 'versions[1].provisions',
      reason: 'version LOV-2025-06-20-81 has a date in force but lacks provision "right-to-appeal"',
    });
    expect(issues).toContainEqual({
      path: 'versions[1].inForceFrom',
      reason: 'overlaps version LOV-1967-02-10: give that version an inForceTo before this date',
    });
  });

  it('names the exact place and reason of a bad field', () => {
    const data = raw('forvaltningsloven');
    const [old] = data.versions as [Record<string, unknown>];
    const provisions = old.provisions as Record<string, Record<string, unknown>>;
    const broken = {
      ...old,
      provisions: {
        ...provisions,
        'right-to-appeal': { ...provisions['right-to-appeal'], section: 28 },
      },
    };
    expect(issuesOf(() => parseLegalAct({ ...data, versions: [broken] }, 'x'))).toEqual([
      {
        path: 'versions[0].provisions.right-to-appeal.section',
        reason: 'expected a string, got number',
      },
    ]);
  });

  it('fills a sentence and refuses one with a value missing', () => {
    const fvl = versionInForce(actOf(library, 'forvaltningsloven'), '2021-12-01');
    const values = { citation: 'forvaltningsloven § 28', appealBody: 'Kunnskapsdepartementet' };
    expect(provisionSentence(fvl, 'right-to-appeal', 'right', 'nb', values)).toBe(
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28. Klageinstans er Kunnskapsdepartementet.',
    );
    expect(() => provisionSentence(fvl, 'right-to-appeal', 'right', 'nb', {})).toThrow(
      'right-to-appeal.right: no value for {citation}',
    );
  });

  it('stops the load on a file whose id is not its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'legal-'));
    writeFileSync(join(dir, 'fvl.json'), readFileSync(join(LEGAL_DIR, 'forvaltningsloven.json')));
    expect(issuesOf(() => loadLegalLibrary(dir))).toEqual([
      { path: 'id', reason: 'must equal the file name "fvl"' },
    ]);
  });
});
