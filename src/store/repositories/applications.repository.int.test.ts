import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../test/helpers/dialects.js';
import { findApplicationWithSections, listSections } from './applications.repository.js';

const AT = '2021-09-01T10:00:00.000Z';

describeEachDialect('applications repository', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    const db = t.store.db;
    await db
      .insertInto('institution')
      .values({
        orgnr: '974767880',
        name: 'NTNU',
        category: 'university',
        ownership: 'state',
        public_funding: 1,
        confirmed: 1,
      })
      .execute();
    await db
      .insertInto('app_user')
      .values([
        {
          id: 'u1',
          subject: 's1',
          name: 'Kari Nordmann',
          email: null,
          created_at: AT,
          last_login_at: null,
        },
        {
          id: 'u2',
          subject: 's2',
          name: 'Ola Nordmann',
          email: null,
          created_at: AT,
          last_login_at: null,
        },
      ])
      .execute();
    const application = (id: string) => ({
      id,
      call_id: 'call',
      institution_orgnr: '974767880',
      status: 'draft',
      created_at: AT,
      created_by: 'u1',
      updated_at: '2021-09-02T10:00:00.000Z',
      updated_by: 'u2',
    });
    await db
      .insertInto('application')
      .values([application('a1'), application('empty')])
      .execute();
    await db
      .insertInto('application_section')
      .values([
        {
          application_id: 'a1',
          section_id: 'project',
          content: '{"title":"Kurs"}',
          version: 3,
          updated_at: '2021-09-03T10:00:00.000Z',
          updated_by: 'u2',
        },
        {
          application_id: 'a1',
          section_id: 'case',
          content: '{"effect":"Mer"}',
          version: 1,
          updated_at: AT,
          updated_by: 'u1',
        },
      ])
      .execute();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('reads the application and its sections in one query, as the two reads would', async () => {
    const found = await findApplicationWithSections(t.store.db, 'a1');
    expect(found?.application).toEqual({
      id: 'a1',
      call_id: 'call',
      institution_orgnr: '974767880',
      status: 'draft',
      created_at: AT,
      created_by: 'u1',
      // The application's own columns, not those of a section of the same name.
      updated_at: '2021-09-02T10:00:00.000Z',
      updated_by: 'u2',
    });
    expect(found?.sections).toEqual(await listSections(t.store.db, 'a1'));
    expect(found?.sections.map((s) => [s.section_id, s.version, s.updated_by_name])).toEqual([
      ['case', 1, 'Kari Nordmann'],
      ['project', 3, 'Ola Nordmann'],
    ]);
  });

  it('an application without sections has none, and an unknown id is not found', async () => {
    expect((await findApplicationWithSections(t.store.db, 'empty'))?.sections).toEqual([]);
    expect(await findApplicationWithSections(t.store.db, 'nope')).toBeUndefined();
  });
});
