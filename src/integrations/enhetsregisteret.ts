/**
 * Company facts from Enhetsregisteret's open API (`/enhetsregisteret/api/enheter/{orgnr}`), with a
 * cache table. Without a configured base URL (the embedded default has no internet) it answers
 * from the companies already in the database: the demo companies and earlier look-ups. An unknown
 * or unreachable company never blocks drafting: the applicant types the data in.
 */
import { z } from 'zod';
import { findCountyOfMunicipality } from '../domain/register/counties.js';
import type { Store } from '../store/create-store.js';
import type { CompanyRegisterRow } from '../store/database.js';
import { findCompany, upsertCompanies } from '../store/repositories/register.repository.js';

export interface CompanyFacts {
  orgnr: string;
  name: string;
  industryCode: string | null;
  municipalityNumber: string | null;
  municipalityName: string | null;
  county: string | null;
  employees: number | null;
  bankrupt: boolean;
  underLiquidation: boolean;
  /** Where the answer came from, and when it was fetched from the register. */
  source: string;
  fetchedAt: string;
}

export type CompanyLookup =
  | { status: 'found'; company: CompanyFacts; stale: boolean }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: 'timeout' | 'error' };

export interface CompanyRegisterOptions {
  /** e.g. https://data.brreg.no; unset = answer from the database only. */
  baseUrl: string | undefined;
  timeoutMs: number;
  cacheHours: number;
}

const enhetSchema = z.object({
  organisasjonsnummer: z.string(),
  navn: z.string(),
  naeringskode1: z.object({ kode: z.string() }).optional(),
  antallAnsatte: z.number().int().optional(),
  forretningsadresse: z
    .object({ kommunenummer: z.string().optional(), kommune: z.string().optional() })
    .optional(),
  konkurs: z.boolean().optional(),
  underAvvikling: z.boolean().optional(),
});

function toFacts(row: CompanyRegisterRow): CompanyFacts {
  return {
    orgnr: row.orgnr,
    name: row.name,
    industryCode: row.industry_code,
    municipalityNumber: row.municipality_number,
    municipalityName: row.municipality_name,
    county: row.county_name ?? findCountyOfMunicipality(row.municipality_number),
    employees: row.employees,
    bankrupt: row.bankrupt === 1,
    underLiquidation: row.under_liquidation === 1,
    source: row.source,
    fetchedAt: row.fetched_at,
  };
}

export function createCompanyRegister(store: Store, options: CompanyRegisterOptions) {
  async function fetchFromRegister(orgnr: string, now: Date): Promise<CompanyLookup | 'miss'> {
    if (!options.baseUrl) return 'miss';
    const url = `${options.baseUrl.replace(/\/$/, '')}/enhetsregisteret/api/enheter/${orgnr}`;
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return { status: 'unavailable', reason: timedOut ? 'timeout' : 'error' };
    }
    if (response.status === 404 || response.status === 410) return { status: 'not-found' };
    if (!response.ok) return { status: 'unavailable', reason: 'error' };
    const parsed = enhetSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) return { status: 'unavailable', reason: 'error' };
    const e = parsed.data;
    const municipalityNumber = e.forretningsadresse?.kommunenummer ?? null;
    const row: CompanyRegisterRow = {
      orgnr,
      name: e.navn,
      industry_code: e.naeringskode1?.kode ?? null,
      municipality_number: municipalityNumber,
      municipality_name: e.forretningsadresse?.kommune ?? null,
      county_name: findCountyOfMunicipality(municipalityNumber),
      employees: e.antallAnsatte ?? null,
      bankrupt: e.konkurs ? 1 : 0,
      under_liquidation: e.underAvvikling ? 1 : 0,
      source: 'enhetsregisteret',
      fetched_at: now.toISOString(),
    };
    await upsertCompanies(store.db, [row]);
    return { status: 'found', company: toFacts(row), stale: false };
  }

  return {
    /** Looks a company up: fresh cache, then the register, then a stale cache entry. */
    async lookup(orgnr: string, now: Date): Promise<CompanyLookup> {
      const cached = await findCompany(store.db, orgnr);
      const fresh =
        cached !== undefined &&
        (cached.source !== 'enhetsregisteret' ||
          now.getTime() - Date.parse(cached.fetched_at) < options.cacheHours * 3_600_000);
      if (cached && (fresh || !options.baseUrl)) {
        return { status: 'found', company: toFacts(cached), stale: false };
      }
      const answer = await fetchFromRegister(orgnr, now);
      if (answer === 'miss') return { status: 'not-found' };
      if (answer.status === 'unavailable' && cached) {
        return { status: 'found', company: toFacts(cached), stale: true };
      }
      return answer;
    },
  };
}

export type CompanyRegister = ReturnType<typeof createCompanyRegister>;
