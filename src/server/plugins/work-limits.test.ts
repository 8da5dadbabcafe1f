import { describe, expect, it } from 'vitest';
import { WindowCounter } from './work-limits.js';

describe('WindowCounter', () => {
  it('blocks a key past its max until its window has passed, others unaffected', () => {
    let now = 1_000_000;
    const counter = new WindowCounter({ max: 2, windowMs: 60_000 }, () => now);
    counter.record('a');
    counter.record('a');
    expect(counter.blockedFor('a')).toBe(60);
    expect(counter.blockedFor('b')).toBe(0);
    now += 59_500;
    expect(counter.blockedFor('a')).toBe(1);
    now += 500;
    expect(counter.blockedFor('a')).toBe(0);
  });
});
