/**
 * A scenario's history and the audit trail, written together in the changing transaction: the
 * history is what the workspace shows, the audit event what the trail proves (who placed, changed,
 * proposed, returned, approved what).
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import type { Tx } from '../../../store/create-store.js';
import { appendScenarioEvent } from '../../../store/repositories/allocation.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { ScenarioHistoryItem } from '../../../web/api/allocation-types.js';

export async function recordScenarioEvent(
  tx: Tx,
  principal: Principal,
  input: {
    scenarioId: string;
    callId: string;
    action: ScenarioHistoryItem['action'];
    caseId?: string | null;
    comment?: string | null;
    detail?: Record<string, unknown>;
    at: Date;
  },
): Promise<void> {
  await appendScenarioEvent(tx, {
    id: randomUUID(),
    scenario_id: input.scenarioId,
    action: input.action,
    case_id: input.caseId ?? null,
    comment: input.comment ?? null,
    actor_user_id: principal.userId,
    at: input.at.toISOString(),
  });
  await appendAuditEvent(tx, {
    actor: principal,
    action: `allocation.${input.action}`,
    entityType: 'allocation_scenario',
    entityId: input.scenarioId,
    detail: {
      callId: input.callId,
      caseId: input.caseId ?? null,
      comment: input.comment ?? null,
      ...input.detail,
    },
    at: input.at,
  });
}
