/**
 * A stored decision as the letter renderer's input (DecisionLetterInput): the outcome and reasons
 * as stored, the project period from the submitted snapshot, the track, the dates of issue.
 */
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { computeAppealDeadline } from '../../../domain/decisions/appeal-deadline.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import type { Outcome } from '../../../domain/decisions/outcome.js';
import type { DecisionReasons } from '../../../domain/decisions/reasons.js';
import { actOf, provisionParameter, versionInForce } from '../../../domain/legal/legal-texts.js';
import { osloDateOf, type Locale } from '../../../domain/time/oslo.js';
import type { DecisionLetterInput } from '../../../documents/decision-letter/letter-context.js';
import { readSnapshot } from '../../../documents/submission-snapshot.js';
import type { DbOrTx } from '../../../store/create-store.js';
import { listSnapshots } from '../../../store/repositories/allocation.repository.js';
import {
  findDecisionCaseFacts,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import type { AppContext } from '../../context.js';

/**
 * When the letter is taken to reach the party. Neither legal/ nor the call data gives a rule, and
 * the letter is delivered digitally (the portal and e-mail, the same minute it is issued), so it
 * is taken to arrive on the day of issue; the letter says the deadline counts from a later arrival.
 */
export function assumedReceivedAtOf(issuedAt: Date): Date {
  return issuedAt;
}

/** The end of the appeal time limit (23:59:59 Oslo time on the last day), enkeltvedtak only. */
export function appealDeadlineOf(
  ctx: AppContext,
  track: LegalTrack,
  issuedAt: Date,
  receivedAt: Date,
): Date | null {
  if (track !== 'enkeltvedtak') return null;
  const fvl = versionInForce(actOf(ctx.legal, 'forvaltningsloven'), osloDateOf(issuedAt));
  const weeks = provisionParameter(fvl, 'appeal-deadline', 'weeks');
  return computeAppealDeadline(receivedAt, weeks).endsAt;
}

function projectPeriodOf(call: CallDefinition, snapshotJson: string | undefined, issuedAt: Date) {
  const fallback = { start: osloDateOf(issuedAt), end: call.dates.projectEndLatest };
  if (!snapshotJson) return fallback;
  const project = readSnapshot(snapshotJson).snapshot.content.project as
    { startDate?: unknown; endDate?: unknown } | undefined;
  const date = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);
  return {
    start: date(project?.startDate) ?? fallback.start,
    end: date(project?.endDate) ?? fallback.end,
  };
}

export async function letterInputOf(
  ctx: AppContext,
  db: DbOrTx,
  call: CallDefinition,
  row: DecisionListRow,
  dates: { issuedAt: Date; assumedReceivedAt: Date },
  language: Locale,
  reasons: DecisionReasons = JSON.parse(row.reasons) as DecisionReasons,
): Promise<DecisionLetterInput> {
  const facts = await findDecisionCaseFacts(db, row.case_id);
  const snapshots = facts ? await listSnapshots(db, [facts.submission_id]) : [];
  return {
    call,
    legal: ctx.legal,
    letterTexts: ctx.letterTexts.letter,
    language,
    track: row.track as LegalTrack,
    outcome: JSON.parse(row.outcome) as Outcome,
    reasons,
    caseNumber: row.case_number,
    projectTitle: row.title,
    institution: { name: row.institution_name, orgnr: row.institution_orgnr },
    issuedAt: dates.issuedAt,
    assumedReceivedAt: dates.assumedReceivedAt,
    projectPeriod: projectPeriodOf(call, snapshots[0]?.snapshot, dates.issuedAt),
  };
}
