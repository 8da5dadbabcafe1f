/**
 * The synthetic applications are written and submitted through the real services, as their
 * applicants would: a draft, every section saved, the signed agreement uploaded (inspected and
 * scanned like any upload), then the submission with its receipt and snapshot. The caller sets
 * the clock before the deadline first. An application already submitted is left as it is; one
 * left half-done (a crash) is finished from where it stopped.
 */
import type { UploadInspector } from '../../../documents/inspection/inspection-pool.js';
import { demoSignedAgreementPdf } from '../../../documents/agreement/demo-signed-agreement-pdf.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import type { CallLife, LifeApplication } from '../../../domain/demo-life/generate-call-life.js';
import { listSections } from '../../../store/repositories/applications.repository.js';
import { listApplicationsCreatedBy } from '../../../store/repositories/demo-life.repository.js';
import type { AppContext } from '../../context.js';
import { createApplication } from '../applications/create-application.js';
import { saveSection } from '../applications/save-section.js';
import { submitApplication } from '../applications/submit-application.js';
import { uploadAttachment } from '../documents/upload-attachment.js';
import type { LifePeople } from './life-people.js';

const LOCALE = 'nb';

/** The life's applications that are not submitted yet, with the draft id when one exists. */
export async function unsubmittedLifeApplications(
  ctx: AppContext,
  call: CallDefinition,
  life: CallLife,
  people: LifePeople,
): Promise<{ application: LifeApplication; draftId: string | null }[]> {
  const userIds = [...people.applicants.values()].map((p) => p.userId);
  const rows = await listApplicationsCreatedBy(ctx.store.db, call.id, userIds);
  return life.applications.flatMap((application) => {
    const userId = people.applicants.get(application.applicant.key)?.userId;
    const row = rows.find((r) => r.created_by === userId);
    if (row && row.status !== 'draft') return [];
    return [{ application, draftId: row?.id ?? null }];
  });
}

export async function submitLifeApplication(
  ctx: AppContext,
  call: CallDefinition,
  people: LifePeople,
  inspector: UploadInspector,
  item: { application: LifeApplication; draftId: string | null },
): Promise<void> {
  const { application } = item;
  const principal = people.applicants.get(application.applicant.key);
  if (!principal) throw new Error(`demo life: no user for ${application.applicant.key}`);
  const id =
    item.draftId ??
    (
      await createApplication(ctx, principal, {
        callId: call.id,
        institutionOrgnr: application.institution.orgnr,
        locale: LOCALE,
      })
    ).id;
  const stored = await listSections(ctx.store.db, id);
  for (const [sectionId, content] of Object.entries(application.content)) {
    const earlier = stored.find((s) => s.section_id === sectionId);
    await saveSection(ctx, principal, {
      applicationId: id,
      sectionId,
      baseVersion: earlier?.version ?? 0,
      content,
      locale: LOCALE,
    });
  }
  const agreement = application.agreement;
  const kind = agreement && call.attachmentKinds.find((k) => k.id === agreement.kind);
  const attachmentsId = call.sections.find((s) => s.kind === 'attachments')?.id;
  const attached = stored.some((s) => s.section_id === attachmentsId);
  if (agreement && kind && !attached) {
    const bytes = await demoSignedAgreementPdf([
      agreement.text.slice(0, 80),
      application.institution.name,
      'Signert av alle parter i klyngen.',
    ]);
    await uploadAttachment(ctx, principal, {
      applicationId: id,
      receivedAt: ctx.clock.now(),
      locale: LOCALE,
      readFile: () =>
        Promise.resolve({ kind, itemId: undefined, fileName: agreement.fileName, bytes }),
      inspector,
    });
  }
  await submitApplication(ctx, principal, {
    applicationId: id,
    idempotencyKey: `demo-life-${application.applicant.key}`,
    receivedAt: ctx.clock.now(),
  });
}
