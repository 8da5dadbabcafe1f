/**
 * Issue decisions (R28, R29): every approved decision of the call is dated by the app's clock,
 * its letter rendered (PDF/A, hashed) and stored with it, and one e-mail with the letter attached
 * queued for each person with access to the institution, in the same transaction as the issue
 * (docs/adr/0020). Only then does the applicant see it. Done as a background job with progress.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { checkDecisionMove } from '../../../domain/decisions/decision-state.js';
import type { LegalTrack } from '../../../domain/decisions/legal-track.js';
import { renderDecisionLetter } from '../../../documents/decision-letter/render-letter.js';
import { inTransaction } from '../../../store/create-store.js';
import {
  findDecision,
  listDecisionIdsInState,
  listInstitutionRecipients,
  lockDecision,
  updateDecision,
} from '../../../store/repositories/decisions.repository.js';
import type { DecisionJob } from '../../../web/api/decision-types.js';
import type { AppContext } from '../../context.js';
import { journalDecisionDocument, letterKindOf } from '../journal/journal-decision-document.js';
import type { JobHandler, JobLog } from '../../jobs/job-runner.js';
import { callOf } from '../applications/access.js';
import { composeMail } from '../mail/mail-texts.js';
import { queueMail } from '../mail/queue-mail.js';
import { decisionJobHandler, startDecisionJob, type DecisionJobWork } from './decision-jobs.js';
import { rolesOf } from './approve-decision.js';
import { recordDecisionEvent } from './decision-view.js';
import { appealDeadlineOf, assumedReceivedAtOf, letterInputOf } from './letter-input.js';

export function startIssueDecisions(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
  at: Date,
): Promise<DecisionJob> {
  return startDecisionJob(ctx, principal, call.id, 'issue', at);
}

/** Issues one approved decision; a decision no longer approved (issued by another run) is left. */
export async function issueDecision(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
  decisionId: string,
): Promise<void> {
  const db = ctx.store.db;
  const before = await findDecision(db, decisionId);
  if (!before || before.state !== 'approved') return;
  const move = checkDecisionMove({
    from: 'approved',
    to: 'issued',
    actor: { userId: principal.userId, roles: rolesOf(principal) },
    draftedBy: before.drafted_by,
    track: before.track as LegalTrack,
  });
  if (!move.ok) throw new Error(move.message);
  const issuedAt = ctx.clock.now();
  const assumedReceivedAt = assumedReceivedAtOf(issuedAt);
  const deadline = appealDeadlineOf(ctx, before.track as LegalTrack, issuedAt, assumedReceivedAt);
  // Rendered before the transaction, so the write lock is not held while the PDF is drawn; the
  // transaction stores it only if the decision is still the one rendered.
  const input = await letterInputOf(
    ctx,
    db,
    call,
    before,
    { issuedAt, assumedReceivedAt },
    before.language as 'nb' | 'nn',
  );
  const letter = await renderDecisionLetter(input);
  await inTransaction(ctx.store, async (tx) => {
    const row = await lockDecision(tx, decisionId);
    if (!row || row.state !== 'approved' || row.version !== before.version) return;
    const iso = issuedAt.toISOString();
    await updateDecision(tx, row.id, {
      state: 'issued',
      issued_at: iso,
      assumed_received_at: assumedReceivedAt.toISOString(),
      appeal_deadline: deadline?.toISOString() ?? null,
      letter_pdf: letter.pdf,
      letter_sha256: letter.sha256,
      version: row.version + 1,
      updated_at: iso,
    });
    await journalDecisionDocument(tx, ctx, principal, row, {
      kind: letterKindOf(row),
      ref: row.id,
      at: issuedAt,
    });
    const recipients = await listInstitutionRecipients(tx, row.institution_orgnr);
    const locale = row.language as 'nb' | 'nn';
    for (const person of recipients) {
      const mail = composeMail('decision', locale, {
        name: person.name,
        decidingBody: call.decision.decidingBody[locale],
        institution: row.institution_name,
        callTitle: call.title[locale],
        caseNumber: row.case_number,
        sha256: letter.sha256,
        decisionUrl: `${ctx.config.publicUrl}/applications/${row.application_id}/decision`,
      });
      await queueMail(tx, {
        topic: 'decision',
        referenceId: row.id,
        locale,
        to: person.email,
        ...mail,
        attachments: [
          {
            fileName: `vedtak-${row.case_number}.pdf`,
            contentType: 'application/pdf',
            content: letter.pdf,
          },
        ],
      });
    }
    await recordDecisionEvent(tx, principal, {
      decisionId: row.id,
      callId: call.id,
      action: 'issued',
      detail: {
        sha256: letter.sha256,
        assumedReceivedAt: assumedReceivedAt.toISOString(),
        appealDeadline: deadline?.toISOString() ?? null,
        recipients: recipients.length,
      },
      at: issuedAt,
    });
  });
}

export async function planIssueDecisions(
  ctx: AppContext,
  principal: Principal,
  call: CallDefinition,
): Promise<DecisionJobWork> {
  return {
    ids: await listDecisionIdsInState(ctx.store.db, call.id, 'approved'),
    one: (id) => issueDecision(ctx, principal, call, id),
  };
}

export function issueDecisionsJob(ctx: AppContext, log: JobLog): JobHandler {
  return decisionJobHandler(ctx, log, 'issue', (principal, callId) =>
    planIssueDecisions(ctx, principal, callOf(ctx, callId)),
  );
}
