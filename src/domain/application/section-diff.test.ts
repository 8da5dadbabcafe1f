import { describe, expect, it } from 'vitest';
import { diffSectionContent, itemKeyOf } from './section-diff.js';

describe('diffSectionContent', () => {
  it('names the fields of a first version as added, and leaves empty ones out', () => {
    expect(diffSectionContent(undefined, { title: 'Kompetanse', summary: '', lines: [] })).toEqual([
      { path: ['title'], change: 'added' },
    ]);
  });

  it('names only the fields whose value differs, in the order of the new version', () => {
    const before = { title: 'A', summary: 'S', startDate: '2021-10-01' };
    const after = { title: 'B', summary: 'S', startDate: '2021-10-01', endDate: '2022-12-01' };
    expect(diffSectionContent(before, after)).toEqual([
      { path: ['title'], change: 'changed' },
      { path: ['endDate'], change: 'added' },
    ]);
    expect(diffSectionContent(after, before)).toEqual([
      { path: ['title'], change: 'changed' },
      { path: ['endDate'], change: 'removed' },
    ]);
  });

  it('finds nothing between a version and the same content with its keys in another order', () => {
    expect(diffSectionContent({ a: 1, b: { x: 1, y: 2 } }, { b: { y: 2, x: 1 }, a: 1 })).toEqual(
      [],
    );
  });

  it('matches list items by id, so a removed item does not make the later ones look changed', () => {
    const before = {
      companies: [
        { id: 'c1', orgnr: '974760673', employees: 420 },
        { id: 'c2', orgnr: '923609016', employees: 10 },
        { id: 'c3', orgnr: '982463718', employees: 5 },
      ],
      cooperation: 'Samarbeid',
    };
    const after = {
      companies: [
        { id: 'c1', orgnr: '974760673', employees: 421 },
        { id: 'c3', orgnr: '982463718', employees: 5 },
        { id: 'c4', orgnr: '' },
      ],
      cooperation: 'Samarbeid',
    };
    expect(diffSectionContent(before, after)).toEqual([
      {
        path: ['companies', 'c1', 'employees'],
        change: 'changed',
        itemLabel: { field: 'orgnr', value: '974760673' },
      },
      { path: ['companies', 'c4'], change: 'added' },
      {
        path: ['companies', 'c2'],
        change: 'removed',
        itemLabel: { field: 'orgnr', value: '923609016' },
      },
    ]);
  });

  it('names a field an item gained or lost', () => {
    const before = { offerings: [{ id: 'o1', title: 'Sveising' }] };
    const after = { offerings: [{ id: 'o1', title: 'Sveising', studiepoeng: 7.5 }] };
    expect(diffSectionContent(before, after)).toEqual([
      {
        path: ['offerings', 'o1', 'studiepoeng'],
        change: 'added',
        itemLabel: { field: 'title', value: 'Sveising' },
      },
    ]);
  });

  it('keys items without an id by what makes them unique', () => {
    expect(itemKeyOf({ sourceId: 'egeninnsats', amountNok: 1 }, 0)).toBe('egeninnsats');
    expect(itemKeyOf({ companyOrgnr: '974760673', offeringId: 'o1', participants: 3 }, 2)).toBe(
      '974760673/o1',
    );
    const before = { financing: [{ sourceId: 'tilskudd', amountNok: 100 }] };
    const after = {
      financing: [
        { sourceId: 'egeninnsats', amountNok: 50 },
        { sourceId: 'tilskudd', amountNok: 100 },
      ],
    };
    expect(diffSectionContent(before, after)).toEqual([
      {
        path: ['financing', 'egeninnsats'],
        change: 'added',
        itemLabel: { field: 'sourceId', value: 'egeninnsats' },
      },
    ]);
  });

  it('tells a list emptied from one never filled', () => {
    expect(diffSectionContent({ lines: [] }, {})).toEqual([]);
    expect(diffSectionContent({ lines: [{ id: 'l1', amountNok: 5 }] }, { lines: [] })).toEqual([
      { path: ['lines', 'l1'], change: 'removed' },
    ]);
  });
});
