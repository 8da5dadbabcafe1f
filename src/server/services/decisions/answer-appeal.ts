/**
 * Handling a klage (R28): a preliminary reply when it will take long (fvl, provision
 * `preliminary-reply` in legal/), e-mailed to the party; forwarding to the appeal body with a
 * summary when the deciding body upholds its decision; and the appeal body's result, recorded and
 * told to the party. Each in one transaction with its history and audit event.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { AppealResult } from '../../../domain/decisions/appeal-state.js';
import { checkDecisionMove } from '../../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import { formatDate } from '../../../domain/rules/format.js';
import type { Locale } from '../../../domain/time/oslo.js';
import { inTransaction, type Tx } from '../../../store/create-store.js';
import { updateAppeal } from '../../../store/repositories/appeals.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  updateDecision,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import type { AppealDetail } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf } from '../applications/access.js';
import { refuseProblems } from '../cases/problems.js';
import { journalDecisionDocument } from '../journal/journal-decision-document.js';
import { rolesOf } from './approve-decision.js';
import { lockAppealForMove, mailTheParty, readAppeal } from './appeal-view.js';
import { recordDecisionEvent } from './decision-view.js';

const required = {
  nb: 'kan ikke være tomt',
  nn: 'kan ikkje vere tomt',
  en: 'must not be empty',
};

function requireText(path: string, text: string, locale: Locale): string {
  const trimmed = text.trim();
  if (trimmed === '') refuseProblems([{ path, message: required }], locale);
  return trimmed;
}

/** Moves the decision along the one table of moves, as the principal; 409 when it may not. */
export async function moveDecision(
  tx: Tx,
  principal: Principal,
  decision: DecisionListRow,
  to: 'forwarded' | 'reconsidered' | 'settled',
  at: Date,
  patch: Parameters<typeof updateDecision>[2] = {},
): Promise<void> {
  const check = checkDecisionMove({
    from: decision.state as 'appealed',
    to,
    actor: { userId: principal.userId, roles: rolesOf(principal) },
    draftedBy: decision.drafted_by,
    track: decision.track as LegalTrack,
  });
  if (!check.ok) throw new AppError('decision_move_refused');
  await updateDecision(tx, decision.id, {
    ...patch,
    state: to,
    version: decision.version + 1,
    updated_at: at.toISOString(),
  });
}

export async function sendPreliminaryReply(
  ctx: AppContext,
  principal: Principal,
  appealId: string,
  body: { text: string; expectedBy: string },
  locale: Locale,
  at: Date,
): Promise<AppealDetail> {
  const text = requireText('text', body.text, locale);
  await inTransaction(ctx.store, async (tx) => {
    const { appeal, decision } = await lockAppealForMove(tx, appealId, 'preliminary_reply_sent');
    const iso = at.toISOString();
    await updateAppeal(tx, appeal.id, {
      state: 'preliminary_reply_sent',
      preliminary_text: text,
      preliminary_expected_by: body.expectedBy,
      preliminary_sent_at: iso,
      version: appeal.version + 1,
    });
    await journalDecisionDocument(tx, ctx, principal, decision, {
      kind: 'preliminary-reply',
      ref: appeal.id,
      at,
    });
    const recipients = await mailTheParty(
      tx,
      decision,
      'appeal-reply',
      (l) => ({ text, expectedBy: formatDate(body.expectedBy, l) }),
      appeal.id,
    );
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'appeal.preliminary_reply',
      entityType: 'appeal',
      entityId: appeal.id,
      detail: { decisionId: decision.id, expectedBy: body.expectedBy, recipients },
      at,
    });
  });
  return readAppeal(ctx.store.db, appealId);
}

export async function forwardAppeal(
  ctx: AppContext,
  principal: Principal,
  appealId: string,
  body: { summary: string },
  locale: Locale,
  at: Date,
): Promise<AppealDetail> {
  const summary = requireText('summary', body.summary, locale);
  await inTransaction(ctx.store, async (tx) => {
    const { appeal, decision } = await lockAppealForMove(tx, appealId, 'forwarded');
    await moveDecision(tx, principal, decision, 'forwarded', at);
    await journalDecisionDocument(tx, ctx, principal, decision, {
      kind: 'appeal-forwarded',
      ref: appeal.id,
      at,
    });
    await updateAppeal(tx, appeal.id, {
      state: 'forwarded',
      forward_summary: summary,
      forwarded_at: at.toISOString(),
      version: appeal.version + 1,
    });
    await recordDecisionEvent(tx, principal, {
      decisionId: decision.id,
      callId: decision.call_id,
      action: 'forwarded',
      comment: summary,
      detail: { appealId: appeal.id },
      at,
    });
  });
  return readAppeal(ctx.store.db, appealId);
}

const RESULT_LABEL: Record<AppealResult, Record<'nb' | 'nn', string>> = {
  upheld: { nb: 'vedtaket er stadfestet', nn: 'vedtaket er stadfesta' },
  changed: { nb: 'vedtaket er endret', nn: 'vedtaket er endra' },
  quashed: { nb: 'vedtaket er opphevet', nn: 'vedtaket er oppheva' },
};

export async function settleAppeal(
  ctx: AppContext,
  principal: Principal,
  appealId: string,
  body: { result: AppealResult; text: string },
  locale: Locale,
  at: Date,
): Promise<AppealDetail> {
  const text = requireText('text', body.text, locale);
  await inTransaction(ctx.store, async (tx) => {
    const { appeal, decision } = await lockAppealForMove(tx, appealId, 'settled');
    const call = callOf(ctx, decision.call_id);
    await moveDecision(tx, principal, decision, 'settled', at);
    await journalDecisionDocument(tx, ctx, principal, decision, {
      kind: 'appeal-result',
      ref: appeal.id,
      at,
    });
    await updateAppeal(tx, appeal.id, {
      state: 'settled',
      result: body.result,
      result_text: text,
      result_at: at.toISOString(),
      version: appeal.version + 1,
    });
    await mailTheParty(
      tx,
      decision,
      'appeal-result',
      (l) => ({
        appealBody: call.decision.appealBody[l],
        result: RESULT_LABEL[body.result][l],
        text,
      }),
      appeal.id,
    );
    await recordDecisionEvent(tx, principal, {
      decisionId: decision.id,
      callId: decision.call_id,
      action: 'settled',
      comment: text,
      detail: { appealId: appeal.id, result: body.result },
      at,
    });
  });
  return readAppeal(ctx.store.db, appealId);
}
