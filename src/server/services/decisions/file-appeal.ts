/**
 * A party files a klage (R28): only on an enkeltvedtak (a tilskuddsbrev gives no right to
 * appeal: 422 `appeal_not_open`), once per decision. A klage after the deadline is taken in and
 * flagged with the date it came, never refused; the officer decides whether it is still heard.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import { checkDecisionMove } from '../../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import type { AppealState } from '../../../domain/decisions/appeal-state.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  findAppealOfDecision,
  insertAppeal,
} from '../../../store/repositories/appeals.repository.js';
import { lockDecision, updateDecision } from '../../../store/repositories/decisions.repository.js';
import type { OwnAppeal } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { journalDecisionDocument } from '../journal/journal-decision-document.js';
import { refuseProblems } from '../cases/problems.js';
import { rolesOf } from './approve-decision.js';
import { recordDecisionEvent } from './decision-view.js';
import { findOwnIssuedDecision } from './own-decision.js';

const textRequired = {
  nb: 'skriv hva dere klager på og hvorfor',
  nn: 'skriv kva de klagar på og kvifor',
  en: 'write what you appeal against and why',
};

export async function fileAppeal(
  ctx: AppContext,
  principal: Principal,
  applicationId: string,
  body: { text: string },
  locale: Locale,
  at: Date,
): Promise<OwnAppeal> {
  const text = body.text.trim();
  if (text === '') refuseProblems([{ path: 'text', message: textRequired }], locale);
  const found = await findOwnIssuedDecision(ctx.store.db, principal, applicationId);
  const id = randomUUID();
  const late = await inTransaction(ctx.store, async (tx) => {
    const decision = await lockDecision(tx, found.id);
    if (!decision) throw new AppError('decision_not_found');
    const move = checkDecisionMove({
      from: decision.state as 'issued',
      to: 'appealed',
      actor: { userId: principal.userId, roles: rolesOf(principal) },
      draftedBy: decision.drafted_by,
      track: decision.track as LegalTrack,
    });
    if (!move.ok || decision.kind === 'reserve' || decision.appeal_deadline === null) {
      throw new AppError('appeal_not_open');
    }
    if (await findAppealOfDecision(tx, decision.id)) throw new AppError('appeal_not_open');
    // In time when sent at or before the deadline's last second (fvl: sent before it runs out).
    const isLate = at.getTime() > new Date(decision.appeal_deadline).getTime() + 999;
    const iso = at.toISOString();
    await insertAppeal(tx, {
      id,
      decision_id: decision.id,
      call_id: decision.call_id,
      text,
      filed_by: principal.userId,
      received_at: iso,
      deadline: decision.appeal_deadline,
      late: isLate ? 1 : 0,
      state: 'received' satisfies AppealState,
      preliminary_text: null,
      preliminary_expected_by: null,
      preliminary_sent_at: null,
      forward_summary: null,
      forwarded_at: null,
      new_decision_id: null,
      result: null,
      result_text: null,
      result_at: null,
      version: 1,
    });
    await journalDecisionDocument(tx, ctx, principal, decision, {
      kind: 'appeal',
      ref: id,
      at,
    });
    await updateDecision(tx, decision.id, {
      state: 'appealed',
      version: decision.version + 1,
      updated_at: iso,
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: decision.id,
      callId: decision.call_id,
      action: 'appealed',
      comment: isLate ? `late: received ${iso}, deadline ${decision.appeal_deadline}` : null,
      detail: { appealId: id, late: isLate, deadline: decision.appeal_deadline },
      at,
    });
    return isLate;
  });
  return { id, receivedAt: at.toISOString(), late, state: 'received' };
}
