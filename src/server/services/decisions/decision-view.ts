/**
 * Decision rows as the API answers them (src/web/api/decision-types.ts), and the one place a
 * decision's history and audit event are written together, in the changing transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import type { DecisionState } from '../../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import type { DecisionReasons } from '../../../domain/decisions/reasons.js';
import type { DbOrTx, Tx } from '../../../store/create-store.js';
import type { DecisionJobRow } from '../../../store/decision-tables.js';
import { findAppealOfDecision } from '../../../store/repositories/appeals.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  appendDecisionEvent,
  findDecision,
  listDecisionEvents,
  listUserNames,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import type {
  DecisionDetail,
  DecisionHistoryItem,
  DecisionJob,
  DecisionKind,
  DecisionSummary,
} from '../../../web/api/decision-types.js';
import type { Locale } from '../../../web/api/types.js';
import { AppError } from '../../errors/catalogue.js';

export function summaryOf(row: DecisionListRow, names: Map<string, string>): DecisionSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    title: row.title,
    institutionName: row.institution_name,
    kind: row.kind as DecisionKind,
    track: row.track as LegalTrack,
    state: row.state as DecisionState,
    appliedNok: row.applied_nok,
    grantNok: row.grant_nok,
    reservePosition: row.reserve_position,
    language: row.language as Locale,
    draftedBy: names.get(row.drafted_by) ?? row.drafted_by,
    approvedBy: row.approved_by === null ? null : (names.get(row.approved_by) ?? row.approved_by),
    issuedAt: row.issued_at,
    version: row.version,
  };
}

export function namesNeeded(rows: readonly DecisionListRow[]): string[] {
  return rows.flatMap((r) => (r.approved_by ? [r.drafted_by, r.approved_by] : [r.drafted_by]));
}

export async function loadDecisionRow(db: DbOrTx, id: string): Promise<DecisionListRow> {
  const row = await findDecision(db, id);
  if (!row) throw new AppError('decision_not_found');
  return row;
}

export async function readDecisionDetail(db: DbOrTx, id: string): Promise<DecisionDetail> {
  const row = await loadDecisionRow(db, id);
  const [events, appeal, names] = await Promise.all([
    listDecisionEvents(db, id),
    findAppealOfDecision(db, id),
    listUserNames(db, namesNeeded([row])),
  ]);
  return {
    ...summaryOf(row, names),
    reasons: JSON.parse(row.reasons) as DecisionReasons,
    letterSha256: row.letter_sha256,
    appealDeadline: row.appeal_deadline,
    history: events.map((e) => ({
      at: e.at,
      by: e.actor_name,
      action: e.action as DecisionHistoryItem['action'],
      comment: e.comment,
    })),
    appealId: appeal?.id ?? null,
  };
}

export function jobOf(row: DecisionJobRow): DecisionJob {
  return {
    id: row.id,
    kind: row.kind as DecisionJob['kind'],
    state: row.state as DecisionJob['state'],
    done: row.done,
    total: row.total,
    error: row.error,
  };
}

export async function recordDecisionEvent(
  tx: Tx,
  actor: Principal,
  input: {
    decisionId: string;
    callId: string;
    action: DecisionHistoryItem['action'];
    comment?: string | null;
    detail?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await appendDecisionEvent(tx, {
    id: randomUUID(),
    decision_id: input.decisionId,
    action: input.action,
    comment: input.comment ?? null,
    actor_user_id: actor.userId,
    at: input.at.toISOString(),
  });
  await appendAuditEvent(tx, {
    actor,
    action: `decision.${input.action}`,
    entityType: 'decision',
    entityId: input.decisionId,
    detail: { callId: input.callId, comment: input.comment ?? null, ...input.detail },
    at: input.at,
  });
}
