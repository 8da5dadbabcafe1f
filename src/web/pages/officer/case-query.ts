/** The case list's filters, sorting and page, kept in the URL query string (shareable, back-button safe). */
import type { CaseListQuery, CaseSort, CaseStatus } from '../../api/case-types.js';

export const CASE_STATUSES: readonly CaseStatus[] = [
  'formal_check',
  'proposed_rejection',
  'awaiting_assessors',
  'in_assessment',
  'assessed',
  'consensus_recorded',
];

const SORTS: readonly CaseSort[] = [
  'caseNumber',
  'institution',
  'county',
  'grantApplied',
  'companies',
  'participants',
  'findings',
  'status',
  'meanScore',
];

const RANGE_KEYS = [
  'minGrant',
  'maxGrant',
  'minCompanies',
  'maxCompanies',
  'minParticipants',
  'maxParticipants',
] as const;
export type RangeKey = (typeof RANGE_KEYS)[number];

function whole(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function flag(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

export function queryFromParams(params: URLSearchParams): CaseListQuery {
  const query: CaseListQuery = {};
  const statuses = params
    .getAll('status')
    .filter((s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s));
  if (statuses.length) query.status = statuses;
  const institution = params.get('institution');
  if (institution) query.institution = institution;
  const county = params.get('county');
  if (county) query.county = county;
  for (const key of RANGE_KEYS) {
    const value = whole(params.get(key));
    if (value !== undefined) query[key] = value;
  }
  const hasFindings = flag(params.get('hasFindings'));
  if (hasFindings !== undefined) query.hasFindings = hasFindings;
  if (params.get('disagreement') === 'true') query.disagreement = true;
  const q = params.get('q')?.trim();
  if (q) query.q = q;
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) query.sort = sort as CaseSort;
  const dir = params.get('dir');
  if (dir === 'asc' || dir === 'desc') query.dir = dir;
  const page = whole(params.get('page'));
  if (page !== undefined && page >= 1) query.page = page;
  return query;
}

/** The number of filters in use (not sorting or paging), for "3 filters in use". */
export function activeFilterCount(query: CaseListQuery): number {
  let count = 0;
  if (query.status?.length) count += 1;
  if (query.institution) count += 1;
  if (query.county) count += 1;
  for (const key of RANGE_KEYS) if (query[key] !== undefined) count += 1;
  if (query.hasFindings !== undefined) count += 1;
  if (query.disagreement) count += 1;
  if (query.q) count += 1;
  return count;
}

/** The next sort when a column header is clicked: ascending first, then flips. */
export function nextSort(query: CaseListQuery, column: CaseSort): CaseListQuery {
  const dir = query.sort === column && query.dir !== 'desc' ? 'desc' : 'asc';
  return { ...query, sort: column, dir, page: undefined };
}

export function ariaSortOf(
  query: CaseListQuery,
  column: CaseSort,
): 'ascending' | 'descending' | 'none' {
  if (query.sort !== column) return 'none';
  return query.dir === 'desc' ? 'descending' : 'ascending';
}
