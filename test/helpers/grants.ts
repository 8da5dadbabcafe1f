/**
 * Issued grants made straight in the database (the decision journey itself is tested in
 * routes/decisions): cases seeded as for allocation, each with an innvilget decision in force,
 * issued at the given instant, so follow-up tests start where the grantee gets the letter.
 */
import { randomUUID } from 'node:crypto';
import type { CallDefinition } from '../../src/domain/call/call-schema.js';
import type { TestApp } from './test-app.js';
import { seedAllocatableCases } from './allocation.js';

export interface SeededGrant {
  decisionId: string;
  caseId: string;
  applicationId: string;
  orgnr: string;
  grantNok: number;
}

export async function seedIssuedGrants(
  t: TestApp,
  call: CallDefinition,
  grants: readonly { orgnr: string; grantNok: number }[],
  options: { issuedAt: Date; firstSeq: number },
): Promise<SeededGrant[]> {
  const db = t.ctx.store.db;
  const orgnrs = (
    await db.selectFrom('institution').select('orgnr').orderBy('orgnr').execute()
  ).map((r) => r.orgnr);
  const seeded = await seedAllocatableCases(
    db,
    call,
    grants.map((g) => ({
      appliedNok: g.grantNok,
      holistic: 'fund' as const,
      score: 6,
      county: 'Trøndelag',
      institution: orgnrs.indexOf(g.orgnr),
    })),
    { firstSeq: options.firstSeq },
  );
  const user = await db.selectFrom('app_user').select('id').orderBy('id').executeTakeFirstOrThrow();
  const iso = options.issuedAt.toISOString();
  const out: SeededGrant[] = [];
  for (const [i, s] of seeded.entries()) {
    const grant = grants[i];
    if (!grant) continue;
    const row = await db
      .selectFrom('case_file')
      .select(['application_id', 'institution_orgnr'])
      .where('id', '=', s.caseId)
      .executeTakeFirstOrThrow();
    const id = randomUUID();
    await db
      .insertInto('decision')
      .values({
        id,
        call_id: call.id,
        case_id: s.caseId,
        active_case_id: s.caseId,
        scenario_id: null,
        kind: 'innvilget',
        outcome: JSON.stringify({ kind: 'innvilget' }),
        track: 'tilskuddsbrev',
        state: 'issued',
        language: 'nb',
        applied_nok: grant.grantNok,
        grant_nok: grant.grantNok,
        reserve_position: null,
        reasons: JSON.stringify({ lines: [] }),
        version: 1,
        drafted_by: user.id,
        drafted_at: iso,
        approved_by: user.id,
        approved_at: iso,
        issued_at: iso,
        assumed_received_at: iso,
        appeal_deadline: null,
        letter_pdf: null,
        letter_sha256: null,
        replaces: null,
        superseded_by: null,
        updated_at: iso,
      })
      .execute();
    out.push({
      decisionId: id,
      caseId: s.caseId,
      applicationId: row.application_id,
      orgnr: row.institution_orgnr,
      grantNok: grant.grantNok,
    });
  }
  return out;
}
