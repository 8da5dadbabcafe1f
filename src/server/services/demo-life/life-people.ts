/**
 * The people of the demo's synthetic call life: one applicant user per application, the panel
 * of assessors (some with a registered tie, so the conflict check has something to avoid) and an
 * officer who records consensus. Created the way the personas are (seed-demo-data.ts), under
 * their own subject prefix and never offered in the sign-in picker.
 */
import type { Principal, RoleGrant } from '../../../domain/access/roles.js';
import type { CallLife, LifePerson } from '../../../domain/demo-life/generate-call-life.js';
import { listAffiliations } from '../../../store/repositories/assessments.repository.js';
import {
  findUserBySubject,
  loadPrincipal,
  setUserRoles,
  upsertUserBySubject,
} from '../../../store/repositories/users.repository.js';
import type { AppContext } from '../../context.js';
import { addAffiliation } from '../cases/assessors.js';

/** Subjects of the synthetic users: not the built-in provider's `dev-idp|`, so no one signs in. */
export const DEMO_LIFE_SUBJECT_PREFIX = 'demo-life|';

export interface LifePeople {
  applicants: Map<string, Principal>;
  assessors: Map<string, Principal>;
  officer: Principal;
}

export async function ensureUser(
  ctx: AppContext,
  person: LifePerson,
  roles: RoleGrant[],
  at: Date,
): Promise<Principal> {
  const subject = `${DEMO_LIFE_SUBJECT_PREFIX}${person.key}`;
  const db = ctx.store.db;
  const user =
    (await findUserBySubject(db, subject)) ??
    (await upsertUserBySubject(db, { subject, name: person.name, email: person.email }, at));
  await setUserRoles(db, user.id, roles, at);
  const principal = await loadPrincipal(db, user.id);
  if (!principal) throw new Error(`demo life: user ${subject} vanished`);
  return principal;
}

export async function ensureLifePeople(
  ctx: AppContext,
  life: CallLife,
  at: Date,
): Promise<LifePeople> {
  const officer = await ensureUser(
    ctx,
    life.officer,
    [{ role: 'officer', institutionOrgnr: null }],
    at,
  );
  const applicants = new Map<string, Principal>();
  for (const application of life.applications) {
    const grant: RoleGrant = { role: 'applicant', institutionOrgnr: application.institution.orgnr };
    applicants.set(
      application.applicant.key,
      await ensureUser(ctx, application.applicant, [grant], at),
    );
  }
  const assessors = new Map<string, Principal>();
  for (const assessor of life.assessors) {
    const principal = await ensureUser(
      ctx,
      assessor,
      [{ role: 'assessor', institutionOrgnr: null }],
      at,
    );
    assessors.set(assessor.key, principal);
    const tie = assessor.affiliation;
    if (!tie) continue;
    const held = await listAffiliations(ctx.store.db, [principal.userId]);
    if (held.some((a) => a.orgnr === tie.orgnr && a.role === tie.role)) continue;
    // The officer registers the tie, as in real life, with its audit event.
    await addAffiliation(ctx, officer, {
      userId: principal.userId,
      orgnr: tie.orgnr,
      role: tie.role,
      orgName: tie.orgName,
      locale: 'nb',
      at,
    });
  }
  return { applicants, assessors, officer };
}
