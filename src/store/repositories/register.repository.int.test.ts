import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../test/helpers/dialects.js';
import { readInstitutions, seedDemoData } from '../../platform/seed-demo-data.js';
import { findInstitution, listInstitutions } from './register.repository.js';

describeEachDialect('institution register: the legal track column (R28)', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await seedDemoData(t.store, new Date('2021-09-01T10:00:00.000Z'));
  });
  afterAll(() => t.drop());

  it('says for every seeded institution whether it is a state administrative body', async () => {
    const rows = await listInstitutions(t.store.db);
    expect(rows).toHaveLength(readInstitutions().length);
    expect(rows.filter((r) => r.administrative_body === null)).toEqual([]);
    for (const row of rows) {
      expect(row.administrative_body).toBe(row.ownership === 'statlig' ? 1 : 0);
    }
  });

  it('marks NTNU as a state body and Høyskolen Kristiania, BI and NLA as private parties', async () => {
    const flag = async (orgnr: string) =>
      (await findInstitution(t.store.db, orgnr))?.administrative_body;
    expect(await flag('974767880')).toBe(1);
    expect(await flag('954831604')).toBe(0);
    expect(await flag('971228865')).toBe(0);
    expect(await flag('995189186')).toBe(0);
  });
});
