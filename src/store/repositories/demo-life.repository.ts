/**
 * What the demo's synthetic call life (src/server/services/demo-life/) needs to find again, so
 * that playing it twice changes nothing: the applications its users created, their cases, and
 * the one register entry it changes.
 */
import type { CompanyRegisterRow } from '../database.js';
import type { DbOrTx, Tx } from '../create-store.js';

export interface LifeApplicationRow {
  id: string;
  created_by: string;
  status: string;
}

/** The call's applications created by these users (each synthetic applicant creates one). */
export async function listApplicationsCreatedBy(
  db: DbOrTx,
  callId: string,
  userIds: readonly string[],
): Promise<LifeApplicationRow[]> {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('application')
    .select(['id', 'created_by', 'status'])
    .where('call_id', '=', callId)
    .where('created_by', 'in', [...userIds])
    .orderBy('created_at')
    .execute();
}

/** Case id and state of each of these applications that has become a case. */
export async function listCasesOfApplications(db: DbOrTx, applicationIds: readonly string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .selectFrom('case_file')
    .select(['id', 'application_id', 'case_number', 'formal_result', 'status'])
    .where('application_id', 'in', [...applicationIds])
    .orderBy('case_seq')
    .execute();
}

/** Inserts or replaces one company's register entry, inside the caller's transaction. */
export async function putRegisteredCompany(tx: Tx, row: CompanyRegisterRow): Promise<void> {
  const { orgnr: _orgnr, ...rest } = row;
  await tx
    .insertInto('company_register')
    .values(row)
    .onConflict((oc) => oc.column('orgnr').doUpdateSet(rest))
    .execute();
}
