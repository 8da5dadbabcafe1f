/**
 * A klage's file with its bytes: to the party (any file uploaded for their decision's klage,
 * filed or not) or to the officer (a file filed with the klage). Someone else's file is "not
 * found", like a wrong id; a file not scanned clean stays in quarantine.
 */
import type { Principal } from '../../../domain/access/roles.js';
import type { DbOrTx } from '../../../store/create-store.js';
import type { AppealAttachmentRow } from '../../../store/decision-tables.js';
import { findAppealAttachmentById } from '../../../store/repositories/appeal-attachments.repository.js';
import { AppError } from '../../errors/catalogue.js';
import { assertOfferable } from '../virus-scan/offer-file.js';
import { findOwnIssuedDecision } from './own-decision.js';

export async function readOwnAppealFile(
  db: DbOrTx,
  principal: Principal | null,
  applicationId: string,
  fileId: string,
): Promise<AppealAttachmentRow> {
  const decision = await findOwnIssuedDecision(db, principal, applicationId);
  const row = await findAppealAttachmentById(db, fileId);
  if (!row || row.decision_id !== decision.id) throw new AppError('appeal_file_not_found');
  assertOfferable(row);
  return row;
}

export async function readFiledAppealFile(
  db: DbOrTx,
  appealId: string,
  fileId: string,
): Promise<AppealAttachmentRow> {
  const row = await findAppealAttachmentById(db, fileId);
  if (!row || row.appeal_id !== appealId) throw new AppError('appeal_file_not_found');
  assertOfferable(row);
  return row;
}
