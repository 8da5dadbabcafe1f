/** Renaming a scenario that is still open to changes, and deleting a draft (R27). */
import type { Principal } from '../../../domain/access/roles.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  deleteScenario,
  lockScenario,
  updateScenario,
} from '../../../store/repositories/allocation.repository.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import type { ScenarioDetail } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { refuseFrozen } from './change-entry.js';
import { scenarioName } from './create-scenario.js';
import { recordScenarioEvent } from './record-event.js';
import { readScenario } from './scenario-access.js';

export async function renameScenario(
  ctx: AppContext,
  principal: Principal,
  input: { scenarioId: string; name: string; locale: Locale; at: Date },
): Promise<ScenarioDetail> {
  const name = scenarioName(input.name, input.locale);
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockScenario(tx, input.scenarioId);
    if (!row) throw new AppError('allocation_scenario_not_found');
    refuseFrozen(row.state);
    await updateScenario(tx, row.id, {
      name,
      version: row.version + 1,
      updated_by: principal.userId,
      updated_at: input.at.toISOString(),
    });
    await recordScenarioEvent(tx, principal, {
      scenarioId: row.id,
      callId: row.call_id,
      action: 'changed',
      comment: null,
      detail: { renamedFrom: row.name, name },
      at: input.at,
    });
  });
  return readScenario(ctx, input.scenarioId, input.locale);
}

export async function deleteDraftScenario(
  ctx: AppContext,
  principal: Principal,
  input: { scenarioId: string; at: Date },
): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockScenario(tx, input.scenarioId);
    if (!row) throw new AppError('allocation_scenario_not_found');
    if (row.state !== 'draft') throw new AppError('allocation_frozen');
    await deleteScenario(tx, row.id);
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'allocation.deleted',
      entityType: 'allocation_scenario',
      entityId: row.id,
      detail: { callId: row.call_id, name: row.name, grantedNok: Number(row.granted_total) },
      at: input.at,
    });
  });
}
