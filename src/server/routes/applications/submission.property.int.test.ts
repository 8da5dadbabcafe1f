/**
 * Properties of submission, checked with generated inputs against the real API and database:
 * whatever the key and whatever valid text the applicant wrote, the stored snapshot hashes to the
 * receipt's SHA-256, and repeating a key never makes a second snapshot.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import {
  findSubmission,
  listSubmissions,
} from '../../../store/repositories/submissions.repository.js';
import {
  createCompleteApplication,
  readBaseApplication,
  saveSection,
  submit,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

const keyArbitrary = fc.stringMatching(/^[A-Za-z0-9_.:-]{8,40}$/);
// Any text a person may type, including æøå, emoji and combining marks.
const textArbitrary = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
  .filter((s) => s.trim().length > 0);

describeEachDialect('submission properties', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: osloWallTimeToInstant('2021-09-13T09:00') });
  });
  afterAll(async () => {
    await t.close();
  });

  it("R3: a submission's SHA-256 matches its stored snapshot, and the same key is idempotent", async () => {
    const baseProject = readBaseApplication().content.project as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(
        keyArbitrary,
        textArbitrary,
        fc.integer({ min: 1, max: 3 }),
        async (key, title, repeats) => {
          const id = await createCompleteApplication(t);
          const saved = await saveSection(t, id, 'project', { ...baseProject, title }, 1);
          expect(saved.statusCode, saved.body).toBe(200);
          const answers = [];
          for (let i = 0; i < repeats; i += 1) answers.push(await submit(t, id, key));
          expect(answers.map((a) => a.statusCode)).toEqual([
            201,
            ...Array<number>(repeats - 1).fill(200),
          ]);
          const receipts = answers.map((a) => a.json<{ submissionId: string; sha256: string }>());
          expect(new Set(receipts.map((r) => r.submissionId)).size).toBe(1);
          expect(await listSubmissions(t.db.store.db, id)).toHaveLength(1);
          const row = await findSubmission(t.db.store.db, receipts[0]?.submissionId ?? '');
          expect(
            createHash('sha256')
              .update(row?.snapshot ?? '', 'utf8')
              .digest('hex'),
          ).toBe(receipts[0]?.sha256);
          expect(
            (JSON.parse(row?.snapshot ?? '{}') as { content: { project: { title: string } } })
              .content.project.title,
          ).toBe(title);
        },
      ),
      { numRuns: 8, seed: 20210915 },
    );
  });
});
