/**
 * What a decision is drafted from (R28): the approved allocation's entry for the case, the formal
 * check (a confirmed rejection is avvist), the consensus, the rank order and the pot; the legal
 * track from the institution register. Shared by "prepare all" and by a reconsidered decision.
 */
import { randomUUID } from 'node:crypto';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { ConsensusContent } from '../../../domain/cases/assessment-content.js';
import type { FormalResult } from '../../../domain/cases/case-status.js';
import { legalTrack } from '../../../domain/decisions/legal-track.js';
import {
  outcomeFromAllocation,
  type ConfirmedFinding,
  type Outcome,
} from '../../../domain/decisions/outcome.js';
import { draftReasons, type DecisionReasons } from '../../../domain/decisions/reasons.js';
import { letterTextsInForce } from '../../../domain/legal/letter-texts.js';
import type { Finding } from '../../../domain/rules/finding.js';
import { osloDateOf, type Locale } from '../../../domain/time/oslo.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { AllocationScenarioRow } from '../../../store/database.js';
import type { DecisionRow } from '../../../store/decision-tables.js';
import {
  listAllocationCaseRows,
  listConfirmedFindings,
  listEntries,
  listScenarios,
  type AllocationCaseRow,
} from '../../../store/repositories/allocation.repository.js';
import { findDecisionCaseFacts } from '../../../store/repositories/decisions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { loadAllocationCases, type AllocationCases } from '../allocation/allocation-cases.js';
import {
  baselineOf,
  entriesInRankOrder,
  type VersionedEntry,
} from '../allocation/scenario-view.js';

/** The applicant's language: the application stores none, so every letter is in bokmål. */
export const LETTER_LANGUAGE: Locale = 'nb';

export interface DraftBasis {
  call: CallDefinition;
  scenario: AllocationScenarioRow;
  cases: AllocationCases;
  rows: Map<string, AllocationCaseRow>;
  entries: Map<string, VersionedEntry>;
  findings: Map<string, ConfirmedFinding[]>;
  cutRank: number | null;
  /** The case ids to decide: the allocation's cases and the confirmed rejections. */
  caseIds: string[];
}

export async function findApprovedScenario(
  db: DbOrTx,
  callId: string,
): Promise<AllocationScenarioRow> {
  const approved = (await listScenarios(db, callId)).find((s) => s.state === 'approved');
  if (!approved) throw new AppError('decision_no_approved_allocation');
  return approved;
}

export async function loadDraftBasis(db: DbOrTx, call: CallDefinition): Promise<DraftBasis> {
  const scenario = await findApprovedScenario(db, call.id);
  const [cases, rows, entryRows] = await Promise.all([
    loadAllocationCases(db, call, LETTER_LANGUAGE),
    listAllocationCaseRows(db, call.id),
    listEntries(db, scenario.id),
  ]);
  const rejected = rows.filter((r) => r.formal_result === 'proposed_rejection');
  const findings = new Map<string, ConfirmedFinding[]>();
  for (const f of await listConfirmedFindings(
    db,
    rejected.map((r) => r.id),
  )) {
    findings.set(f.case_id, [
      ...(findings.get(f.case_id) ?? []),
      { finding: JSON.parse(f.finding) as Finding, reason: f.reason },
    ]);
  }
  const entries = new Map(entriesInRankOrder(cases, entryRows).map((e) => [e.caseId, e]));
  return {
    call,
    scenario: { ...scenario, granted_total: Number(scenario.granted_total) },
    cases,
    rows: new Map(rows.map((r) => [r.id, r])),
    entries,
    findings,
    cutRank: baselineOf(call, cases, LETTER_LANGUAGE).cutRank,
    caseIds: [...cases.ranked.map((r) => r.case.caseId), ...rejected.map((r) => r.id)],
  };
}

export function outcomeOfCase(basis: DraftBasis, caseId: string): Outcome {
  const row = basis.rows.get(caseId);
  if (!row) throw new Error(`case ${caseId} is not in call ${basis.call.id}`);
  const allocationCase = basis.cases.byId.get(caseId) ?? {
    caseId,
    caseNumber: row.case_number,
    title: row.title,
    institutionOrgnr: row.institution_orgnr,
    institutionName: row.institution_name,
    county: row.county,
    appliedNok: row.grant_applied,
    holistic: null,
    meanScore: null,
    budgetLines: [],
  };
  return outcomeFromAllocation(
    basis.entries.get(caseId) ?? null,
    allocationCase,
    {
      result: row.formal_result as FormalResult,
      confirmed: basis.findings.get(caseId) ?? [],
    },
    basis.call,
  );
}

export function reasonsOfCase(
  ctx: AppContext,
  basis: DraftBasis,
  caseId: string,
  outcome: Outcome,
  at: Date,
  grantedNok: number = basis.scenario.granted_total,
  locale: Locale = LETTER_LANGUAGE,
): DecisionReasons {
  const row = basis.rows.get(caseId);
  const ranked = basis.cases.ranked.find((r) => r.case.caseId === caseId);
  const rejected = outcome.kind === 'avvist';
  return draftReasons(
    {
      call: basis.call,
      outcome,
      consensus:
        !rejected && row?.consensus ? (JSON.parse(row.consensus) as ConsensusContent) : null,
      ranking:
        !rejected && ranked
          ? {
              rank: ranked.rank,
              count: basis.cases.ranked.length,
              cutRank: basis.cutRank,
              recommended: ranked.recommended,
            }
          : null,
      pot: { potNok: basis.call.potNok, grantedNok },
      budgetLines: basis.cases.byId.get(caseId)?.budgetLines ?? [],
      departureReason: basis.entries.get(caseId)?.departureReason ?? null,
      texts: letterTextsInForce(ctx.letterTexts.reasons, ctx.legal, osloDateOf(at)),
    },
    locale,
  );
}

/** A drafted decision row for the case, its track read from the register. */
export async function draftRow(
  db: DbOrTx,
  input: {
    callId: string;
    caseId: string;
    scenarioId: string | null;
    outcome: Outcome;
    reasons: DecisionReasons;
    draftedBy: string;
    at: Date;
    replaces?: string | null;
  },
): Promise<DecisionRow> {
  const facts = await findDecisionCaseFacts(db, input.caseId);
  if (!facts) throw new Error(`no case ${input.caseId}`);
  const track = legalTrack({
    orgnr: facts.institution_orgnr,
    name: facts.institution_name,
    administrativeBody:
      facts.administrative_body === null || facts.administrative_body === undefined
        ? null
        : Number(facts.administrative_body) === 1,
  });
  const { outcome } = input;
  const iso = input.at.toISOString();
  return {
    id: randomUUID(),
    call_id: input.callId,
    case_id: input.caseId,
    active_case_id: input.caseId,
    scenario_id: input.scenarioId,
    kind: outcome.kind,
    outcome: JSON.stringify(outcome),
    track,
    state: 'drafted',
    language: LETTER_LANGUAGE,
    applied_nok: outcome.appliedNok,
    grant_nok:
      outcome.kind === 'innvilget' || outcome.kind === 'delvis_innvilget' ? outcome.grantNok : null,
    reserve_position: outcome.kind === 'reserve' ? outcome.position : null,
    reasons: JSON.stringify(input.reasons),
    version: 1,
    drafted_by: input.draftedBy,
    drafted_at: iso,
    approved_by: null,
    approved_at: null,
    issued_at: null,
    assumed_received_at: null,
    appeal_deadline: null,
    letter_pdf: null,
    letter_sha256: null,
    replaces: input.replaces ?? null,
    superseded_by: null,
    updated_at: iso,
  };
}
