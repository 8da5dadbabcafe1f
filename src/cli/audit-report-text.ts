/** The audit verification report in words, for `npm run audit:verify` (operators read English). */
import type { BrokenEvent } from '../domain/audit/chain-walker.js';
import type {
  AuditVerificationReport,
  CheckpointProblem,
  StoredProblem,
  VerificationWarning,
} from '../domain/audit/verification-report.js';

export function describeBroken(b: BrokenEvent): string {
  switch (b.kind) {
    case 'edited':
      return `event seq ${b.seq} (${b.eventId}) was edited: its content no longer gives its hash`;
    case 'inserted':
      return `event seq ${b.seq} (${b.eventId}) was inserted: the event after it links past it`;
    case 'reordered':
      return `event seq ${b.seq} (${b.eventId}) is out of order: it links to an event found elsewhere in the chain`;
    case 'deleted':
      return b.eventId
        ? `events are missing before seq ${b.seq} (${b.eventId})${b.afterSeq === null ? ' at the start of the chain' : `, after seq ${b.afterSeq}`}: deleted, or seq ${b.afterSeq ?? '–'} was edited and its hash re-computed`
        : `event seq ${b.seq}, signed by a checkpoint, is gone: deleted`;
    case 'rechained':
      return `the chain was re-computed: an event after ${b.afterSeq === null ? 'the start' : `seq ${b.afterSeq}`} and up to seq ${b.toSeq} was changed (checkpoint ${b.checkpointId} of ${b.checkpointAt} signs another hash for seq ${b.toSeq})`;
    case 'miscounted':
      return `checkpoint ${b.checkpointId} counts ${b.checkpointCount} events up to seq ${b.seq}, the chain has ${b.events}: events were inserted or deleted`;
    case 'truncated':
      return `the last events were deleted: the chain ends at ${b.lastSeq === null ? 'nothing' : `seq ${b.lastSeq}`} (${b.events} events), but checkpoint ${b.checkpointId} of ${b.checkpointAt} signs seq ${b.checkpointSeq} (${b.checkpointCount} events)`;
  }
}

export function describeCheckpointProblem(p: CheckpointProblem): string {
  switch (p.kind) {
    case 'forged':
      return `checkpoint ${p.checkpointId} in the ${p.source} has a signature that does not match: forged or altered`;
    case 'unknown-key':
      return `checkpoint ${p.checkpointId} in the ${p.source} is signed with key "${p.keyId}", which is not configured (keep retired keys after the current one)`;
    case 'removed-from-database':
      return `checkpoint ${p.checkpointId} (seq ${p.seq}, ${p.at}) is in the file but was removed from the database`;
    case 'copies-differ':
      return `checkpoint ${p.checkpointId} says one thing in the database and another in the file`;
    case 'unreadable-line':
      return `line ${p.line} of the checkpoint file is not a checkpoint: the file was edited`;
  }
}

export function describeStoredProblem(p: StoredProblem): string {
  if (p.kind === 'snapshot-altered') {
    const against =
      p.against === 'receipt'
        ? 'the hash on its receipt'
        : 'the hash the audit chain recorded at submission';
    return `the snapshot of submission ${p.receiptNumber} (${p.submissionId}) was altered: it hashes to ${p.actual}, not ${p.expected} (${against})`;
  }
  const against =
    p.against === 'upload' ? 'the hash taken at upload' : 'the hash its submitted snapshot names';
  return `the file "${p.fileName}" (${p.attachmentId}) was altered: it hashes to ${p.actual}, not ${p.expected} (${against})`;
}

function describeWarning(w: VerificationWarning): string {
  switch (w.kind) {
    case 'no-checkpoint':
      return 'no checkpoint yet: a re-computed chain or deleted last events would not be noticed';
    case 'not-in-file':
      return `${w.count} checkpoint(s) of the database are not in this machine's checkpoint file (written by another machine, or the file was truncated)`;
    case 'unsigned-tail':
      return `${w.events} event(s) after seq ${w.afterSeq ?? '–'} are not signed by a checkpoint yet; the chain alone protects them`;
  }
}

export function reportLines(report: AuditVerificationReport, checkpointFile: string): string[] {
  const lines = [
    report.ok ? 'Audit trail INTACT.' : 'Audit trail BROKEN.',
    `  events: ${report.events}${report.head ? `, head seq ${report.head.seq} ${report.head.hash}` : ''}`,
    `  checkpoints: ${report.checkpoints.database} in the database, ${report.checkpoints.file} in ${checkpointFile}, ${report.checkpoints.matched} matched the chain`,
  ];
  if (report.firstBroken) lines.push(`  first broken: ${describeBroken(report.firstBroken)}`);
  if (report.brokenLinks > 1) lines.push(`  broken links in all: ${report.brokenLinks}`);
  for (const p of report.problems.slice(1)) lines.push(`  also: ${describeBroken(p)}`);
  for (const p of report.checkpointProblems)
    lines.push(`  checkpoint: ${describeCheckpointProblem(p)}`);
  lines.push(
    `  stored content: ${report.stored.submissions} snapshots and ${report.stored.files} files re-hashed`,
  );
  for (const p of report.stored.problems) lines.push(`  altered: ${describeStoredProblem(p)}`);
  for (const w of report.warnings) lines.push(`  note: ${describeWarning(w)}`);
  return lines;
}
