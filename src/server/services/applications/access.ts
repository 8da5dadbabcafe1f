import { canActForInstitution } from '../../../domain/access/policy.js';
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { ApplicationRow } from '../../../store/database.js';
import {
  findApplication,
  findApplicationWithSections,
  type SectionWithAuthor,
} from '../../../store/repositories/applications.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';

/**
 * The application, if the principal acts for its institution. Anyone else gets "not found", the
 * same answer as for an id that does not exist, so existence does not leak (R34).
 */
export async function findAccessibleApplication(
  db: DbOrTx,
  principal: Principal | null,
  id: string,
): Promise<ApplicationRow> {
  const application = await findApplication(db, id);
  if (!application || !canActForInstitution(principal, application.institution_orgnr)) {
    throw new AppError('application_not_found');
  }
  return application;
}

export function callOf(ctx: AppContext, callId: string): CallDefinition {
  const call = ctx.calls.find((c) => c.id === callId);
  if (!call) throw new AppError('call_not_found');
  return call;
}

/** {@link findAccessibleApplication} with the application's stored sections, in one query. */
export async function findAccessibleApplicationWithSections(
  db: DbOrTx,
  principal: Principal | null,
  id: string,
): Promise<{ application: ApplicationRow; sections: SectionWithAuthor[] }> {
  const found = await findApplicationWithSections(db, id);
  if (!found || !canActForInstitution(principal, found.application.institution_orgnr)) {
    throw new AppError('application_not_found');
  }
  return found;
}
