/**
 * At submission, the attachments the application lists must be the very files stored for it: each
 * item's file id must be a file of this application whose SHA-256 (and size and type) match.
 * The snapshot then lists those files by hash, so what was submitted can always be proven.
 */
import type { ApplicationContent } from '../../../domain/application/application.js';
import type { CallDefinition } from '../../../domain/call/call-schema.js';
import { joinList, quoteName } from '../../../domain/rules/format.js';
import type { Tx } from '../../../store/create-store.js';
import { findAttachmentsByIds } from '../../../store/repositories/attachments.repository.js';
import { AppError } from '../../errors/catalogue.js';
import { itemsOf, parseWarnings } from './attachment-view.js';

/** One submitted file as the snapshot records it. */
export interface SnapshotAttachment {
  itemId: string;
  kind: string;
  fileId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** What was flagged on upload (e.g. a PDF with JavaScript), for the case officer. */
  warnings: string[];
}

interface Mismatch {
  path: string;
  fileName: string;
  reason: 'not-stored' | 'content-differs';
}

export async function verifyAttachmentReferences(
  tx: Tx,
  call: CallDefinition,
  applicationId: string,
  content: ApplicationContent,
): Promise<SnapshotAttachment[]> {
  const verified: SnapshotAttachment[] = [];
  const mismatches: Mismatch[] = [];
  for (const section of call.sections.filter((s) => s.kind === 'attachments')) {
    const items = itemsOf(content[section.id]);
    const rows = await findAttachmentsByIds(
      tx,
      applicationId,
      items.map((item) => item.fileId),
    );
    items.forEach((item, index) => {
      const path = `${section.id}.items[${index}]`;
      const row = rows.find((r) => r.id === item.fileId);
      if (!row) {
        mismatches.push({ path: `${path}.fileId`, fileName: item.fileName, reason: 'not-stored' });
        return;
      }
      const same =
        row.sha256 === item.sha256 &&
        row.size_bytes === item.sizeBytes &&
        row.media_type === item.mediaType &&
        row.kind === item.kind;
      if (!same) {
        mismatches.push({
          path: `${path}.sha256`,
          fileName: item.fileName,
          reason: 'content-differs',
        });
        return;
      }
      verified.push({
        itemId: item.id,
        kind: row.kind,
        fileId: row.id,
        fileName: row.file_name,
        mediaType: row.media_type,
        sizeBytes: row.size_bytes,
        sha256: row.sha256,
        warnings: parseWarnings(row.warnings),
      });
    });
  }
  if (mismatches.length > 0) {
    const names = (l: 'nb' | 'nn' | 'en') =>
      joinList(
        mismatches.map((m) => quoteName(m.fileName, l)),
        l,
      );
    throw new AppError('attachment_not_stored', {
      detail: {
        nb: `Vedlegg som ikke finnes blant filene lastet opp til denne søknaden, eller som ikke stemmer med dem: ${names('nb')}. Last opp filene på nytt og send inn igjen.`,
        nn: `Vedlegg som ikkje finst blant filene lasta opp til denne søknaden, eller som ikkje stemmer med dei: ${names('nn')}. Last opp filene på nytt og send inn igjen.`,
        en: `Attachments that are not among the files uploaded to this application, or do not match them: ${names('en')}. Upload the files again and resubmit.`,
      },
      extensions: { attachments: mismatches },
    });
  }
  return verified;
}
