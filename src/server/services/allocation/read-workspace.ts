/**
 * The allocation workspace of a call (R27): the ranked cases with their scores, the cases not
 * ready and those outside (with their reason), the rank-order baseline, the scenarios and the
 * approved allocation in force.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { potTotals, grantedOf } from '../../../domain/allocation/pot.js';
import { listScenarios } from '../../../store/repositories/allocation.repository.js';
import type { AllocationWorkspace } from '../../../web/api/allocation-types.js';
import type { AppContext } from '../../context.js';
import type { Locale } from '../../i18n/locale.js';
import { loadAllocationCases } from './allocation-cases.js';
import { appliedOf, baselineOf, summaryOf } from './scenario-view.js';

export async function readWorkspace(
  ctx: AppContext,
  call: CallDefinition,
  locale: Locale,
): Promise<AllocationWorkspace> {
  const db = ctx.store.db;
  const [cases, scenarios] = await Promise.all([
    loadAllocationCases(db, call, locale),
    listScenarios(db, call.id),
  ]);
  const method = call.allocation;
  const baseline = baselineOf(call, cases, locale);
  return {
    callId: call.id,
    method: {
      rankBy: method.rankBy,
      atBudgetLine: method.atBudgetLine,
      reserveListLength: method.reserveListLength,
      limits: method.limits,
      citation: method.citation,
      criteria: call.criteria.map((c) => ({ id: c.id, title: c.title })),
      scale: { min: call.scale.min, max: call.scale.max },
    },
    potNok: call.potNok,
    cases: cases.ranked.map((r) => ({
      caseId: r.case.caseId,
      caseNumber: r.case.caseNumber,
      title: r.case.title,
      institutionOrgnr: r.case.institutionOrgnr,
      institutionName: r.case.institutionName,
      county: r.case.county,
      appliedNok: r.case.appliedNok,
      rank: r.rank,
      recommended: r.recommended,
      holistic: r.case.holistic ?? 'do_not_fund',
      meanScore: r.case.meanScore ?? 0,
      scores: cases.scores.get(r.case.caseId) ?? {},
      decidedBy: r.decidedBy,
      lotteryDraw: r.lotteryDraw,
      budgetLines: r.case.budgetLines,
    })),
    notReady: cases.notReady,
    excluded: cases.excluded,
    baseline: {
      entries: baseline.entries,
      totals: potTotals(call.potNok, appliedOf(cases), grantedOf(baseline.entries)),
      cutRank: baseline.cutRank,
    },
    scenarios: scenarios.map((s) => summaryOf(call, cases, s)),
    approvedScenarioId: scenarios.find((s) => s.state === 'approved')?.id ?? null,
  };
}
