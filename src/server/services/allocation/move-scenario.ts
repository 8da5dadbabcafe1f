/**
 * Four eyes (R27): the officer proposes a scenario as the allocation (innstilling) once every
 * departure from the rank order has a written reason and the call's limits hold; the leader
 * approves it or returns it with a comment. Approving supersedes the allocation approved before;
 * an approved allocation is frozen. The one table of moves (`canMove`) decides what is allowed.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { departuresOf, unexplainedDepartures } from '../../../domain/allocation/departures.js';
import { limitProblems } from '../../../domain/allocation/limits.js';
import { canMove, type ScenarioState } from '../../../domain/allocation/model.js';
import { inTransaction, type Tx } from '../../../store/create-store.js';
import type { AllocationScenarioRow } from '../../../store/database.js';
import {
  listEntries,
  listScenarioEvents,
  lockScenario,
  lockScenariosInState,
  updateScenario,
} from '../../../store/repositories/allocation.repository.js';
import type { ScenarioDetail } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { refuseProblems } from '../cases/problems.js';
import { loadAllocationCases } from './allocation-cases.js';
import { recordScenarioEvent } from './record-event.js';
import { readScenario } from './scenario-access.js';
import { baselineOf, entriesInRankOrder } from './scenario-view.js';

interface MoveInput {
  scenarioId: string;
  comment: string | null;
  locale: Locale;
  at: Date;
}

const commentRequired = {
  nb: 'skriv hva som må endres',
  nn: 'skriv kva som må endrast',
  en: 'write what needs changing',
};

async function move(
  ctx: AppContext,
  principal: Principal,
  input: MoveInput,
  to: ScenarioState,
  check: (tx: Tx, row: AllocationScenarioRow) => Promise<void>,
): Promise<ScenarioDetail> {
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockScenario(tx, input.scenarioId);
    if (!row) throw new AppError('allocation_scenario_not_found');
    const call = callOf(ctx, row.call_id);
    if (!canMove(row.state as ScenarioState, to)) throw new AppError('allocation_move_refused');
    await check(tx, row);
    const iso = input.at.toISOString();
    if (to === 'approved') {
      for (const earlier of await lockScenariosInState(tx, call.id, 'approved')) {
        await updateScenario(tx, earlier.id, {
          state: 'superseded',
          version: earlier.version + 1,
          updated_by: principal.userId,
          updated_at: iso,
        });
        await recordScenarioEvent(tx, principal, {
          scenarioId: earlier.id,
          callId: call.id,
          action: 'superseded',
          comment: null,
          detail: { by: row.id },
          at: input.at,
        });
      }
    }
    await updateScenario(tx, row.id, {
      state: to,
      version: row.version + 1,
      updated_by: principal.userId,
      updated_at: iso,
    });
    await recordScenarioEvent(tx, principal, {
      scenarioId: row.id,
      callId: call.id,
      action: to === 'proposed' ? 'proposed' : to === 'approved' ? 'approved' : 'returned',
      comment: input.comment,
      detail: { name: row.name, grantedNok: Number(row.granted_total), from: row.state },
      at: input.at,
    });
  });
  return readScenario(ctx, input.scenarioId, input.locale);
}

export function proposeScenario(ctx: AppContext, principal: Principal, input: MoveInput) {
  return move(ctx, principal, input, 'proposed', async (tx, row) => {
    const call = callOf(ctx, row.call_id);
    const cases = await loadAllocationCases(tx, call, input.locale);
    const entries = entriesInRankOrder(cases, await listEntries(tx, row.id));
    const baseline = baselineOf(call, cases, input.locale);
    const caseIds = unexplainedDepartures(departuresOf(baseline.entries, entries));
    if (caseIds.length > 0) {
      throw new AppError('allocation_departures_unexplained', { extensions: { caseIds } });
    }
    const all = cases.ranked.map((r) => r.case);
    const problems = limitProblems(call.allocation, call.potNok, all, entries);
    if (problems.length > 0) {
      throw new AppError('allocation_limits_broken', {
        fieldErrors: problems.map((p) => ({ path: p.limit, message: p.message[input.locale] })),
        extensions: { problems },
      });
    }
  });
}

/** The leader approves; not the officer who proposed it (four eyes, even with both roles). */
export function approveScenario(ctx: AppContext, principal: Principal, input: MoveInput) {
  return move(ctx, principal, input, 'approved', async (tx, row) => {
    const proposed = (await listScenarioEvents(tx, row.id)).filter((e) => e.action === 'proposed');
    if (proposed.at(-1)?.actor_user_id === principal.userId) {
      throw new AppError('allocation_four_eyes');
    }
  });
}

export function returnScenario(ctx: AppContext, principal: Principal, input: MoveInput) {
  const comment = input.comment?.trim() ?? '';
  if (comment === '') refuseProblems([{ path: 'comment', message: commentRequired }], input.locale);
  return move(ctx, principal, { ...input, comment }, 'returned', () => Promise.resolve());
}
