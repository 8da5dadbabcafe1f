import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../../../test/helpers/dialects.js';
import type { CompanyRegisterRow } from '../../../store/database.js';
import { findCompanies, upsertCompanies } from '../../../store/repositories/register.repository.js';
import { RegisterReadCache } from './register-read-cache.js';

const company = (orgnr: string, name: string): CompanyRegisterRow => ({
  orgnr,
  name,
  industry_code: '25.110',
  municipality_number: '1804',
  municipality_name: 'Bodø',
  county_name: 'Nordland',
  employees: 40,
  bankrupt: 0,
  under_liquidation: 0,
  source: 'test',
  fetched_at: '2021-09-01T10:00:00.000Z',
});

describeEachDialect('register read cache (findings of an autosave)', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('keeps the rows the register has, and looks again for those it had not', async () => {
    const cache = new RegisterReadCache(t.store.db);
    await upsertCompanies(t.store.db, [company('910000001', 'Verksted AS')]);
    expect((await cache.companies(['910000001', '910000002'])).map((c) => c.orgnr)).toEqual([
      '910000001',
    ]);

    // A company found by a look-up after the last save counts at the next one.
    await upsertCompanies(t.store.db, [company('910000002', 'Støperi AS')]);
    const both = await cache.companies(['910000001', '910000002']);
    expect(both.map((c) => c.orgnr).sort()).toEqual(['910000001', '910000002']);

    // A row already kept is answered from the process for its half minute.
    await upsertCompanies(t.store.db, [company('910000001', 'Verksted Nytt Navn AS')]);
    expect((await findCompanies(t.store.db, ['910000001']))[0]?.name).toBe('Verksted Nytt Navn AS');
    const again = await cache.companies(['910000001']);
    expect(again[0]?.name).toBe('Verksted AS');
  });
});
