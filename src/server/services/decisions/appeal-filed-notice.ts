/**
 * Tells the case officers that a klage has come in (R28), in the filing's transaction through the
 * outbox, so a klage is never filed unannounced and never announced unfiled. A late klage says
 * so in the subject: the officer decides whether it is still heard (fvl, ADR 0021).
 */
import { formatOsloDateTime } from '../../../domain/time/oslo.js';
import type { Tx } from '../../../store/create-store.js';
import {
  listStaffRecipients,
  type DecisionListRow,
} from '../../../store/repositories/decisions.repository.js';
import type { AppContext } from '../../context.js';
import { composeMail } from '../mail/mail-texts.js';
import { queueMail } from '../mail/queue-mail.js';

/** Staff have no language of their own on record; the grant body works in bokmål. */
const STAFF_LOCALE = 'nb';

export async function mailOfficersOfAppeal(
  ctx: AppContext,
  tx: Tx,
  decision: DecisionListRow & { appeal_deadline: string },
  appeal: { id: string; receivedAt: Date; late: boolean; fileCount: number },
): Promise<number> {
  const officers = await listStaffRecipients(tx, 'officer');
  for (const officer of officers) {
    const mail = composeMail(appeal.late ? 'appeal-filed-late' : 'appeal-filed', STAFF_LOCALE, {
      name: officer.name,
      institution: decision.institution_name,
      caseNumber: decision.case_number,
      receivedAt: formatOsloDateTime(appeal.receivedAt, STAFF_LOCALE),
      deadline: formatOsloDateTime(new Date(decision.appeal_deadline), STAFF_LOCALE),
      fileCount: appeal.fileCount,
      appealUrl: `${ctx.config.publicUrl}/appeals/${appeal.id}`,
    });
    await queueMail(tx, {
      topic: 'appeal',
      referenceId: appeal.id,
      locale: STAFF_LOCALE,
      to: officer.email,
      ...mail,
    });
  }
  return officers.length;
}
