/**
 * Consensus (R24–R25): with the individual assessments side by side, the officer records a
 * consensus score and text per criterion, a holistic conclusion, and any dissent.
 */
import type { Principal } from '../../../domain/access/roles.js';
import {
  consensusProblems,
  type ConsensusContent,
} from '../../../domain/cases/assessment-content.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import { lockCase } from '../../../store/repositories/cases.repository.js';
import {
  findConsensus,
  listSubmittedAssessments,
  upsertConsensus,
} from '../../../store/repositories/assessments.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { refuseProblems } from './problems.js';
import { refreshCase } from './read-case.js';

export async function recordConsensus(
  ctx: AppContext,
  principal: Principal,
  input: { caseId: string; content: ConsensusContent; locale: Locale; at: Date },
): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw new AppError('case_not_found');
    const call = callOf(ctx, row.call_id);
    if (row.formal_result === 'pending') throw new AppError('formal_check_pending');
    if (row.formal_result === 'proposed_rejection') throw new AppError('case_not_assessable');
    refuseProblems(consensusProblems(call, input.content), input.locale);
    if ((await listSubmittedAssessments(tx, [row.id])).length === 0) {
      throw new AppError('consensus_needs_assessment');
    }
    const earlier = await findConsensus(tx, row.id);
    const content: ConsensusContent = {
      ...input.content,
      dissent: input.content.dissent?.trim() || null,
    };
    await upsertConsensus(tx, {
      case_id: row.id,
      content: JSON.stringify(content),
      version: (earlier?.version ?? 0) + 1,
      recorded_by: principal.userId,
      recorded_at: input.at.toISOString(),
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'case.consensus_recorded',
      entityType: 'case',
      entityId: row.id,
      detail: { caseNumber: row.case_number, version: (earlier?.version ?? 0) + 1, content },
      at: input.at,
    });
    await refreshCase(tx, call, row.id, input.at);
  });
}
