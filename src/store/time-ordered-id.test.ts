import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { timeOrderedUuid } from './time-ordered-id.js';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID carrying its millisecond', () => {
    const at = Date.UTC(2021, 8, 15, 14, 59, 59, 999);
    const id = timeOrderedUuid(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(Number.parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by time, and differs within one millisecond', () => {
    const ids = [0, 1, 2, 1_000, 86_400_000].map((dt) => timeOrderedUuid(1_600_000_000_000 + dt));
    expect([...ids].sort()).toEqual(ids);
    const same = new Set(Array.from({ length: 1_000 }, () => timeOrderedUuid(1_600_000_000_000)));
    expect(same.size).toBe(1_000);
  });
});
