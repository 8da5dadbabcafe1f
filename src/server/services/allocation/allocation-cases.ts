/**
 * The cases of a call as allocation sees them (R27): those with a consensus are allocatable and
 * ranked; those still without one are not ready; those the formal check proposes to reject stay
 * outside every scenario, with the confirmed findings as their reason. Budget lines come from the
 * submitted snapshot; a snapshot never changes, so its lines are kept in memory by submission id.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { ConsensusContent } from '../../../domain/cases/assessment-content.js';
import { meanOf } from '../../../domain/cases/assessment-content.js';
import type {
  AllocationBudgetLine,
  AllocationCase,
  RankedCase,
} from '../../../domain/allocation/model.js';
import { rankCases } from '../../../domain/allocation/ranking.js';
import type { Finding } from '../../../domain/rules/index.js';
import { readSnapshot } from '../../../documents/submission-snapshot.js';
import type { DbOrTx } from '../../../store/create-store.js';
import {
  findAllocationCaseRow,
  listAllocationCaseRows,
  listConfirmedFindings,
  listSnapshots,
  type AllocationCaseRow,
} from '../../../store/repositories/allocation.repository.js';
import type { Locale } from '../../i18n/locale.js';

export interface AllocationCases {
  /** Allocatable cases in the call's rank order. */
  ranked: RankedCase[];
  /** The same cases by id. */
  byId: Map<string, AllocationCase>;
  notReady: { caseId: string; caseNumber: string; title: string }[];
  excluded: {
    caseId: string;
    caseNumber: string;
    title: string;
    institutionName: string;
    reason: string;
  }[];
  /** Consensus scores per criterion, by case id. */
  scores: Map<string, Record<string, number>>;
}

const linesBySubmission = new Map<string, AllocationBudgetLine[]>();
const CACHE_LIMIT = 50_000;

type Row = Record<string, unknown>;

function budgetLinesOf(call: CallDefinition, snapshotJson: string): AllocationBudgetLine[] {
  const { snapshot } = readSnapshot(snapshotJson);
  const lines: AllocationBudgetLine[] = [];
  for (const section of call.sections.filter((s) => s.kind === 'budget')) {
    const budget = snapshot.content[section.id] as { lines?: Row[] } | undefined;
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

async function budgetLines(
  db: DbOrTx,
  call: CallDefinition,
  submissionIds: readonly string[],
): Promise<Map<string, AllocationBudgetLine[]>> {
  const missing = submissionIds.filter((id) => !linesBySubmission.has(id));
  if (missing.length > 0) {
    if (linesBySubmission.size + missing.length > CACHE_LIMIT) linesBySubmission.clear();
    for (const row of await listSnapshots(db, missing)) {
      linesBySubmission.set(row.id, budgetLinesOf(call, row.snapshot));
    }
  }
  return new Map(submissionIds.map((id) => [id, linesBySubmission.get(id) ?? []]));
}

function reasonOf(findings: readonly Finding[], locale: Locale): string {
  const errors = findings.filter((f) => f.severity === 'error');
  return (errors.length > 0 ? errors : findings).map((f) => f.message[locale]).join(' ');
}

function caseOf(
  row: AllocationCaseRow,
  consensus: ConsensusContent,
  lines: AllocationBudgetLine[],
) {
  return {
    caseId: row.id,
    caseNumber: row.case_number,
    title: row.title,
    institutionOrgnr: row.institution_orgnr,
    institutionName: row.institution_name,
    county: row.county,
    appliedNok: row.grant_applied,
    holistic: consensus.conclusion.recommendation,
    meanScore: meanOf(Object.values(consensus.scores).map((s) => s.score)),
    budgetLines: lines,
  } satisfies AllocationCase;
}

/** One allocatable case, or undefined when it has no consensus or is proposed rejected. */
export async function loadAllocationCase(
  db: DbOrTx,
  call: CallDefinition,
  caseId: string,
): Promise<AllocationCase | undefined> {
  const row = await findAllocationCaseRow(db, caseId);
  if (!row || row.call_id !== call.id || row.consensus === null) return undefined;
  if (row.formal_result === 'proposed_rejection') return undefined;
  const lines = await budgetLines(db, call, [row.submission_id]);
  return caseOf(
    row,
    JSON.parse(row.consensus) as ConsensusContent,
    lines.get(row.submission_id) ?? [],
  );
}

export async function loadAllocationCases(
  db: DbOrTx,
  call: CallDefinition,
  locale: Locale,
): Promise<AllocationCases> {
  const rows = await listAllocationCaseRows(db, call.id);
  const rejected = rows.filter((r) => r.formal_result === 'proposed_rejection');
  const withConsensus = rows.filter(
    (r) => r.formal_result !== 'proposed_rejection' && r.consensus !== null,
  );
  const [lines, findings] = await Promise.all([
    budgetLines(
      db,
      call,
      withConsensus.map((r) => r.submission_id),
    ),
    listConfirmedFindings(
      db,
      rejected.map((r) => r.id),
    ),
  ]);
  const findingsOf = new Map<string, Finding[]>();
  for (const f of findings) {
    findingsOf.set(f.case_id, [
      ...(findingsOf.get(f.case_id) ?? []),
      JSON.parse(f.finding) as Finding,
    ]);
  }
  const scores = new Map<string, Record<string, number>>();
  const cases: AllocationCase[] = withConsensus.map((r) => {
    const consensus = JSON.parse(r.consensus ?? '{}') as ConsensusContent;
    scores.set(
      r.id,
      Object.fromEntries(Object.entries(consensus.scores).map(([id, s]) => [id, s.score])),
    );
    return caseOf(r, consensus, lines.get(r.submission_id) ?? []);
  });
  const ranked = rankCases(call.allocation, cases);
  return {
    ranked,
    byId: new Map(cases.map((c) => [c.caseId, c])),
    notReady: rows
      .filter((r) => r.formal_result !== 'proposed_rejection' && r.consensus === null)
      .map((r) => ({ caseId: r.id, caseNumber: r.case_number, title: r.title })),
    excluded: rejected.map((r) => ({
      caseId: r.id,
      caseNumber: r.case_number,
      title: r.title,
      institutionName: r.institution_name,
      reason: reasonOf(findingsOf.get(r.id) ?? [], locale),
    })),
    scores,
  };
}
