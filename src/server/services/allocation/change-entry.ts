/**
 * One officer's change of one entry of a scenario (R27), in one transaction that locks the
 * scenario row: the change is judged against the entry as the officer last saw it (another
 * entry changed meanwhile never conflicts; this entry changed meanwhile is a 409 with what is
 * stored now), the entry's own rules, the reserve list's length, and the pot against the grants
 * stored at this moment. The scenario's total is kept equal to the sum of its entries.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import {
  entryProblems,
  normalizeEntry,
  refusedEntry,
  reserveListFull,
} from '../../../domain/allocation/entry-rules.js';
import { isEditable, type ScenarioState } from '../../../domain/allocation/model.js';
import { fitsThePot, potExceeded, potRoom } from '../../../domain/allocation/pot.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  countReserve,
  findEntry,
  lockScenario,
  shiftReserve,
  sumGrants,
  updateScenario,
  upsertEntry,
} from '../../../store/repositories/allocation.repository.js';
import type { EntryChangeBody, ScenarioDetail } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { refuseProblems } from '../cases/problems.js';
import { loadAllocationCase } from './allocation-cases.js';
import { recordScenarioEvent } from './record-event.js';
import { readScenario } from './scenario-access.js';
import { entryOfRow } from './scenario-view.js';

/** Refuses a change to a scenario no longer open to changes. */
export function refuseFrozen(state: string): void {
  if (!isEditable(state as ScenarioState)) throw new AppError('allocation_frozen');
}

export async function changeEntry(
  ctx: AppContext,
  principal: Principal,
  input: { scenarioId: string; caseId: string; body: EntryChangeBody; locale: Locale; at: Date },
): Promise<ScenarioDetail> {
  const { scenarioId, caseId, body, locale, at } = input;
  await inTransaction(ctx.store, async (tx) => {
    const scenario = await lockScenario(tx, scenarioId);
    if (!scenario) throw new AppError('allocation_scenario_not_found');
    const call: CallDefinition = callOf(ctx, scenario.call_id);
    refuseFrozen(scenario.state);
    const theCase = await loadAllocationCase(tx, call, caseId);
    if (!theCase) throw new AppError('allocation_case_not_allocatable');

    const stored = await findEntry(tx, scenarioId, caseId);
    const current = stored ? entryOfRow(stored) : { ...refusedEntry(caseId), version: 0 };
    if (current.version !== body.baseVersion) {
      throw new AppError('allocation_entry_changed', { extensions: { current } });
    }
    const entry = normalizeEntry({ caseId, ...body });
    refuseProblems(entryProblems(call.allocation, theCase, entry), locale);

    if (entry.placement === 'reserve' && current.placement !== 'reserve') {
      const length = call.allocation.reserveListLength;
      if ((await countReserve(tx, scenarioId, caseId)) >= length) {
        refuseProblems([{ path: 'reservePosition', message: reserveListFull(length) }], locale);
      }
    }
    const others = await sumGrants(tx, scenarioId, caseId);
    const grant = entry.placement === 'main' ? (entry.grantNok ?? 0) : 0;
    if (!fitsThePot(call.potNok, others, grant)) {
      const remainingNok = potRoom(call.potNok, others);
      throw new AppError('allocation_pot_exceeded', {
        detail: potExceeded(remainingNok),
        extensions: { remainingNok },
      });
    }
    if (entry.placement === 'reserve' && entry.reservePosition !== null) {
      await shiftReserve(tx, scenarioId, entry.reservePosition, caseId);
    }
    const iso = at.toISOString();
    await upsertEntry(tx, {
      scenario_id: scenarioId,
      case_id: caseId,
      placement: entry.placement,
      grant_nok: entry.placement === 'main' ? entry.grantNok : null,
      reduction: entry.reduction ? JSON.stringify(entry.reduction) : null,
      reserve_position: entry.placement === 'reserve' ? entry.reservePosition : null,
      departure_reason: entry.departureReason,
      version: current.version + 1,
      updated_by: principal.userId,
      updated_at: iso,
    });
    await updateScenario(tx, scenarioId, {
      granted_total: others + grant,
      version: scenario.version + 1,
      updated_by: principal.userId,
      updated_at: iso,
    });
    await recordScenarioEvent(tx, principal, {
      scenarioId,
      callId: call.id,
      action: 'changed',
      caseId,
      detail: {
        caseNumber: theCase.caseNumber,
        before: { ...current },
        after: { ...entry, version: current.version + 1 },
        grantedNok: others + grant,
      },
      at,
    });
  });
  return readScenario(ctx, scenarioId, locale);
}
