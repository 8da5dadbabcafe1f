/**
 * Whole-call views of the cases: the panel (spread of scores and agreement per criterion) and the
 * export rows (consensus scores, or the mean of the submitted scores before consensus).
 */
import { summarizePanel } from '../../../domain/assessment/panel.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { meanOf } from '../../../domain/cases/assessment-content.js';
import type { CaseStatus, FormalResult } from '../../../domain/cases/case-status.js';
import { listCases, type CaseListFilter } from '../../../store/repositories/cases.repository.js';
import {
  listConsensus,
  listSubmittedAssessments,
} from '../../../store/repositories/assessments.repository.js';
import type { AppContext } from '../../context.js';
import type { CaseExportRow } from './export.js';
import { assessmentContentOf, consensusContentOf, scoresOf } from './read-case.js';

export async function readPanel(ctx: AppContext, call: CallDefinition) {
  const { rows } = await listCases(ctx.store.db, call.id, {
    sort: 'caseNumber',
    dir: 'asc',
    limit: 1_000_000,
    offset: 0,
  });
  const assessments = await listSubmittedAssessments(
    ctx.store.db,
    rows.map((r) => r.id),
  );
  const summary = summarizePanel(
    call,
    assessments.map((a) => ({
      caseId: a.case_id,
      assessorUserId: a.assessor_user_id,
      scores: scoresOf(assessmentContentOf(a)),
    })),
  );
  return summary;
}

export async function readExportRows(
  ctx: AppContext,
  call: CallDefinition,
  filter: CaseListFilter,
): Promise<CaseExportRow[]> {
  const { rows } = await listCases(ctx.store.db, call.id, {
    ...filter,
    sort: 'caseNumber',
    dir: 'asc',
    limit: 1_000_000,
    offset: 0,
  });
  const [assessments, consensus] = await Promise.all([
    listSubmittedAssessments(
      ctx.store.db,
      rows.map((r) => r.id),
    ),
    listConsensus(ctx.store.db, call.id),
  ]);
  const consensusOf = new Map(consensus.map((c) => [c.case_id, consensusContentOf(c)]));
  const submittedOf = new Map<string, Record<string, number | null>[]>();
  for (const a of assessments) {
    submittedOf.set(a.case_id, [
      ...(submittedOf.get(a.case_id) ?? []),
      scoresOf(assessmentContentOf(a)),
    ]);
  }
  return rows.map((row) => {
    const agreed = consensusOf.get(row.id);
    const submitted = submittedOf.get(row.id) ?? [];
    const scores = Object.fromEntries(
      call.criteria.map((criterion) => {
        if (agreed) return [criterion.id, agreed.scores[criterion.id]?.score ?? null];
        const mean = meanOf(submitted.map((s) => s[criterion.id] ?? null));
        return [criterion.id, mean === null ? null : Math.round(mean * 100) / 100];
      }),
    );
    return {
      caseNumber: row.case_number,
      receiptNumber: row.receipt_number,
      institution: { orgnr: row.institution_orgnr, name: row.institution_name },
      title: row.title,
      county: row.county,
      grantApplied: Number(row.grant_applied),
      companies: row.companies,
      participants: row.participants,
      findings: row.findings,
      status: row.status as CaseStatus,
      formalResult: row.formal_result as FormalResult,
      scores,
      meanScore: row.mean_score === null ? null : Number(row.mean_score),
      disagreement: row.disagreement === 1,
      recommendation: agreed?.conclusion.recommendation ?? null,
    };
  });
}
