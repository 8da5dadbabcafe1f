import { describe, expect, it } from 'vitest';
import { caseQueryString } from '../../api/cases.js';
import { alphaBand } from './alpha-band.js';
import { activeFilterCount, ariaSortOf, nextSort, queryFromParams } from './case-query.js';

describe('the case list query in the URL', () => {
  it('reads every filter, repeated statuses, sorting and page, and writes them back the same', () => {
    const search =
      'status=formal_check&status=assessed&institution=974767880&county=Tr%C3%B8ndelag' +
      '&minGrant=100000&maxGrant=2000000&minCompanies=3&maxParticipants=80' +
      '&hasFindings=false&disagreement=true&q=sveis&sort=grantApplied&dir=desc&page=2';
    const query = queryFromParams(new URLSearchParams(search));
    expect(query).toEqual({
      status: ['formal_check', 'assessed'],
      institution: '974767880',
      county: 'Trøndelag',
      minGrant: 100000,
      maxGrant: 2000000,
      minCompanies: 3,
      maxParticipants: 80,
      hasFindings: false,
      disagreement: true,
      q: 'sveis',
      sort: 'grantApplied',
      dir: 'desc',
      page: 2,
    });
    expect(queryFromParams(new URLSearchParams(caseQueryString(query)))).toEqual(query);
    expect(activeFilterCount(query)).toBe(10);
  });

  it('drops what the server would refuse: unknown statuses and sorts, non-numbers, page 0', () => {
    const query = queryFromParams(
      new URLSearchParams('status=nonsense&sort=secret&dir=up&minGrant=1e6&page=0&q=%20%20'),
    );
    expect(query).toEqual({});
    expect(caseQueryString(query)).toBe('');
  });

  it('sorts ascending on a new column, flips on the same one, and goes back to page 1', () => {
    const first = nextSort({ page: 3 }, 'county');
    expect(first).toMatchObject({ sort: 'county', dir: 'asc', page: undefined });
    expect(ariaSortOf(first, 'county')).toBe('ascending');
    expect(ariaSortOf(first, 'status')).toBe('none');
    const second = nextSort(first, 'county');
    expect(ariaSortOf(second, 'county')).toBe('descending');
    expect(nextSort(second, 'county').dir).toBe('asc');
  });
});

describe("reading Krippendorff's alpha", () => {
  it('puts the bands where the panel page says they are', () => {
    expect(alphaBand(null)).toBe('none');
    expect(alphaBand(0.8)).toBe('reliable');
    expect(alphaBand(0.79)).toBe('tentative');
    expect(alphaBand(0.667)).toBe('tentative');
    expect(alphaBand(0.5)).toBe('low');
    expect(alphaBand(-0.2)).toBe('low');
  });
});
