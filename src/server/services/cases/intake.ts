/**
 * Intake (R3, R23): at the deadline instant the call's intake closes by itself. The first request
 * that finds the clock past the deadline (or the background tick) turns each application's last
 * submitted version into a case with a case number, and runs the formal rules again on it.
 * Applications never submitted stay out of assessment and are listed apart.
 */
import { randomUUID } from 'node:crypto';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { callDeadline } from '../../../domain/call/call-phase.js';
import { caseFactsOf, caseSearchText } from '../../../domain/cases/case-facts.js';
import { evaluateFormalRules } from '../../../domain/rules/index.js';
import { readSnapshot } from '../../../documents/submission-snapshot.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  analyzeCases,
  applicationsWithCases,
  deleteIntake,
  lastCaseSeq,
  caseFilterValues,
  caseStatusCounts,
  claimIntake,
  findIntake,
  insertCase,
  insertCaseFindings,
  listIntakeCandidates,
  setIntakeCounts,
} from '../../../store/repositories/cases.repository.js';
import type { AppContext } from '../../context.js';
import { checkpointAfter } from '../audit/checkpoints.js';
import { loadRuleInput } from '../applications/load-rule-input.js';

export interface IntakeStatus {
  callId: string;
  deadline: string;
  closed: boolean;
  closedAt: string | null;
  cases: number;
  notSubmitted: number;
}

/** Calls whose intake this process has seen closed: it never opens again. */
const closedCalls = new WeakMap<AppContext, Map<string, IntakeStatus>>();

export function caseNumberOf(call: CallDefinition, seq: number): string {
  return `SAK-${call.receiptPrefix}-${String(seq).padStart(4, '0')}`;
}

/**
 * The intake status of the call at `now`, closing the intake first when the deadline has passed
 * and it has not been closed yet. Safe to call from every request and from several processes.
 */
export async function ensureIntake(
  ctx: AppContext,
  call: CallDefinition,
  now: Date,
): Promise<IntakeStatus> {
  const known = closedCalls.get(ctx)?.get(call.id);
  if (known) return known;
  const deadline = callDeadline(call);
  const open: IntakeStatus = {
    callId: call.id,
    deadline: deadline.toISOString(),
    closed: false,
    closedAt: null,
    cases: 0,
    notSubmitted: 0,
  };
  if (now.getTime() < deadline.getTime()) return open;

  let intake = await findIntake(ctx.store.db, call.id);
  if (!intake) {
    await closeIntake(ctx, call, deadline, now);
    intake = await findIntake(ctx.store.db, call.id);
  }
  if (!intake) return open;
  const status: IntakeStatus = {
    ...open,
    closed: true,
    closedAt: intake.closed_at,
    cases: intake.cases,
    notSubmitted: intake.not_submitted,
  };
  const cache = closedCalls.get(ctx) ?? new Map<string, IntakeStatus>();
  cache.set(call.id, status);
  closedCalls.set(ctx, cache);
  return status;
}

