import { describe, expect, it } from 'vitest';
import { isSafeReturnTo } from './return-to.js';

describe('isSafeReturnTo', () => {
  it.each(['/', '/minside', '/soknader/123?fane=budsjett#del', '/a//b'])('accepts %s', (value) => {
    expect(isSafeReturnTo(value)).toBe(true);
  });

  it.each([
    '',
    'minside',
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\tevil',
    '/\n/evil.example',
    `/${'a'.repeat(2000)}`,
  ])('refuses %j', (value) => {
    expect(isSafeReturnTo(value)).toBe(false);
  });
});
