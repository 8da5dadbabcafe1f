/**
 * The officer edits a drafted decision's reasons (R28): drafted only; a save based on an older
 * version is refused with what is stored now (409 `decision_changed`); reasons are never empty
 * (422 naming the part or line). What is stored is what the letter prints.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { reasonsProblems, type DecisionReasons } from '../../../domain/decisions/reasons.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import { lockDecision, updateDecision } from '../../../store/repositories/decisions.repository.js';
import type { DecisionDetail, ReasonsChangeBody } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { refuseProblems } from '../cases/problems.js';
import { readDecisionDetail, recordDecisionEvent } from './decision-view.js';

export async function changeReasons(
  ctx: AppContext,
  principal: Principal,
  decisionId: string,
  body: ReasonsChangeBody,
  locale: Locale,
  at: Date,
): Promise<DecisionDetail> {
  refuseProblems(
    reasonsProblems(body.reasons).map((p) => ({ path: `reasons.${p.path}`, message: p.message })),
    locale,
  );
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockDecision(tx, decisionId);
    if (!row) throw new AppError('decision_not_found');
    if (row.version !== body.baseVersion) {
      throw new AppError('decision_changed', {
        extensions: { current: await readDecisionDetail(tx, decisionId) },
      });
    }
    if (row.state !== 'drafted') throw new AppError('decision_move_refused');
    const stored = JSON.parse(row.reasons) as DecisionReasons;
    // The letter's language is the decision's, whatever the editor's screen was in.
    const reasons: DecisionReasons = { ...body.reasons, locale: stored.locale };
    await updateDecision(tx, row.id, {
      reasons: JSON.stringify(reasons),
      version: row.version + 1,
      updated_at: at.toISOString(),
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: row.id,
      callId: row.call_id,
      action: 'reasons_edited',
      detail: { version: row.version + 1 },
      at,
    });
  });
  return readDecisionDetail(ctx.store.db, decisionId);
}
