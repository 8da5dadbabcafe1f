/**
 * The facts of a submitted application that the officer's case list filters and sorts on, read
 * from the snapshot's content once at intake: title, county, grant applied for, companies,
 * participants and the partner companies (the parties an assessor's conflicts are checked against).
 */
import type { ApplicationContent } from '../application/application.js';
import type { CallDefinition } from '../call/call-schema.js';

export interface CaseFacts {
  title: string;
  /** The county most of the partner companies are in (ties: alphabetical), or null. */
  county: string | null;
  /** Whole kroner: the financing lines of the call's grant kind. */
  grantApplied: number;
  companies: number;
  participants: number;
  partners: { orgnr: string; name: string }[];
}

type Row = Record<string, unknown>;

function rowsOf(value: unknown, key: string): Row[] {
  if (typeof value !== 'object' || value === null) return [];
  const list = (value as Row)[key];
  return Array.isArray(list)
    ? list.filter((x): x is Row => typeof x === 'object' && x !== null)
    : [];
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const whole = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;

export function caseFactsOf(call: CallDefinition, content: ApplicationContent): CaseFacts {
  const contentOf = (kind: string): unknown[] =>
    call.sections.filter((s) => s.kind === kind).map((s) => content[s.id]);

  const title = contentOf('project').map((p) => text((p as Row | undefined)?.title))[0] ?? '';

  const partners = new Map<string, string>();
  const countyCounts = new Map<string, number>();
  for (const cluster of contentOf('cluster')) {
    for (const company of rowsOf(cluster, 'companies')) {
      const orgnr = text(company.orgnr);
      if (orgnr === '' || partners.has(orgnr)) continue;
      partners.set(orgnr, text(company.name));
      const county = text(company.county);
      if (county !== '') countyCounts.set(county, (countyCounts.get(county) ?? 0) + 1);
    }
  }
  const county =
    [...countyCounts.entries()].sort(
      ([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'nb'),
    )[0]?.[0] ?? null;

  let participants = 0;
  for (const section of contentOf('participants')) {
    for (const estimate of rowsOf(section, 'estimates'))
      participants += whole(estimate.participants);
  }

  const grantSources = new Set(
    call.budget.financingSources.filter((s) => s.kind === 'grant').map((s) => s.id),
  );
  let grantApplied = 0;
  for (const budget of contentOf('budget')) {
    for (const entry of rowsOf(budget, 'financing')) {
      if (grantSources.has(text(entry.sourceId))) grantApplied += whole(entry.amountNok);
    }
  }

  return {
    title,
    county,
    grantApplied,
    companies: partners.size,
    participants,
    partners: [...partners].map(([orgnr, name]) => ({ orgnr, name })),
  };
}

/**
 * What the case list's free-text filter searches: case and receipt number, title and institution,
 * lower-cased here (SQLite's lower() leaves Æ, Ø and Å alone), so the database compares one column.
 */
export function caseSearchText(parts: {
  caseNumber: string;
  receiptNumber: string;
  title: string;
  institutionName: string;
}): string {
  return [parts.caseNumber, parts.receiptNumber, parts.title, parts.institutionName]
    .join('\n')
    .toLocaleLowerCase('nb');
}

/** The free text a user typed, as it is compared with `caseSearchText`. */
export function normalizeSearch(text: string): string {
  return text.trim().toLocaleLowerCase('nb');
}