async function closeIntake(
  ctx: AppContext,
  call: CallDefinition,
  deadline: Date,
  now: Date,
): Promise<void> {
  const closed = await inTransaction(ctx.store, async (tx) => {
    const claimed = await claimIntake(tx, {
      call_id: call.id,
      closed_at: deadline.toISOString(),
      cases: 0,
      not_submitted: 0,
    });
    if (!claimed) return false;
    // A demo clock moved back before the deadline reopens intake (reopenIntakeInDemo); the cases
    // made before stay as they are, and numbering goes on from the last one.
    const already = await applicationsWithCases(tx, call.id);
    const candidates = (await listIntakeCandidates(tx, call.id)).filter(
      (c) => !already.has(c.applicationId),
    );
    const first = await lastCaseSeq(tx, call.id);
    let seq = first;
    let notSubmitted = 0;
    for (const candidate of candidates) {
      const submission = candidate.submission;
      if (!submission) {
        notSubmitted += 1;
        continue;
      }
      seq += 1;
      const { snapshot } = readSnapshot(submission.snapshot);
      const facts = caseFactsOf(call, snapshot.content);
      // R23: the rules run again on the submitted version, against today's registers.
      const findings = evaluateFormalRules(
        await loadRuleInput(tx, call, candidate.institutionOrgnr, snapshot.content),
      );
      const caseId = randomUUID();
      const at = now.toISOString();
      await insertCase(tx, {
        id: caseId,
        call_id: call.id,
        case_number: caseNumberOf(call, seq),
        case_seq: seq,
        application_id: candidate.applicationId,
        submission_id: submission.id,
        receipt_number: submission.receipt_number,
        title: facts.title,
        institution_orgnr: candidate.institutionOrgnr,
        institution_name: snapshot.institutionName ?? candidate.institutionOrgnr,
        county: facts.county,
        grant_applied: facts.grantApplied,
        companies: facts.companies,
        participants: facts.participants,
        findings: findings.length,
        status: 'formal_check',
        formal_result: 'pending',
        disagreement: 0,
        mean_score: null,
        created_at: at,
        updated_at: at,
        search_text: caseSearchText({
          caseNumber: caseNumberOf(call, seq),
          receiptNumber: submission.receipt_number,
          title: facts.title,
          institutionName: snapshot.institutionName ?? candidate.institutionOrgnr,
        }),
      });
      await insertCaseFindings(
        tx,
        findings.map((finding, i) => ({
          case_id: caseId,
          finding_key: `${String(i + 1).padStart(3, '0')}-${finding.ruleId}`,
          finding: JSON.stringify(finding),
          decision: null,
          reason: null,
          decided_by: null,
          decided_at: null,
        })),
      );
    }
    await setIntakeCounts(tx, call.id, { cases: seq, notSubmitted });
    await appendAuditEvent(tx, {
      actor: null,
      actorLabel: 'system',
      action: 'intake.closed',
      entityType: 'call',
      entityId: call.id,
      detail: { deadline: deadline.toISOString(), cases: seq, newCases: seq - first, notSubmitted },
      at: now,
    });
    return true;
  });
  if (closed) await analyzeCases(ctx.store.db);
  if (closed) await checkpointAfter(ctx, 'intake', now);
}

/** Closes the intake of every call whose deadline has passed; run by a timer in the server. */
export async function closeDueIntakes(ctx: AppContext, now: Date): Promise<void> {
  for (const call of ctx.calls) await ensureIntake(ctx, call, now);
}

const filterValues = new WeakMap<
  AppContext,
  Map<string, Awaited<ReturnType<typeof caseFilterValues>>>
>();

/**
 * The values the case list's filters offer. Counties and institutions are copied from the
 * snapshots at intake and never change afterwards, so each process reads them once per call.
 */
export async function readCaseFacets(ctx: AppContext, callId: string, intake: IntakeStatus) {
  const statuses = await caseStatusCounts(ctx.store.db, callId);
  let values = filterValues.get(ctx)?.get(callId);
  if (!values) {
    values = await caseFilterValues(ctx.store.db, callId);
    if (intake.closed) {
      const cache = filterValues.get(ctx) ?? new Map();
      cache.set(callId, values);
      filterValues.set(ctx, cache);
    }
  }
  return { statuses, ...values };
}

/**
 * Demo only: when the simulated clock is moved back before a call's deadline, its intake opens
 * again, so applications submitted in the replayed period become cases at the next deadline.
 * Production clocks only move forward.
 */
export async function reopenIntakeInDemo(ctx: AppContext, now: Date): Promise<void> {
  for (const call of ctx.calls) {
    if (now.getTime() >= callDeadline(call).getTime()) continue;
    closedCalls.get(ctx)?.delete(call.id);
    filterValues.get(ctx)?.delete(call.id);
    await deleteIntake(ctx.store.db, call.id);
  }
}
