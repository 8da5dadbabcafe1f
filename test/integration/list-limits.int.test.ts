/**
 * Limits on expensive work (lists): a section's lists are bounded by the call's `maxItems`, so a
 * draft of 20 000 companies is refused at once, naming the list and its limit, and nothing is saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDraft, saveSection, SEED_CALL_ID } from '../helpers/applications.js';
import { describeEachDialect } from '../helpers/dialects.js';
import { ROOT, createTestApp, type TestApp } from '../helpers/test-app.js';

const call = JSON.parse(readFileSync(join(ROOT, 'calls', SEED_CALL_ID, 'call.json'), 'utf8')) as {
  sections: { id: string; kind: string; maxItems?: Record<string, number> }[];
};
const cluster = call.sections.find((s) => s.kind === 'cluster');
const MAX_COMPANIES = cluster?.maxItems?.companies ?? 0;

const companies = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `c${i}`, orgnr: '968430777', name: `Firma ${i}` }));

describeEachDialect('list limits from the call', (dialect) => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    id = await createDraft(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the call sets a limit on the cluster companies', () => {
    expect(MAX_COMPANIES).toBeGreaterThan(3);
  });

  it('a list at the limit is saved', async () => {
    const res = await saveSection(
      t,
      id,
      cluster?.id ?? '',
      { companies: companies(MAX_COMPANIES) },
      0,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  });

  it('one more is refused naming the list and the limit (nb and en), and nothing is saved', async () => {
    for (const [language, words] of [
      ['nb', `kan ha høyst ${MAX_COMPANIES} rader`],
      ['en', `may have at most ${MAX_COMPANIES} rows`],
    ] as const) {
      const res = await t.app.inject({
        method: 'PUT',
        url: `/api/applications/${id}/sections/${cluster?.id}`,
        headers: {
          authorization: `Bearer ${await t.tokenFor('applicant-ntnu')}`,
          'if-match': '"1"',
          'accept-language': language,
        },
        payload: { companies: companies(MAX_COMPANIES + 1) },
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(422);
      expect(res.json<{ errors: unknown[] }>().errors).toEqual([
        { path: expect.stringMatching(/companies$/), message: words },
      ]);
    }
    const view = await t.app.inject({
      url: `/api/applications/${id}`,
      headers: { authorization: `Bearer ${await t.tokenFor('applicant-ntnu')}` },
    });
    expect(view.body).not.toContain(`"c${MAX_COMPANIES}"`);
  });

  it('a 5 000-company draft is refused with one error, not one per company', async () => {
    const res = await saveSection(t, id, cluster?.id ?? '', { companies: companies(5_000) }, 1);
    expect(res.statusCode).toBe(422);
    expect(res.json<{ errors: unknown[] }>().errors).toHaveLength(1);
  });
});
