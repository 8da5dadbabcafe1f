/** Assessors and their affiliations (R26), which the conflict check reads. */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { affiliationOrgnrProblem } from '../../../domain/assessment/affiliation-orgnr.js';
import type { AffiliationRole } from '../../../domain/assessment/conflicts.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  countActiveAssignments,
  deleteAffiliation,
  insertAffiliation,
  listAffiliations,
  listAssessorUsers,
} from '../../../store/repositories/assessments.repository.js';
import { findCompany, findInstitution } from '../../../store/repositories/register.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { refuseProblems } from './problems.js';

export interface AssessorView {
  userId: string;
  name: string;
  email: string | null;
  affiliations: { id: string; orgnr: string; orgName: string; role: AffiliationRole }[];
  activeAssignments: number;
}

export async function listAssessors(ctx: AppContext): Promise<AssessorView[]> {
  const users = await listAssessorUsers(ctx.store.db);
  const ids = users.map((u) => u.id);
  const [affiliations, active] = await Promise.all([
    listAffiliations(ctx.store.db, ids),
    countActiveAssignments(ctx.store.db, ids),
  ]);
  return users.map((u) => ({
    userId: u.id,
    name: u.name,
    email: u.email,
    affiliations: affiliations
      .filter((a) => a.user_id === u.id)
      .map((a) => ({
        id: a.id,
        orgnr: a.orgnr,
        orgName: a.org_name,
        role: a.role as AffiliationRole,
      })),
    activeAssignments: active.get(u.id) ?? 0,
  }));
}

export async function readAssessor(ctx: AppContext, userId: string): Promise<AssessorView> {
  const found = (await listAssessors(ctx)).find((a) => a.userId === userId);
  if (!found) throw new AppError('assessor_not_found');
  return found;
}

export async function addAffiliation(
  ctx: AppContext,
  principal: Principal,
  input: {
    userId: string;
    orgnr: string;
    role: AffiliationRole;
    orgName?: string | undefined;
    locale: Locale;
    at: Date;
  },
): Promise<void> {
  await readAssessor(ctx, input.userId);
  const orgnrProblem = affiliationOrgnrProblem(input.orgnr);
  if (orgnrProblem) {
    refuseProblems([{ path: 'orgnr', message: orgnrProblem }], input.locale);
    return;
  }
  const registered =
    (await findCompany(ctx.store.db, input.orgnr))?.name ??
    (await findInstitution(ctx.store.db, input.orgnr))?.name;
  const orgName = input.orgName?.trim() || registered;
  if (!orgName) {
    refuseProblems(
      [
        {
          path: 'orgName',
          message: {
            nb: 'organisasjonen finnes ikke i registeret; skriv navnet',
            nn: 'organisasjonen finst ikkje i registeret; skriv namnet',
            en: 'the organisation is not in the register; enter its name',
          },
        },
      ],
      input.locale,
    );
    return;
  }
  await inTransaction(ctx.store, async (tx) => {
    const id = randomUUID();
    const added = await insertAffiliation(tx, {
      id,
      user_id: input.userId,
      orgnr: input.orgnr,
      org_name: orgName,
      role: input.role,
      created_by: principal.userId,
      created_at: input.at.toISOString(),
    });
    if (!added) return;
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'assessor.affiliation_added',
      entityType: 'user',
      entityId: input.userId,
      detail: { affiliationId: id, orgnr: input.orgnr, orgName, role: input.role },
      at: input.at,
    });
  });
}

export async function removeAffiliation(
  ctx: AppContext,
  principal: Principal,
  input: { userId: string; affiliationId: string; at: Date },
): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const removed = await deleteAffiliation(tx, input.userId, input.affiliationId);
    if (!removed) throw new AppError('affiliation_not_found');
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'assessor.affiliation_removed',
      entityType: 'user',
      entityId: input.userId,
      detail: { affiliationId: removed.id, orgnr: removed.orgnr, role: removed.role },
      at: input.at,
    });
  });
}
