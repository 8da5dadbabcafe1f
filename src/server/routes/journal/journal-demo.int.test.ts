/**
 * R32: the demo's "decisions issued" jump goes through the real services, so its submissions,
 * letters and klage are journaled by themselves, one entry each, and the public journal shows
 * them with a valid offentligJournal.xml.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateNoark5 } from '../../../archive/xsd/validate.js';
import type { PublicJournal } from '../../../web/api/journal-types.js';
import { authHeaders, SEED_CALL_ID } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

describeEachDialect('the journal of the demo call', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/clock',
      headers: await authHeaders(t, 'admin'),
      payload: { callId: SEED_CALL_ID, phase: 'decisions-issued' },
    });
    expect(res.statusCode, res.body).toBe(200);
  }, 600_000);
  afterAll(async () => {
    await t.close();
  });

  it('R32: one incoming entry per submission, one outgoing per issued letter, one for the klage', async () => {
    const db = t.ctx.store.db;
    const entries = await db.selectFrom('journal_entry').selectAll().execute();
    const submissions = await db.selectFrom('submission').select('id').execute();
    const decisions = await db
      .selectFrom('decision')
      .select(['id', 'kind', 'track'])
      .where('issued_at', 'is not', null)
      .execute();
    const refs = (kind: string) =>
      entries.filter((e) => e.document_kind === kind).map((e) => e.document_ref);
    expect(refs('application').sort()).toEqual(submissions.map((s) => s.id).sort());
    const letters = entries.filter((e) =>
      ['decision-letter', 'grant-letter', 'reserve-notice'].includes(e.document_kind),
    );
    expect(letters.map((e) => e.document_ref).sort()).toEqual(decisions.map((d) => d.id).sort());
    expect(letters.every((e) => e.type === 'U')).toBe(true);
    expect(new Set(letters.map((e) => e.document_kind)).size).toBeGreaterThanOrEqual(2);
    expect(refs('appeal')).toHaveLength(1);
    const numbers = entries.map((e) => `${e.year}/${e.seq}`);
    expect(new Set(numbers).size).toBe(entries.length);
  });

  it('R32: the public journal of the demo period has entries and its XML validates', async () => {
    const days = await t.ctx.store.db.selectFrom('journal_entry').select('journal_date').execute();
    const sorted = days.map((d) => d.journal_date).sort();
    const from = sorted[0] ?? '';
    const to = sorted[sorted.length - 1] ?? '';
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/journal?from=${from}&to=${to}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PublicJournal>().entries.length).toBe(days.length);
    const xml = await t.app.inject({
      method: 'GET',
      url: `/api/public/journal/offentligJournal.xml?from=${from}&to=${to}`,
    });
    expect(xml.statusCode).toBe(200);
    const result = await validateNoark5(xml.body, 'offentligJournal', { maxMemoryPages: 16384 });
    expect(result.errors.slice(0, 3)).toEqual([]);
  });
});
