/**
 * What the register says of institutions and companies, kept briefly in the process for the
 * findings an autosave answers with: two queries fewer per save on the busiest day. Only rows the
 * register has are kept, so a company added by a look-up counts at the next save; a row kept may
 * be up to {@link TTL_MS} old, which the findings shown while typing can bear. Submission and
 * intake read the register afresh in their transaction.
 */
import type { Db } from '../../../store/create-store.js';
import type { CompanyRegisterRow, InstitutionRow } from '../../../store/database.js';
import { findCompanies, findInstitution } from '../../../store/repositories/register.repository.js';

const TTL_MS = 30_000;
const MAX_ENTRIES = 5_000;

interface Kept<T> {
  row: T;
  until: number;
}

export class RegisterReadCache {
  readonly #db: Db;
  readonly #institutions = new Map<string, Kept<InstitutionRow>>();
  readonly #companies = new Map<string, Kept<CompanyRegisterRow>>();

  constructor(db: Db) {
    this.#db = db;
  }

  async institution(orgnr: string): Promise<InstitutionRow | undefined> {
    const kept = fresh(this.#institutions.get(orgnr));
    if (kept) return kept;
    const row = await findInstitution(this.#db, orgnr);
    if (row) keep(this.#institutions, orgnr, row);
    return row;
  }

  async companies(orgnrs: readonly string[]): Promise<CompanyRegisterRow[]> {
    const found: CompanyRegisterRow[] = [];
    const missing: string[] = [];
    for (const orgnr of orgnrs) {
      const kept = fresh(this.#companies.get(orgnr));
      if (kept) found.push(kept);
      else missing.push(orgnr);
    }
    if (missing.length === 0) return found;
    const rows = await findCompanies(this.#db, missing);
    for (const row of rows) keep(this.#companies, row.orgnr, row);
    return [...found, ...rows];
  }
}

function fresh<T>(kept: Kept<T> | undefined): T | undefined {
  return kept && kept.until > Date.now() ? kept.row : undefined;
}

function keep<T>(map: Map<string, Kept<T>>, key: string, row: T): void {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, { row, until: Date.now() + TTL_MS });
}

const caches = new WeakMap<Db, RegisterReadCache>();

/** One cache per store. */
export function registerReadCache(db: Db): RegisterReadCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new RegisterReadCache(db);
    caches.set(db, cache);
  }
  return cache;
}
