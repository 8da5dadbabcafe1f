import {
  agreementDataFromApplication,
  blankAgreementData,
} from '../../../documents/agreement/agreement-data.js';
import { renderAgreementDocx } from '../../../documents/agreement/build-agreement.js';
import type { DocLanguage } from '../../../documents/document-language.js';
import type { Principal } from '../../../domain/access/roles.js';
import { callPhaseAt } from '../../../domain/call/call-phase.js';
import { findInstitution } from '../../../store/repositories/register.repository.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/catalogue.js';
import { callOf, findAccessibleApplicationWithSections } from '../applications/access.js';
import { contentOf } from '../applications/load-rule-input.js';

export interface GeneratedFile {
  bytes: Buffer;
  fileName: string;
}

/** The cooperation agreement pre-filled from the application's current content (R10). */
export async function generateAgreement(
  ctx: AppContext,
  principal: Principal | null,
  applicationId: string,
): Promise<GeneratedFile> {
  const db = ctx.store.db;
  const { application, sections } = await findAccessibleApplicationWithSections(
    db,
    principal,
    applicationId,
  );
  const call = callOf(ctx, application.call_id);
  const institution = await findInstitution(db, application.institution_orgnr);
  const data = agreementDataFromApplication(call, contentOf(call, sections), {
    name: institution?.name ?? application.institution_orgnr,
    orgnr: application.institution_orgnr,
  });
  return { bytes: await renderAgreementDocx(data), fileName: `samarbeidsavtale-${call.id}.docx` };
}

/** The blank agreement template offered on the public call page. */
export async function generateAgreementTemplate(
  ctx: AppContext,
  callId: string,
  language: DocLanguage,
): Promise<GeneratedFile> {
  const call = callOf(ctx, callId);
  // Only what the public call page shows: nothing of a call before it is published.
  if (callPhaseAt(call, ctx.clock.now()) === 'unpublished') throw new AppError('call_not_found');
  const data = blankAgreementData(call, language);
  return {
    bytes: await renderAgreementDocx(data),
    fileName: `samarbeidsavtale-mal-${call.id}.docx`,
  };
}
