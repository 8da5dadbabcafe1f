import { z } from 'zod';
import { SCAN_STATES } from '../../../domain/virus-scan/scan-state.js';

export { callParamsSchema } from '../calls/schema.js';
export { applicationIdParams, submissionParams } from '../applications/schema.js';

export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export const officerSubmissionParams = z.object({ submissionId: z.uuid() });
export const officerAttachmentParams = z.object({ submissionId: z.uuid(), attachmentId: z.uuid() });

export const templateQuery = z.object({
  language: z.enum(['nb', 'nn']).optional().describe('The language of the template (default nb)'),
});

export const attachmentViewSchema = z.object({
  id: z.string(),
  itemId: z.string().describe('The attachments-section item this file is a version of'),
  kind: z.string(),
  versionNo: z.number().int(),
  fileName: z.string(),
  mediaType: z.string().describe('Decided from the content, not the name'),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.object({ name: z.string() }),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  scan: z
    .object({
      state: z.enum(SCAN_STATES),
      message: z.string(),
    })
    .describe('The virus scan; the file can be downloaded only when clean (or not_scanned)'),
  current: z.boolean().describe('The file the application refers to now'),
  downloadUrl: z.string(),
});

export const attachmentListSchema = z.array(attachmentViewSchema);

export const uploadAnswerSchema = z.object({
  attachment: attachmentViewSchema,
  section: z
    .object({ id: z.string(), version: z.number().int() })
    .nullable()
    .describe('The attachments section after the upload: its new version for the next save'),
});
