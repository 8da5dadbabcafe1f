import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeEachDialect,
  type TestDatabase,
} from '../../test/helpers/dialects.js';
import { SimulatedClock } from './clock.js';

describeEachDialect('simulated clock', (dialect) => {
  let t: TestDatabase;
  let real = 1_000_000;
  const realNow = () => real;
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('starts at the configured instant and runs forward in real time', async () => {
    const clock = await SimulatedClock.open(t.store, new Date('2021-09-13T07:00:00Z'), realNow);
    real += 5_000;
    expect(clock.now().toISOString()).toBe('2021-09-13T07:00:05.000Z');
  });

  it('is shared by every process on the database: a second clock sees what the first set', async () => {
    const a = await SimulatedClock.open(t.store, new Date('2000-01-01T00:00:00Z'), realNow);
    const b = await SimulatedClock.open(t.store, new Date('2000-01-01T00:00:00Z'), realNow);
    await a.set(new Date('2021-09-15T14:59:00Z'));
    real += 1_000;
    await b.sync();
    expect(b.now().toISOString()).toBe('2021-09-15T14:59:01.000Z');
  });

  it('stands still when frozen, for tests that need an exact millisecond', async () => {
    const clock = await SimulatedClock.open(t.store, new Date('2000-01-01T00:00:00Z'), realNow);
    await clock.set(new Date('2021-09-15T14:59:59.999Z'), { frozen: true });
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2021-09-15T14:59:59.999Z');
    expect(clock.frozen).toBe(true);
  });
});
