/**
 * Section numbers are data (legal/, keyed by act version): the new forvaltningslov renumbers
 * everything, and a number written in code would silently cite the wrong provision. This test
 * reads every source file outside tests and fails on "§" followed by a number.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SECTION_NUMBER = /§+\s*\d/;

// Written before the legal texts became data (fvl § 6 declarations, issue 9). They name the
// declaration's ground, not a letter's citation; moving them to legal/ is follow-up work, and
// this list may only shrink.
const GRANDFATHERED = new Set([
  'src/domain/access/policy.ts',
  'src/domain/assessment/conflicts.ts',
  'src/server/routes/cases/assessor-routes.ts',
  'src/server/services/cases/assignments.ts',
  'src/store/migrations/0005-cases.ts',
  'src/web/api/case-types.ts',
  'src/web/pages/assessor/declaration-page.tsx',
  'src/web/pages/assessor/my-assignments-page.tsx',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.(ts|tsx|mjs)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [relative(ROOT, path).split('\\').join('/')];
  });
}

describe('no section number in code (R28)', () => {
  it('finds "§" followed by a number in no source file under src/ outside tests', () => {
    const offenders = sourceFiles(join(ROOT, 'src'))
      .filter((file) => !GRANDFATHERED.has(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .map((line, index) => ({ file, line: index + 1, text: line.trim() }))
          .filter(({ text }) => SECTION_NUMBER.test(text)),
      )
      .map(({ file, line, text }) => `${file}:${line}: ${text}`);
    expect(offenders).toEqual([]);
  });

  it('keeps the grandfathered list true: each file on it still holds a section number', () => {
    const stale = [...GRANDFATHERED].filter(
      (file) => !SECTION_NUMBER.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(stale).toEqual([]);
  });
});
