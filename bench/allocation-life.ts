/**
 * The 2 000 allocatable cases the allocation benchmarks share: the pure demo generator's
 * applications to the real call, with the real call's selection method, and its pot scaled to
 * the number of cases (the demo's own life is 40 applications for the 20 MNOK pot), so the sum
 * applied stays 2–3 times the pot as in the demo.
 */
import { join } from 'node:path';
import type { CallDefinition } from '../src/domain/call/call-schema.js';
import { caseFactsOf } from '../src/domain/cases/case-facts.js';
import { meanOf } from '../src/domain/cases/assessment-content.js';
import type { AllocationBudgetLine, AllocationCase } from '../src/domain/allocation/model.js';
import { generateCallLife, type CallLife } from '../src/domain/demo-life/generate-call-life.js';
import { loadCallDefinitions } from '../src/platform/load-calls.js';
import { lifeRegisters } from '../src/server/services/demo-life/life-registers.js';
import { caseNumberOf } from '../src/server/services/cases/intake.js';
import { ROOT } from './support.js';

export const CALL_ID = 'kompetanseloft-industriklynger-2021';
/** Applications the demo draws for the real call's pot (DEMO_LIFE.size). */
const DEMO_SIZE = 40;

export interface BenchLife {
  /** The real call with its money scaled: the pot, and the per-institution cap with it. */
  call: CallDefinition;
  /** The call exactly as published, for what is not scaled. */
  realCall: CallDefinition;
  scale: number;
  life: CallLife;
  /** Every application as allocation sees it once its consensus is recorded. */
  cases: AllocationCase[];
}

function budgetLinesOf(call: CallDefinition, content: Record<string, unknown>) {
  const lines: AllocationBudgetLine[] = [];
  for (const section of call.sections.filter((s) => s.kind === 'budget')) {
    const budget = content[section.id] as { lines?: Record<string, unknown>[] } | undefined;
    for (const l of budget?.lines ?? []) {
      lines.push({
        id: String(l.id),
        category: typeof l.category === 'string' ? l.category : null,
        phase: typeof l.phase === 'string' ? l.phase : null,
        description: typeof l.description === 'string' ? l.description : '',
        amountNok: typeof l.amountNok === 'number' ? l.amountNok : 0,
      });
    }
  }
  return lines;
}

/**
 * `size` cases with consensus. The pot and the per-institution cap are money that grows with the
 * number of cases, so both are multiplied by size / 40; the per-case limits (minimum and maximum
 * grant, partial share) and the minimum number of counties stay as the call has them.
 */
export function benchLife(size: number, seed = 'bench-allocation'): BenchLife {
  const realCall = loadCallDefinitions(join(ROOT, 'calls')).find((c) => c.id === CALL_ID);
  if (!realCall) throw new Error(`no call ${CALL_ID}`);
  const scale = size / DEMO_SIZE;
  const limits = realCall.allocation.limits;
  const call: CallDefinition = {
    ...realCall,
    potNok: Math.round(realCall.potNok * scale),
    allocation: {
      ...realCall.allocation,
      limits: {
        ...limits,
        ...(limits.maxPerInstitutionNok === undefined
          ? {}
          : { maxPerInstitutionNok: Math.round(limits.maxPerInstitutionNok * scale) }),
      },
    },
  };
  const life = generateCallLife({ seed, size, call, ...lifeRegisters() });
  const cases = life.applications.map((a, i): AllocationCase => {
    const facts = caseFactsOf(call, a.content);
    const consensus = a.assessment.consensus;
    return {
      caseId: `bench-case-${String(i + 1).padStart(5, '0')}`,
      caseNumber: caseNumberOf(call, i + 1),
      title: facts.title,
      institutionOrgnr: a.institution.orgnr,
      institutionName: a.institution.name,
      county: facts.county,
      appliedNok: facts.grantApplied,
      holistic: consensus.conclusion.recommendation,
      meanScore: meanOf(Object.values(consensus.scores).map((s) => s.score)),
      budgetLines: budgetLinesOf(call, a.content),
    };
  });
  return { call, realCall, scale, life, cases };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? 0;
}
