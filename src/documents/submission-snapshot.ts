/**
 * The stored snapshot of a submission, read back. Receipts and copies are made from this alone
 * (plus the call it names), so they show what was received, however the draft changed since.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ApplicationContent } from '../domain/application/application.js';
import type { Finding } from '../domain/rules/index.js';

const localized = z.object({ nb: z.string(), nn: z.string(), en: z.string() });

const snapshotSchema = z.object({
  applicationId: z.string(),
  callId: z.string(),
  callVersion: z.number(),
  institutionOrgnr: z.string(),
  // The name as registered at submission; older snapshots lack it.
  institutionName: z.string().optional(),
  versionNo: z.number(),
  receiptNumber: z.string(),
  receivedAt: z.string(),
  submittedBy: z.object({ userId: z.string(), name: z.string() }),
  content: z.record(z.string(), z.unknown()),
  // Snapshots taken before files were checked at submission have no list.
  attachments: z
    .array(
      z.object({
        itemId: z.string(),
        kind: z.string(),
        fileId: z.string(),
        fileName: z.string(),
        mediaType: z.string(),
        sizeBytes: z.number(),
        sha256: z.string(),
        warnings: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  findings: z
    .array(
      z.object({
        ruleId: z.string(),
        requirementId: z.string(),
        severity: z.enum(['error', 'warning']),
        path: z.string(),
        message: localized,
        citation: localized,
      }),
    )
    .default([]),
});

export type SubmissionSnapshot = z.output<typeof snapshotSchema> & {
  content: ApplicationContent;
  findings: Finding[];
};

export interface StoredSnapshot {
  snapshot: SubmissionSnapshot;
  /** SHA-256 of the stored canonical JSON: what the receipt certifies. */
  sha256: string;
}

/** Parses the stored canonical JSON; its hash is taken of exactly those bytes. */
export function readSnapshot(canonicalJson: string): StoredSnapshot {
  const snapshot = snapshotSchema.parse(JSON.parse(canonicalJson));
  return { snapshot, sha256: createHash('sha256').update(canonicalJson, 'utf8').digest('hex') };
}
