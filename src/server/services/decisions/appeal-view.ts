/**
 * Appeals as the API answers them, loaded with what every handling step needs: the appeal, its
 * decision and the move from the one table, checked under the appeal's lock; and the e-mail that
 * tells the party, to everyone with access to the institution, in the same transaction.
 */
import type { AppealState } from '../../../domain/decisions/appeal-state.js';
import { canMoveAppeal } from '../../../domain/decisions/appeal-state.js';
import type { Tx, DbOrTx } from '../../../store/create-store.js';
import {
  findAppeal,
  listAppeals,
  lockAppeal,
  type AppealListRow,
} from '../../../store/repositories/appeals.repository.js';
import {
  listInstitutionRecipients,
  lockDecision,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import { listAppealAttachments } from '../../../store/repositories/appeal-attachments.repository.js';
import type { AppealDetail, AppealFile, AppealSummary } from '../../../web/api/decision-types.js';
import { AppError } from '../../errors/catalogue.js';
import { composeMail, type MailTemplate } from '../mail/mail-texts.js';
import { queueMail } from '../mail/queue-mail.js';
import { toAppealFile } from './appeal-file-view.js';

export function appealSummaryOf(row: AppealListRow): AppealSummary {
  return {
    id: row.id,
    decisionId: row.decision_id,
    caseNumber: row.case_number,
    institutionName: row.institution_name,
    receivedAt: row.received_at,
    late: row.late === 1,
    state: row.state as AppealState,
  };
}

export function appealDetailOf(row: AppealListRow, files: AppealFile[]): AppealDetail {
  return {
    ...appealSummaryOf(row),
    text: row.text,
    files,
    filedBy: row.filed_by_name,
    deadline: row.deadline,
    preliminaryReply:
      row.preliminary_text !== null &&
      row.preliminary_expected_by !== null &&
      row.preliminary_sent_at !== null
        ? {
            text: row.preliminary_text,
            expectedBy: row.preliminary_expected_by,
            sentAt: row.preliminary_sent_at,
          }
        : null,
    forwardSummary: row.forward_summary,
    result:
      row.result !== null && row.result_text !== null && row.result_at !== null
        ? {
            result: row.result as 'upheld' | 'changed' | 'quashed',
            text: row.result_text,
            at: row.result_at,
          }
        : null,
  };
}

export async function readAppeal(db: DbOrTx, id: string): Promise<AppealDetail> {
  const row = await findAppeal(db, id);
  if (!row) throw new AppError('appeal_not_found');
  return appealDetailOf(row, (await listAppealAttachments(db, row.id)).map(toAppealFile));
}

export async function readAppeals(db: DbOrTx, callId: string): Promise<AppealSummary[]> {
  return (await listAppeals(db, callId)).map(appealSummaryOf);
}

/** The appeal and its decision, both locked, when the appeal may move to `to`. */
export async function lockAppealForMove(
  tx: Tx,
  appealId: string,
  to: AppealState,
): Promise<{ appeal: AppealListRow; decision: DecisionListRow }> {
  const appeal = await lockAppeal(tx, appealId);
  if (!appeal) throw new AppError('appeal_not_found');
  if (!canMoveAppeal(appeal.state as AppealState, to)) throw new AppError('appeal_move_refused');
  const decision = await lockDecision(tx, appeal.decision_id);
  if (!decision) throw new AppError('decision_not_found');
  return { appeal, decision };
}

/** Tells the party: one message to each person with access to the institution. */
export async function mailTheParty(
  tx: Tx,
  decision: DecisionListRow,
  template: MailTemplate,
  values: (locale: 'nb' | 'nn') => Record<string, string>,
  referenceId: string,
): Promise<number> {
  const locale = decision.language as 'nb' | 'nn';
  const recipients = await listInstitutionRecipients(tx, decision.institution_orgnr);
  for (const person of recipients) {
    const mail = composeMail(template, locale, {
      name: person.name,
      institution: decision.institution_name,
      caseNumber: decision.case_number,
      ...values(locale),
    });
    await queueMail(tx, { topic: 'appeal', referenceId, locale, to: person.email, ...mail });
  }
  return recipients.length;
}
