import { describe, expect, it } from 'vitest';
import { errorAreas, errorCatalogue } from './catalogue.js';

describe('error catalogue', () => {
  it('has each code in one area only, so no area silently overrides another', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, codes] of Object.entries(errorAreas)) {
      for (const code of Object.keys(codes)) {
        const first = seen.get(code);
        if (first) twice.push(`${code} in ${first} and ${area}`);
        seen.set(code, area);
      }
    }
    expect(twice).toEqual([]);
    expect(Object.keys(errorCatalogue).length).toBe(seen.size + 1); // + internal
  });

  it('titles every code in nb, nn and en', () => {
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      for (const locale of ['nb', 'nn', 'en'] as const) {
        expect(entry.title[locale].trim(), `${code} ${locale}`).not.toBe('');
      }
    }
  });
});
