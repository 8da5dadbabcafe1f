/**
 * The receipt and the full copy of a submission as PDF/A, made from the stored snapshot only, so
 * the applicant and the case officer get the same file every time. Applicants reach a submission
 * through their own institution's application (another institution's is "not found"); case
 * officers reach any submission by its id.
 */
import { renderApplicationCopy } from '../../../documents/application-copy/build-copy.js';
import { renderReceipt } from '../../../documents/receipt/build-receipt.js';
import type { Principal } from '../../../domain/access/roles.js';
import type { SubmissionRow } from '../../../store/database.js';
import { findInstitution } from '../../../store/repositories/register.repository.js';
import { findSubmission } from '../../../store/repositories/submissions.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf, findAccessibleApplication } from '../applications/access.js';
import type { GeneratedFile } from './generate-agreement.js';
import { readIntactSnapshot } from '../audit/integrity.js';

export type SubmissionDocumentKind = 'receipt' | 'copy';

export type SubmissionLookup =
  | { as: 'applicant'; principal: Principal | null; applicationId: string; submissionId: string }
  | { as: 'officer'; submissionId: string };

async function findReachableSubmission(
  ctx: AppContext,
  lookup: SubmissionLookup,
): Promise<SubmissionRow> {
  const db = ctx.store.db;
  if (lookup.as === 'applicant') {
    const application = await findAccessibleApplication(db, lookup.principal, lookup.applicationId);
    const row = await findSubmission(db, lookup.submissionId);
    if (!row || row.application_id !== application.id) throw new AppError('submission_not_found');
    return row;
  }
  const row = await findSubmission(db, lookup.submissionId);
  if (!row) throw new AppError('submission_not_found');
  return row;
}

export async function generateSubmissionDocument(
  ctx: AppContext,
  lookup: SubmissionLookup,
  kind: SubmissionDocumentKind,
): Promise<GeneratedFile> {
  const row = await findReachableSubmission(ctx, lookup);
  // Re-hashed: a snapshot altered since it was received is refused with an alarm (R32).
  const stored = await readIntactSnapshot(ctx, row, {
    principal: lookup.as === 'applicant' ? lookup.principal : null,
    purpose: `submission.${kind}`,
  });
  const call = callOf(ctx, stored.snapshot.callId);
  // The snapshot's own name keeps the document the same even if the register changes later.
  const institution = stored.snapshot.institutionName
    ? undefined
    : await findInstitution(ctx.store.db, stored.snapshot.institutionOrgnr);
  const input = {
    stored,
    call,
    institutionName:
      stored.snapshot.institutionName ?? institution?.name ?? stored.snapshot.institutionOrgnr,
  };
  const bytes =
    kind === 'receipt' ? await renderReceipt(input) : await renderApplicationCopy(input);
  const name = kind === 'receipt' ? 'kvittering' : 'soknad';
  return { bytes, fileName: `${name}-${row.receipt_number}.pdf` };
}
