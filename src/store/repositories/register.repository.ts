import type { Kysely, Transaction } from 'kysely';
import type { CompanyRegisterRow, Database, InstitutionRow } from '../database.js';

export interface InstitutionInput {
  orgnr: string;
  name: string;
  category: string;
  ownership: string;
  publicFunding: boolean;
  confirmed: boolean;
  /** A state administrative body: its decisions are grant letters without appeal rights. */
  administrativeBody: boolean | null;
}

export async function upsertInstitutions(
  db: Kysely<Database>,
  institutions: InstitutionInput[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const i of institutions) {
      const row: InstitutionRow = {
        orgnr: i.orgnr,
        name: i.name,
        category: i.category,
        ownership: i.ownership,
        public_funding: i.publicFunding ? 1 : 0,
        confirmed: i.confirmed ? 1 : 0,
        administrative_body: i.administrativeBody === null ? null : i.administrativeBody ? 1 : 0,
      };
      const { orgnr: _orgnr, ...rest } = row;
      await trx
        .insertInto('institution')
        .values(row)
        .onConflict((oc) => oc.column('orgnr').doUpdateSet(rest))
        .execute();
    }
  });
}

export async function listInstitutions(db: Kysely<Database>): Promise<InstitutionRow[]> {
  return db.selectFrom('institution').selectAll().orderBy('name').execute();
}

export async function findInstitution(
  db: Kysely<Database>,
  orgnr: string,
): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institution').selectAll().where('orgnr', '=', orgnr).executeTakeFirst();
}

export async function upsertCompanies(
  db: Kysely<Database>,
  companies: CompanyRegisterRow[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const c of companies) {
      const { orgnr: _orgnr, ...rest } = c;
      await trx
        .insertInto('company_register')
        .values(c)
        .onConflict((oc) => oc.column('orgnr').doUpdateSet(rest))
        .execute();
    }
  });
}

export async function findCompany(
  db: Kysely<Database>,
  orgnr: string,
): Promise<CompanyRegisterRow | undefined> {
  return db
    .selectFrom('company_register')
    .selectAll()
    .where('orgnr', '=', orgnr)
    .executeTakeFirst();
}

/** The register's entries for these organisation numbers, in one query. */
export async function findCompanies(
  db: Kysely<Database> | Transaction<Database>,
  orgnrs: readonly string[],
): Promise<CompanyRegisterRow[]> {
  if (orgnrs.length === 0) return [];
  return db
    .selectFrom('company_register')
    .selectAll()
    .where('orgnr', 'in', [...orgnrs])
    .execute();
}
