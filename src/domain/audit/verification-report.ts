/**
 * What a verification of the audit chain found (docs/adr/0013): the chain walked, and both copies
 * of every checkpoint (the database's and the file's outside it) checked against each other and
 * against the chain. Pure: signatures are checked by the caller.
 */
import { sameCheckpoint, type SignedCheckpoint } from './checkpoint.js';
import { ChainWalker, type BrokenEvent, type WalkResult } from './chain-walker.js';

export type SignatureState = 'valid' | 'invalid' | 'unknown-key';

export interface CheckpointCopy {
  checkpoint: SignedCheckpoint;
  source: 'database' | 'file';
  signature: SignatureState;
}

export type CheckpointProblem =
  | { kind: 'forged'; checkpointId: string; source: 'database' | 'file' }
  | { kind: 'unknown-key'; checkpointId: string; source: 'database' | 'file'; keyId: string }
  | { kind: 'removed-from-database'; checkpointId: string; at: string; seq: number }
  | { kind: 'copies-differ'; checkpointId: string }
  | { kind: 'unreadable-line'; line: number };

export type VerificationWarning =
  | { kind: 'no-checkpoint' }
  | { kind: 'not-in-file'; count: number }
  | { kind: 'unsigned-tail'; afterSeq: number | null; events: number };

/** A stored snapshot or file that no longer gives the hash recorded when it was received. */
export type StoredProblem =
  | {
      kind: 'snapshot-altered';
      submissionId: string;
      receiptNumber: string;
      /** What it was compared with: the receipt's hash (stored beside it) or the chain's event. */
      against: 'receipt' | 'audit-chain';
      expected: string;
      actual: string;
    }
  | {
      kind: 'file-altered';
      attachmentId: string;
      fileName: string;
      /** The hash taken at upload, or the one the submitted snapshot names. */
      against: 'upload' | 'snapshot';
      expected: string;
      actual: string;
    };

export interface StoredContentCheck {
  submissions: number;
  files: number;
  problems: StoredProblem[];
}

export interface AuditVerificationReport {
  ok: boolean;
  events: number;
  head: { seq: number; hash: string } | null;
  firstBroken: BrokenEvent | null;
  brokenLinks: number;
  problems: BrokenEvent[];
  checkpointProblems: CheckpointProblem[];
  warnings: VerificationWarning[];
  /** Snapshots and files re-hashed. */
  stored: StoredContentCheck;
  checkpoints: {
    database: number;
    file: number;
    matched: number;
    latest: { at: string; seq: number } | null;
  };
}

export interface CheckpointSet {
  copies: CheckpointCopy[];
  /** Lines of the file that are not checkpoints (1-based). */
  unreadableLines: number[];
}

/** The checkpoints both copies agree are signed, each once, and what is wrong with the rest. */
export function reconcileCheckpoints(set: CheckpointSet): {
  trusted: SignedCheckpoint[];
  problems: CheckpointProblem[];
  notInFile: number;
} {
  const problems: CheckpointProblem[] = set.unreadableLines.map((line) => ({
    kind: 'unreadable-line',
    line,
  }));
  const trusted = new Map<string, SignedCheckpoint>();
  const inDatabase = new Map<string, SignedCheckpoint>();
  const inFile = new Map<string, SignedCheckpoint>();
  for (const copy of set.copies) {
    const c = copy.checkpoint;
    if (copy.signature === 'invalid') {
      problems.push({ kind: 'forged', checkpointId: c.id, source: copy.source });
      continue;
    }
    if (copy.signature === 'unknown-key') {
      problems.push({
        kind: 'unknown-key',
        checkpointId: c.id,
        source: copy.source,
        keyId: c.keyId,
      });
      continue;
    }
    (copy.source === 'database' ? inDatabase : inFile).set(c.id, c);
    const other = trusted.get(c.id);
    if (other && !sameCheckpoint(other, c)) {
      problems.push({ kind: 'copies-differ', checkpointId: c.id });
    }
    // Both copies are signed; each is compared with the chain.
    if (!other) trusted.set(c.id, c);
    else if (!sameCheckpoint(other, c)) trusted.set(`${c.id}#${copy.source}`, c);
  }
  for (const [id, c] of inFile) {
    if (!inDatabase.has(id)) {
      problems.push({ kind: 'removed-from-database', checkpointId: id, at: c.at, seq: c.seq });
    }
  }
  let notInFile = 0;
  for (const id of inDatabase.keys()) if (!inFile.has(id)) notInFile += 1;
  return { trusted: [...trusted.values()], problems, notInFile };
}

/** Puts the walk and the checkpoint checks together. */
export function buildReport(
  walk: WalkResult,
  set: CheckpointSet,
  reconciled: ReturnType<typeof reconcileCheckpoints>,
  stored: StoredContentCheck,
): AuditVerificationReport {
  const warnings: VerificationWarning[] = [];
  const latest = reconciled.trusted.reduce<SignedCheckpoint | null>(
    (a, c) => (a === null || c.seq > a.seq ? c : a),
    null,
  );
  if (walk.events > 0 && !latest) warnings.push({ kind: 'no-checkpoint' });
  if (reconciled.notInFile > 0) warnings.push({ kind: 'not-in-file', count: reconciled.notInFile });
  if (latest && walk.head && walk.head.seq > latest.seq) {
    warnings.push({
      kind: 'unsigned-tail',
      afterSeq: latest.seq,
      events: walk.events - latest.count,
    });
  }
  const count = (source: 'database' | 'file') =>
    set.copies.filter((c) => c.source === source).length;
  return {
    ok:
      walk.problems.length === 0 &&
      reconciled.problems.length === 0 &&
      stored.problems.length === 0,
    events: walk.events,
    head: walk.head,
    firstBroken: walk.firstBroken,
    brokenLinks: walk.brokenLinks,
    problems: walk.problems.slice(0, 20),
    checkpointProblems: reconciled.problems.slice(0, 20),
    warnings,
    stored: { ...stored, problems: stored.problems.slice(0, 50) },
    checkpoints: {
      database: count('database'),
      file: count('file'),
      matched: walk.matched,
      latest: latest ? { at: latest.at, seq: latest.seq } : null,
    },
  };
}

export { ChainWalker };
