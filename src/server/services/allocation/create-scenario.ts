/**
 * A new scenario of a call (R27): empty (every case refused), from the rank-order baseline, or a
 * copy of another scenario of the same call — the way to change an approved allocation, which is
 * frozen: the copy is a draft that needs its own proposal and approval.
 */
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type {
  Explanation,
  ScenarioEntry,
  ScenarioOrigin,
  SolverRecord,
} from '../../../domain/allocation/model.js';
import { grantedOf } from '../../../domain/allocation/pot.js';
import { inTransaction, type Tx } from '../../../store/create-store.js';
import {
  findScenario,
  insertEntries,
  insertScenario,
  listEntries,
} from '../../../store/repositories/allocation.repository.js';
import type { NewScenarioBody, ScenarioDetail } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { refuseProblems } from '../cases/problems.js';
import { loadAllocationCases } from './allocation-cases.js';
import { recordScenarioEvent } from './record-event.js';
import { readScenario } from './scenario-access.js';
import { baselineOf, entryOfRow } from './scenario-view.js';

export const nameRequired = {
  nb: 'gi scenarioet et navn',
  nn: 'gi scenarioet eit namn',
  en: 'give the scenario a name',
};

/** The trimmed name, or a 422 naming the field. */
export function scenarioName(name: string, locale: Locale): string {
  const trimmed = name.trim();
  if (trimmed === '') refuseProblems([{ path: 'name', message: nameRequired }], locale);
  return trimmed;
}

export interface NewScenario {
  name: string;
  origin: ScenarioOrigin;
  entries: readonly ScenarioEntry[];
  copiedFrom?: string | null;
  solver?: SolverRecord | null;
  explanations?: Explanation[] | null;
}

/** Inserts the scenario, its entries (refused ones are left out: no row is refused) and its first history line. */
export async function insertNewScenario(
  tx: Tx,
  principal: Principal,
  call: CallDefinition,
  input: NewScenario,
  at: Date,
): Promise<string> {
  const id = randomUUID();
  const iso = at.toISOString();
  const placed = input.entries.filter((e) => e.placement !== 'refused');
  await insertScenario(tx, {
    id,
    call_id: call.id,
    name: input.name,
    origin: input.origin,
    state: 'draft',
    version: 1,
    granted_total: grantedOf(placed),
    copied_from: input.copiedFrom ?? null,
    solver: input.solver ? JSON.stringify(input.solver) : null,
    explanations: input.explanations ? JSON.stringify(input.explanations) : null,
    created_by: principal.userId,
    created_at: iso,
    updated_by: principal.userId,
    updated_at: iso,
  });
  await insertEntries(
    tx,
    placed.map((e) => ({
      scenario_id: id,
      case_id: e.caseId,
      placement: e.placement,
      grant_nok: e.placement === 'main' ? e.grantNok : null,
      reduction: e.reduction ? JSON.stringify(e.reduction) : null,
      reserve_position: e.placement === 'reserve' ? e.reservePosition : null,
      departure_reason: e.departureReason,
      version: 1,
      updated_by: principal.userId,
      updated_at: iso,
    })),
  );
  await recordScenarioEvent(tx, principal, {
    scenarioId: id,
    callId: call.id,
    action: input.origin === 'copy' ? 'copied' : 'created',
    comment: null,
    detail: {
      name: input.name,
      origin: input.origin,
      copiedFrom: input.copiedFrom ?? null,
      grantedNok: grantedOf(placed),
      entries: placed.length,
      inputHash: input.solver?.inputHash ?? null,
    },
    at,
  });
  return id;
}

export async function createScenario(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
  body: NewScenarioBody,
  locale: Locale,
  at: Date,
): Promise<ScenarioDetail> {
  const name = scenarioName(body.name, locale);
  const id = await inTransaction(ctx.store, async (tx) => {
    if (body.from === 'copy') {
      const source = await findScenario(tx, body.scenarioId);
      if (!source || source.call_id !== call.id)
        throw new AppError('allocation_scenario_not_found');
      const entries = (await listEntries(tx, source.id)).map(entryOfRow);
      return insertNewScenario(
        tx,
        principal,
        call,
        { name, origin: 'copy', entries, copiedFrom: source.id },
        at,
      );
    }
    const entries =
      body.from === 'greedy'
        ? baselineOf(call, await loadAllocationCases(tx, call, locale), locale).entries
        : [];
    return insertNewScenario(
      tx,
      principal,
      call,
      { name, origin: body.from === 'greedy' ? 'greedy' : 'manual', entries },
      at,
    );
  });
  return readScenario(ctx, id, locale);
}
