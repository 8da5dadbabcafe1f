/**
 * Translations are checked like code: every key exists, non-empty, in bokmål, nynorsk and English,
 * and every key the components ask for with t('…') exists in bokmål.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECISION_STATES } from '../../domain/decisions/decision-state.js';
import { LEGAL_TRACKS } from '../../domain/decisions/legal-track.js';
import en from './en.json' with { type: 'json' };
import nb from './nb.json' with { type: 'json' };
import nn from './nn.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const languages = { nb: flatten(nb), nn: flatten(nn), en: flatten(en) };
type Language = keyof typeof languages;
const names = Object.keys(languages) as Language[];

function missing(from: Language, to: Language): string[] {
  return [...languages[from].keys()].filter((key) => !languages[to].has(key));
}

describe('translations', () => {
  for (const from of names) {
    for (const to of names) {
      if (from === to) continue;
      it(`every ${from} key is in ${to}`, () => {
        expect(missing(from, to), `keys in ${from}.json missing from ${to}.json`).toEqual([]);
      });
    }
  }

  for (const language of names) {
    it(`no ${language} text is empty`, () => {
      const empty = [...languages[language]]
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty, `empty texts in ${language}.json`).toEqual([]);
    });
  }

  it('every interpolation in bokmål is in nynorsk and English too', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const mismatched: string[] = [];
    for (const [key, text] of languages.nb) {
      for (const other of ['nn', 'en'] as const) {
        const theirs = languages[other].get(key);
        if (theirs !== undefined && placeholders(theirs).join() !== placeholders(text).join()) {
          mismatched.push(`${other}:${key}`);
        }
      }
    }
    expect(mismatched, 'texts whose {{placeholders}} differ from bokmål').toEqual([]);
  });
});

const webRoot = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('keys used in the source', () => {
  it('every literal t(…) key is in nb.json', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(webRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['"])([^'"`]+?)\1/g)) used.add(match[2] ?? '');
    }
    // A key used with { count } is stored with plural suffixes (key_one, key_other).
    const known = (key: string) =>
      languages.nb.has(key) || (languages.nb.has(`${key}_one`) && languages.nb.has(`${key}_other`));
    expect(used.size, 'the scan found the t() calls').toBeGreaterThan(20);
    expect([...used].filter((key) => !known(key)).sort(), 'keys missing from nb.json').toEqual([]);
  });

  it('every dynamic key family used in the source exists', () => {
    // Keys built at runtime, with every value the API can send.
    const families: Record<string, string[]> = {
      phase: ['unpublished', 'published', 'open', 'closed'],
      role: ['applicant', 'officer', 'assessor', 'leader', 'admin'],
      language: ['nb', 'nn', 'en'],
      'demo.jump': [
        'before-open',
        'open',
        'last-hour',
        'after-deadline',
        'assessment-done',
        'decisions-issued',
      ],
      duration: ['day', 'hour', 'minute', 'second'],
      'decisions.kind': ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist', 'reserve'],
      'decisions.state': [...DECISION_STATES],
      'decisions.track': [...LEGAL_TRACKS],
      'decisions.appealState': [
        'received',
        'preliminary_reply_sent',
        'reconsidered',
        'forwarded',
        'settled',
      ],
      'decisions.history': [
        'drafted',
        'reasons_edited',
        'approved',
        'issued',
        'appealed',
        'forwarded',
        'reconsidered',
        'settled',
      ],
      'decisions.reasons.part': ['rules', 'facts', 'considerations'],
      'decisions.appeal.results': ['upheld', 'changed', 'quashed'],
      'decisions.job': ['prepare', 'issue'],
    };
    const absent = Object.entries(families).flatMap(([family, members]) =>
      members
        .map((member) => `${family}.${member}`)
        .filter((key) => !languages.nb.has(key) && !languages.nb.has(`${key}_other`)),
    );
    expect(absent).toEqual([]);
  });
});
