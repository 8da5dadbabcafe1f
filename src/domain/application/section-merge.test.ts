import { describe, expect, it } from 'vitest';
import { diffContent, mergeContent } from './section-merge.js';

const company = (id: string, employees: number) => ({ id, name: id, employees });

describe('three-way merge keeps where an item was put', () => {
  it('an item put back between two others lands there, not at the end', () => {
    const base = { companies: [company('a', 1), company('c', 3)] };
    const mine = { companies: [company('a', 1), company('b', 2), company('c', 3)] };
    const theirs = { companies: [company('a', 1), company('c', 3), company('d', 4)] };
    const { content, conflicts } = mergeContent(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(content.companies.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('an item added first stays first, one added last goes last, whatever the other side removed', () => {
    const base = { companies: [company('a', 1), company('b', 2)] };
    const mine = {
      companies: [company('x', 9), company('a', 1), company('b', 2), company('y', 8)],
    };
    const theirs = { companies: [company('a', 1)] };
    const { content } = mergeContent(base, mine, theirs);
    expect(content.companies.map((c) => c.id)).toEqual(['x', 'a', 'y']);
  });

  it('names the item an addition comes before in the change it sends', () => {
    const changes = diffContent(
      { companies: [company('a', 1)] },
      { companies: [company('a', 1), company('b', 2)] },
    );
    expect(changes).toEqual([
      { path: ['companies', { item: 'b' }], new: company('b', 2), before: null },
    ]);
  });
});

describe('two people adding at the end', () => {
  it('keeps what was stored first first', () => {
    const base = { companies: [company('a', 1)] };
    const kari = { companies: [company('a', 1), company('k', 2)] };
    const ola = { companies: [company('a', 1), company('o', 3)] };
    expect(mergeContent(base, ola, kari).content.companies.map((c) => c.id)).toEqual([
      'a',
      'k',
      'o',
    ]);
  });
});
