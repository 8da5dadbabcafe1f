/**
 * The journal (R32, offentleglova): an entry per submission in the submitting transaction,
 * gapless numbers under concurrency, screening by officers only, and a public journal (page data
 * and offentligJournal.xml) that never shows a screened full title and validates against the
 * Noark 5 schema.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateNoark5 } from '../../../archive/xsd/validate.js';
import { inTransaction } from '../../../store/create-store.js';
import { takeJournalSeq } from '../../../store/repositories/journal.repository.js';
import type { OfficerJournal, PublicJournal } from '../../../web/api/journal-types.js';
import {
  authHeaders,
  createCompleteApplication,
  SEED_CALL_ID,
  submit,
} from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

describeEachDialect('the journal', (dialect) => {
  let t: TestApp;
  let applicationId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    applicationId = await createCompleteApplication(t);
    const res = await submit(t, applicationId, 'journal-1');
    expect(res.statusCode, res.body).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const officerJournal = async (persona = 'officer', query = '') => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/calls/${SEED_CALL_ID}/journal${query}`,
      headers: await authHeaders(t, persona),
    });
    return res;
  };
  const publicJournal = async (query = '') =>
    t.app.inject({ method: 'GET', url: `/api/public/journal${query}` });
  const publicXml = async (query = '') =>
    t.app.inject({ method: 'GET', url: `/api/public/journal/offentligJournal.xml${query}` });

  it('R32: a submission is journaled as incoming (I) with its case, both titles and the party', async () => {
    const res = await officerJournal();
    expect(res.statusCode, res.body).toBe(200);
    const journal = res.json<OfficerJournal>();
    const entries = journal.entries.filter((e) => e.applicationId === applicationId);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.type).toBe('I');
    expect(entry?.documentKind).toBe('application');
    expect(entry?.fullTitle).toMatch(/^Søknad om tilskudd – /);
    expect(entry?.title).toBe(entry?.fullTitle);
    expect(entry?.caseEntryNo).toBe(1);
    const submissions = await t.ctx.store.db.selectFrom('submission').select('id').execute();
    expect(entry?.documentRef).toBe(submissions[0]?.id);
    expect(journal.bases.map((b) => b.id)).toEqual(['personal-circumstances', 'trade-secrets']);
  });

  it('R32: a second submission of the same application is the case entry 2, not a new case', async () => {
    const res = await submit(t, applicationId, 'journal-2');
    expect(res.statusCode, res.body).toBe(201);
    const journal = (await officerJournal()).json<OfficerJournal>();
    const entries = journal.entries.filter((e) => e.applicationId === applicationId);
    expect(entries.map((e) => e.caseEntryNo)).toEqual([1, 2]);
    expect(new Set(entries.map((e) => e.caseNumber)).size).toBe(1);
    expect(entries[1]?.seq).toBe((entries[0]?.seq ?? 0) + 1);
  });

  it('R32: journal numbers are unique and gapless under concurrent transactions, and a rolled-back one gives its number back', async () => {
    const year = 2099;
    const taken = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        inTransaction(t.ctx.store, async (tx) => {
          const seq = await takeJournalSeq(tx, 'entry', year);
          if (i === 5) throw new Error('rolled back');
          return seq;
        }).catch(() => null),
      ),
    );
    const numbers = taken.filter((n): n is number => n !== null).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
  });

  it('R32: a failed submission transaction leaves no journal entry', async () => {
    const before = await t.ctx.store.db.selectFrom('journal_entry').select('id').execute();
    // A draft missing everything fails the formal rules inside the submitting transaction.
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: await authHeaders(t, 'applicant-ntnu'),
      payload: { callId: SEED_CALL_ID, institutionOrgnr: '974767880' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await submit(t, created.json<{ id: string }>().id, 'journal-fail');
    expect(res.statusCode).toBe(422);
    const after = await t.ctx.store.db.selectFrom('journal_entry').select('id').execute();
    expect(after.length).toBe(before.length);
  });

  it('R32: only officers screen; applicants, assessors and anonymous are refused', async () => {
    const entry = must((await officerJournal()).json<OfficerJournal>().entries[0]);
    const body = { words: [], documentScreened: true, basis: 'trade-secrets', version: 1 };
    for (const persona of ['applicant-ntnu', 'assessor-1', 'leader']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/journal/${entry.id}/screening`,
        headers: await authHeaders(t, persona),
        payload: body,
      });
      expect(res.statusCode, persona).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/journal/${entry.id}/screening`,
      payload: body,
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await officerJournal('applicant-ntnu')).statusCode).toBe(403);
    expect((await publicJournal()).statusCode).toBe(200);
  });

  it('R32: screening without a basis, or a word not in the title, is refused and changes nothing', async () => {
    const entry = must((await officerJournal()).json<OfficerJournal>().entries[0]);
    const post = async (payload: object) =>
      t.app.inject({
        method: 'POST',
        url: `/api/journal/${entry.id}/screening`,
        headers: await authHeaders(t, 'officer'),
        payload,
      });
    const noBasis = await post({
      words: [entry.titleWords[0]],
      documentScreened: false,
      basis: null,
      version: entry.version,
    });
    expect(noBasis.statusCode).toBe(422);
    expect(noBasis.body).toContain('basis');
    const foreign = await post({
      words: ['Zyxwvut'],
      documentScreened: false,
      basis: 'trade-secrets',
      version: entry.version,
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).toContain('words.0');
    const again = (await officerJournal()).json<OfficerJournal>().entries[0];
    expect(again?.version).toBe(entry.version);
    expect(again?.screened).toBe(false);
  });

  it('R32: the public journal never shows a screened full title, shows the basis, and its XML validates', async () => {
    const journal = (await officerJournal()).json<OfficerJournal>();
    const entry = must(journal.entries.find((e) => e.applicationId === applicationId));
    const secret = must(entry.titleWords[entry.titleWords.length - 1]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/journal/${entry.id}/screening`,
      headers: await authHeaders(t, 'officer'),
      payload: {
        words: [secret],
        documentScreened: true,
        basis: 'trade-secrets',
        version: entry.version,
      },
    });
    expect(res.statusCode, res.body).toBe(200);

    const audit = await t.ctx.store.db
      .selectFrom(dialect === 'postgres' ? 'audit_event_pending' : 'audit_event')
      .select('action')
      .where('action', '=', 'journal.screened')
      .execute();
    if (dialect === 'sqlite') expect(audit).toHaveLength(1);

    const pub = (await publicJournal()).json<PublicJournal>();
    const text = JSON.stringify(pub);
    expect(pub.entries.length).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain(entry.fullTitle);
    expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(text).not.toContain('fullTitle');
    const screened = pub.entries.filter((e) => e.screened);
    // Both entries of the case hide the word; the screened one names the basis.
    expect(screened.length).toBe(2);
    expect(screened[0]?.screeningBasis).toMatch(/^Offl\. § 13 jf\. fvl\. § 13 første ledd nr\. 2$/);
    expect(screened[0]?.title).toContain('*****');

    const xml = await publicXml();
    expect(xml.statusCode, xml.body).toBe(200);
    expect(xml.headers['content-type']).toContain('application/xml');
    expect(xml.body).not.toContain(entry.fullTitle);
    expect(xml.body.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(xml.body).toContain(
      '<skjermingshjemmel>Offl. § 13 jf. fvl. § 13 første ledd nr. 2</skjermingshjemmel>',
    );
    const result = await validateNoark5(xml.body, 'offentligJournal');
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('R32: the officer still sees the full title and who screened, under which basis', async () => {
    const journal = (await officerJournal('leader', '?type=I')).json<OfficerJournal>();
    const entry = must(journal.entries.find((e) => e.documentScreened));
    expect(entry.fullTitle).not.toContain('*****');
    expect(entry.title).toContain('*****');
    expect(entry.screeningBasisId).toBe('trade-secrets');
    expect(entry.screenedBy).not.toBeNull();
    expect((await officerJournal('officer', '?type=U')).json<OfficerJournal>().entries).toEqual([]);
  });

  it('R32: a period without entries has no XML, and a bad period names the field', async () => {
    expect((await publicXml('?from=2001-01-01&to=2001-01-31')).statusCode).toBe(404);
    const bad = await publicJournal('?from=2021-13-01');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('from');
    const reversed = await publicJournal('?from=2021-09-10&to=2021-09-01');
    expect(reversed.statusCode).toBe(422);
  });
});
