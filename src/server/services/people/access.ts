import { canActForInstitution } from '../../../domain/access/policy.js';
import type { Principal } from '../../../domain/access/roles.js';
import type { InstitutionRow } from '../../../store/database.js';
import { findInstitution } from '../../../store/repositories/register.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';

/**
 * The institution, if the principal acts for it. Anyone else gets "not found", the same answer as
 * for an orgnr that does not exist, so who works where does not leak (R34).
 */
export async function findOwnInstitution(
  ctx: AppContext,
  principal: Principal | null,
  orgnr: string,
): Promise<InstitutionRow> {
  if (!canActForInstitution(principal, orgnr)) throw new AppError('institution_not_found');
  const institution = await findInstitution(ctx.store.db, orgnr);
  if (!institution) throw new AppError('institution_not_found');
  return institution;
}
