/**
 * PATCH of a section (ADR 0012): the fields an edit changed, each with its old value, merged on
 * the server with whatever was saved since the edit's base version. Both databases.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { osloWallTimeToInstant } from '../../../domain/time/oslo.js';
import { verifyAuditChain } from '../../../store/repositories/audit.repository.js';
import { authHeaders, createDraft, saveSection } from '../../../../test/helpers/applications.js';
import { describeEachDialect } from '../../../../test/helpers/dialects.js';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.js';

const OPEN = osloWallTimeToInstant('2021-09-13T09:00');

type Change = { path: (string | { item: string })[]; old?: unknown; new?: unknown };

const company = (id: string, orgnr: string, employees?: number) => ({
  id,
  orgnr,
  ...(employees === undefined ? {} : { employees }),
});

describeEachDialect('section patch', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { now: OPEN });
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.clock.set(OPEN);
  });

  async function patch(
    id: string,
    sectionId: string,
    version: number | null,
    changes: Change[],
    persona = 'applicant-ntnu',
    language = 'nb',
  ) {
    return t.app.inject({
      method: 'PATCH',
      url: `/api/applications/${id}/sections/${sectionId}`,
      headers: {
        ...(await authHeaders(t, persona)),
        'accept-language': language,
        ...(version === null ? {} : { 'if-match': `"${version}"` }),
      },
      payload: { changes },
    });
  }

  async function stored(id: string, sectionId: string) {
    const row = await t.db.store.db
      .selectFrom('application_section')
      .select(['content', 'version'])
      .where('application_id', '=', id)
      .where('section_id', '=', sectionId)
      .executeTakeFirstOrThrow();
    return { version: row.version, content: JSON.parse(row.content) as Record<string, unknown> };
  }

  async function clusterDraft() {
    const id = await createDraft(t);
    const cluster = {
      companies: [company('c-1', '911111111', 420), company('c-2', '922222222', 30)],
      cooperation: 'Vi samarbeider om sveising.',
    };
    expect((await saveSection(t, id, 'cluster', cluster, 0)).statusCode).toBe(200);
    return id;
  }

  it("R32: Kari's saved employees and Ola's cooperation text from the older version both survive, each audited with their own field", async () => {
    const id = await clusterDraft();
    const kari = await patch(id, 'cluster', 1, [
      { path: ['companies', { item: 'c-1' }, 'employees'], old: 420, new: 421 },
    ]);
    expect(kari.statusCode, kari.body).toBe(200);
    expect(kari.json()).toMatchObject({ version: 2, mergedOver: null, mergedWith: null });

    const ola = await patch(
      id,
      'cluster',
      1,
      [{ path: ['cooperation'], old: 'Vi samarbeider om sveising.', new: 'Vi deler verksted.' }],
      'applicant-ntnu-2',
    );
    expect(ola.statusCode, ola.body).toBe(200);
    expect(ola.json()).toMatchObject({
      version: 3,
      mergedOver: 2,
      mergedWith: { name: 'Kari Nordmann', self: false },
    });
    const after = await stored(id, 'cluster');
    expect(after.version).toBe(3);
    expect(after.content).toEqual({
      companies: [company('c-1', '911111111', 421), company('c-2', '922222222', 30)],
      cooperation: 'Vi deler verksted.',
    });
    expect(ola.json<{ content: unknown }>().content).toEqual(after.content);
    // Checking the chain also seals the events PostgreSQL writes pending (ADR 0008).
    expect(await verifyAuditChain(t.db.store.db)).toMatchObject({ ok: true });

    const events = await t.db.store.db
      .selectFrom('audit_event')
      .select(['detail', 'actor_label'])
      .where('entity_id', '=', id)
      .where('action', '=', 'application.section-saved')
      .orderBy('seq')
      .execute();
    expect(events.slice(1).map((e) => JSON.parse(e.detail) as unknown)).toEqual([
      {
        sectionId: 'cluster',
        fromVersion: 1,
        toVersion: 2,
        changedFields: ['companies[c-1].employees'],
      },
      {
        sectionId: 'cluster',
        fromVersion: 1,
        toVersion: 3,
        mergedOver: 2,
        changedFields: ['cooperation'],
      },
    ]);
  });

  it('two people adding different companies from one version both keep theirs', async () => {
    const id = await clusterDraft();
    const add = (c: ReturnType<typeof company>) => [
      { path: ['companies', { item: c.id }], new: c },
    ];
    expect((await patch(id, 'cluster', 1, add(company('c-3', '933333333')))).statusCode).toBe(200);
    const second = await patch(
      id,
      'cluster',
      1,
      add(company('c-4', '944444444')),
      'applicant-ntnu-2',
    );
    expect(second.statusCode, second.body).toBe(200);
    const ids = ((await stored(id, 'cluster')).content.companies as { id: string }[]).map(
      (c) => c.id,
    );
    expect(ids).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
  });

  it('a field both changed to different values is refused with that field alone, and nothing is stored', async () => {
    const id = await clusterDraft();
    const base = 'Vi samarbeider om sveising.';
    expect(
      (await patch(id, 'cluster', 1, [{ path: ['cooperation'], old: base, new: 'Karis tekst' }]))
        .statusCode,
    ).toBe(200);
    const ola = await patch(
      id,
      'cluster',
      1,
      [
        { path: ['cooperation'], old: base, new: 'Olas tekst' },
        { path: ['companies', { item: 'c-2' }, 'employees'], old: 30, new: 31 },
      ],
      'applicant-ntnu-2',
    );
    expect(ola.statusCode).toBe(409);
    const problem = ola.json<{
      code: string;
      detail: string;
      conflicts: unknown[];
      current: { version: number; updatedBy: { name: string; self: boolean } };
    }>();
    expect(problem.code).toBe('edit_conflict');
    expect(problem.conflicts).toEqual([
      { path: ['cooperation'], base, mine: 'Olas tekst', theirs: 'Karis tekst' },
    ]);
    expect(problem.current).toMatchObject({
      version: 2,
      updatedBy: { name: 'Kari Nordmann', self: false },
    });
    expect(problem.detail).toContain('Kari Nordmann lagret denne delen');
    const after = await stored(id, 'cluster');
    expect(after.version).toBe(2);
    expect(after.content.cooperation).toBe('Karis tekst');
    expect((after.content.companies as { employees: number }[])[1]?.employees).toBe(30);
  });

  it('the same person in another window is told it was her, in another window', async () => {
    const id = await clusterDraft();
    const base = 'Vi samarbeider om sveising.';
    await patch(id, 'cluster', 1, [{ path: ['cooperation'], old: base, new: 'Fane 1' }]);
    const res = await patch(
      id,
      'cluster',
      1,
      [{ path: ['cooperation'], old: base, new: 'Fane 2' }],
      'applicant-ntnu',
      'en',
    );
    expect(res.statusCode).toBe(409);
    const problem = res.json<{ detail: string; current: { updatedBy: { self: boolean } } }>();
    expect(problem.current.updatedBy.self).toBe(true);
    expect(problem.detail).toContain('You saved this section in another window');
  });

  it('concurrent patches of different fields from one base version all land', async () => {
    const id = await clusterDraft();
    const personas = ['applicant-ntnu', 'applicant-ntnu-2'];
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        patch(
          id,
          'cluster',
          1,
          [{ path: ['companies', { item: `n-${i}` }], new: company(`n-${i}`, `95555555${i}`, i) }],
          personas[i % 2],
        ),
      ),
    );
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(200);
    const after = await stored(id, 'cluster');
    expect(after.version).toBe(9);
    const ids = (after.content.companies as { id: string }[]).map((c) => c.id).sort();
    expect(ids).toEqual(['c-1', 'c-2', ...Array.from({ length: 8 }, (_, i) => `n-${i}`)].sort());
    expect(await verifyAuditChain(t.db.store.db)).toMatchObject({ ok: true });
  });

  it('refuses a patch without If-Match (428), one whose result is invalid (422, field named), and changes nothing', async () => {
    const id = await clusterDraft();
    const missing = await patch(id, 'cluster', null, [{ path: ['cooperation'], new: 'x' }]);
    expect(missing.statusCode).toBe(428);
    const invalid = await patch(id, 'cluster', 1, [
      { path: ['companies', { item: 'c-1' }, 'employees'], old: 420, new: 'mange' },
    ]);
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'cluster.companies[0].employees',
    ]);
    const wrongKey = await patch(id, 'cluster', 1, [
      { path: ['companies', { item: 'c-9' }], new: company('c-8', '988888888') },
    ]);
    expect(wrongKey.statusCode).toBe(422);
    expect(wrongKey.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe(
      'cluster.companies[c-9]',
    );
    const future = await patch(
      id,
      'cluster',
      7,
      [{ path: ['cooperation'], new: 'x' }],
      'applicant-ntnu',
      'en',
    );
    expect(future.statusCode).toBe(422);
    expect(future.json<{ errors: unknown[] }>().errors).toEqual([
      { path: 'headers.if-match', message: 'is a version this section never had' },
    ]);
    expect((await stored(id, 'cluster')).version).toBe(1);
  });

  it('R34: another institution cannot patch a section (404), a new section can be patched from version 0', async () => {
    const id = await createDraft(t);
    const other = await patch(
      id,
      'project',
      0,
      [{ path: ['title'], new: 'x' }],
      'applicant-kristiania',
    );
    expect(other.statusCode).toBe(404);
    const first = await patch(id, 'project', 0, [{ path: ['title'], new: 'Kompetanseløft' }]);
    expect(first.statusCode, first.body).toBe(200);
    expect(await stored(id, 'project')).toEqual({
      version: 1,
      content: { title: 'Kompetanseløft' },
    });
  });
});
