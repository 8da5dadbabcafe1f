/**
 * The formal check (R23): the officer confirms each finding of the rules' second run, or overrules
 * it with a written reason, then completes the check. A confirmed error proposes the case for
 * rejection (avvisning), with the findings as the reasons, ready for the decision.
 */
import type { Principal } from '../../../domain/access/roles.js';
import { formalResultOf } from '../../../domain/cases/case-status.js';
import { inTransaction } from '../../../store/create-store.js';
import { appendAuditEvent } from '../../../store/repositories/audit.repository.js';
import {
  decideCaseFinding,
  listCaseFindings,
  lockCase,
  updateCaseSummary,
} from '../../../store/repositories/cases.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import type { Locale } from '../../i18n/locale.js';
import { callOf } from '../applications/access.js';
import { refuseProblems, requireReason } from './problems.js';
import { findingOf, refreshCase } from './read-case.js';

export async function decideFinding(
  ctx: AppContext,
  principal: Principal,
  input: {
    caseId: string;
    findingKey: string;
    decision: 'confirmed' | 'overruled';
    reason?: string | undefined;
    locale: Locale;
    at: Date;
  },
): Promise<void> {
  const reason =
    input.decision === 'overruled'
      ? requireReason('reason', input.reason, input.locale)
      : input.reason?.trim() || null;
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw new AppError('case_not_found');
    const decided = await decideCaseFinding(tx, row.id, input.findingKey, {
      decision: input.decision,
      reason,
      decided_by: principal.userId,
      decided_at: input.at.toISOString(),
    });
    if (!decided) throw new AppError('finding_not_found');
    await appendAuditEvent(tx, {
      actor: principal,
      action: `case.finding_${input.decision}`,
      entityType: 'case',
      entityId: row.id,
      detail: { caseNumber: row.case_number, finding: input.findingKey, reason },
      at: input.at,
    });
    await refreshCase(tx, callOf(ctx, row.call_id), row.id, input.at);
  });
}

export async function completeFormalCheck(
  ctx: AppContext,
  principal: Principal,
  input: { caseId: string; locale: Locale; at: Date },
): Promise<void> {
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockCase(tx, input.caseId);
    if (!row) throw new AppError('case_not_found');
    const findings = await listCaseFindings(tx, row.id);
    refuseProblems(
      findings
        .filter((f) => f.decision === null)
        .map((f) => ({
          path: `findings.${f.finding_key}`,
          message: {
            nb: 'bekreft eller overprøv funnet først',
            nn: 'stadfest eller overprøv funnet først',
            en: 'confirm or overrule the finding first',
          },
        })),
      input.locale,
    );
    const result = formalResultOf(
      findings.map((f) => ({ severity: findingOf(f).severity, decision: f.decision })),
    );
    await updateCaseSummary(tx, row.id, {
      status: row.status,
      formal_result: result,
      disagreement: row.disagreement,
      mean_score: row.mean_score,
      updated_at: input.at.toISOString(),
    });
    await appendAuditEvent(tx, {
      actor: principal,
      action: 'case.formal_check_completed',
      entityType: 'case',
      entityId: row.id,
      detail: { caseNumber: row.case_number, result },
      at: input.at,
    });
    await refreshCase(tx, callOf(ctx, row.call_id), row.id, input.at);
  });
}
