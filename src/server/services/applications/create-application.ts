import { randomUUID } from 'node:crypto';
import { canActForInstitution } from '../../../domain/access/policy.js';
import type { Principal } from '../../../domain/access/roles.js';
import { callPhaseAt } from '../../../domain/call/call-phase.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { evaluateFormalRules, type Finding } from '../../../domain/rules/index.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction, type DbOrTx } from '../../../store/create-store.js';
import { insertApplication } from '../../../store/repositories/applications.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf } from './access.js';
import { loadRuleInput } from './load-rule-input.js';

/** The eligibility findings (R4) for an institution applying to a call: empty when eligible. */
export async function findEligibilityProblems(
  db: DbOrTx,
  call: CallDefinition,
  institutionOrgnr: string,
): Promise<Finding[]> {
  const input = await loadRuleInput(db, call, institutionOrgnr, {});
  return evaluateFormalRules(input).filter(
    (f) => f.requirementId === call.eligibility.requirementId && f.severity === 'error',
  );
}

export async function createApplication(
  ctx: AppContext,
  principal: Principal,
  input: { callId: string; institutionOrgnr: string; locale: Locale },
): Promise<{ id: string }> {
  const call = callOf(ctx, input.callId);
  const now = ctx.clock.now();
  if (callPhaseAt(call, now) !== 'open') throw new AppError('call_not_open');
  if (!canActForInstitution(principal, input.institutionOrgnr)) {
    throw new AppError('not_your_institution');
  }
  const problems = await findEligibilityProblems(ctx.store.db, call, input.institutionOrgnr);
  if (problems.length > 0) {
    throw new AppError('institution_not_eligible', {
      fieldErrors: problems.map((f) => ({
        path: 'institutionOrgnr',
        message: f.message[input.locale],
      })),
    });
  }
  const id = randomUUID();
  const at = now.toISOString();
  await inTransaction(ctx.store, async (tx) => {
    await insertApplication(tx, {
      id,
      call_id: call.id,
      institution_orgnr: input.institutionOrgnr,
      status: 'draft',
      created_at: at,
      created_by: principal.userId,
      updated_at: at,
      updated_by: principal.userId,
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'application.created',
      entityType: 'application',
      entityId: id,
      detail: { callId: call.id, institutionOrgnr: input.institutionOrgnr },
      at: now,
    });
  });
  return { id };
}
