/**
 * Walks the audit chain in sequence order and names the first broken event (R32, docs/adr/0013):
 * edited (its content no longer gives its hash), inserted (its successor links past it),
 * reordered (it links to an event found elsewhere in the chain), deleted (it links to an event
 * that is gone), re-chained (a signed checkpoint says the chain had another hash at that point)
 * or truncated (a signed checkpoint names events past the chain's end).
 *
 * Pure: the caller hashes each event's stored body (`computedHash`), checks the checkpoints'
 * signatures and answers the one lookup the walker asks for. Rows come in batches, so a long
 * chain is never held in memory.
 */
import type { SignedCheckpoint } from './checkpoint.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainRow {
  seq: number;
  id: string;
  prevHash: string;
  hash: string;
  /** SHA-256 of the row's stored body after its stored `prevHash`, computed by the caller. */
  computedHash: string;
}

export type BrokenEvent =
  | { kind: 'edited' | 'inserted' | 'reordered'; seq: number; eventId: string }
  | {
      kind: 'deleted';
      /** The event after the gap, or the sequence a checkpoint names that is gone. */
      seq: number;
      eventId: string | null;
      /** The last intact event before the gap; null at the chain's start. */
      afterSeq: number | null;
    }
  | {
      kind: 'rechained';
      /** Where the change lies: after `afterSeq` (the last checkpoint that matched, or none) … */
      seq: number;
      afterSeq: number | null;
      /** … up to the checkpoint that no longer matches. */
      toSeq: number;
      checkpointId: string;
      checkpointAt: string;
    }
  | {
      kind: 'miscounted';
      seq: number;
      checkpointCount: number;
      events: number;
      checkpointId: string;
    }
  | {
      kind: 'truncated';
      /** The first sequence missing after the chain's end. */
      seq: number;
      lastSeq: number | null;
      checkpointSeq: number;
      checkpointCount: number;
      events: number;
      checkpointId: string;
      checkpointAt: string;
    };

interface LinkFacts {
  row: { seq: number; id: string };
  claimed: string;
  before: { seq: number; id: string; hash: string } | null;
  beforeBeforeHash: string | null;
  nextPrevHash?: string;
}

export interface WalkResult {
  events: number;
  head: { seq: number; hash: string } | null;
  /** Rows whose hash or link is wrong (every one, not only the first). */
  brokenLinks: number;
  problems: BrokenEvent[];
  firstBroken: BrokenEvent | null;
  /** Checkpoints compared with the chain and found matching it. */
  matched: number;
}

export class ChainWalker {
  private events = 0;
  private prev: { seq: number; id: string; hash: string } | null = null;
  private prevPrevHash: string | null = null;
  private brokenLinks = 0;
  private firstEdited: { seq: number; id: string } | null = null;
  private firstLink: LinkFacts | null = null;
  private waitingForNext = false;
  private readonly bySeq = new Map<number, SignedCheckpoint[]>();
  private readonly checkpointProblems: BrokenEvent[] = [];
  private readonly visited = new Set<string>();
  private lastGood: number | null = null;
  private matched = 0;

  /** `checkpoints`: the ones whose signature is valid, each once. */
  constructor(private readonly checkpoints: readonly SignedCheckpoint[]) {
    for (const c of checkpoints) this.bySeq.set(c.seq, [...(this.bySeq.get(c.seq) ?? []), c]);
  }

  push(row: ChainRow): void {
    this.events += 1;
    if (this.waitingForNext && this.firstLink) {
      this.firstLink.nextPrevHash = row.prevHash;
      this.waitingForNext = false;
    }
    const expected = this.prev?.hash ?? GENESIS_HASH;
    if (row.computedHash !== row.hash) {
      this.brokenLinks += 1;
      if (!this.firstEdited && !this.firstLink) this.firstEdited = { seq: row.seq, id: row.id };
    } else if (row.prevHash !== expected) {
      this.brokenLinks += 1;
      if (!this.firstEdited && !this.firstLink) {
        this.firstLink = {
          row: { seq: row.seq, id: row.id },
          claimed: row.prevHash,
          before: this.prev,
          beforeBeforeHash: this.prevPrevHash,
        };
        this.waitingForNext = true;
      }
    }
    for (const c of this.bySeq.get(row.seq) ?? []) {
      this.visited.add(c.id);
      if (c.hash !== row.hash) {
        this.checkpointProblems.push({
          kind: 'rechained',
          seq: this.lastGood === null ? Number.MIN_SAFE_INTEGER : this.lastGood + 0.5,
          afterSeq: this.lastGood,
          toSeq: row.seq,
          checkpointId: c.id,
          checkpointAt: c.at,
        });
      } else if (c.count !== this.events) {
        this.checkpointProblems.push({
          kind: 'miscounted',
          seq: row.seq,
          checkpointCount: c.count,
          events: this.events,
          checkpointId: c.id,
        });
      } else {
        this.lastGood = row.seq;
        this.matched += 1;
      }
    }
    this.prevPrevHash = this.prev?.hash ?? GENESIS_HASH;
    this.prev = { seq: row.seq, id: row.id, hash: row.hash };
  }

  /**
   * The hash to look for elsewhere in the chain before `finish`, or null: the first broken link
   * names a predecessor that is not the one before it.
   */
  lookupNeeded(): string | null {
    const f = this.firstLink;
    if (!f || (f.before && f.claimed === f.beforeBeforeHash)) return null;
    return f.claimed;
  }

  /** `claimedFoundElsewhere`: whether the hash of `lookupNeeded` is some event's hash. */
  finish(claimedFoundElsewhere = false): WalkResult {
    const problems: BrokenEvent[] = [...this.checkpointProblems];
    if (this.firstEdited) {
      problems.push({ kind: 'edited', seq: this.firstEdited.seq, eventId: this.firstEdited.id });
    } else if (this.firstLink) {
      problems.push(classifyLink(this.firstLink, claimedFoundElsewhere));
    }
    const lastSeq = this.prev?.seq ?? null;
    const unvisited = this.checkpoints.filter((c) => !this.visited.has(c.id));
    const past = unvisited.filter((c) => lastSeq === null || c.seq > lastSeq);
    const furthest = past.reduce<SignedCheckpoint | null>(
      (a, c) => (a === null || c.seq > a.seq ? c : a),
      null,
    );
    if (furthest) {
      problems.push({
        kind: 'truncated',
        seq: lastSeq === null ? Number.MIN_SAFE_INTEGER : lastSeq + 0.5,
        lastSeq,
        checkpointSeq: furthest.seq,
        checkpointCount: furthest.count,
        events: this.events,
        checkpointId: furthest.id,
        checkpointAt: furthest.at,
      });
    }
    for (const c of unvisited.filter((u) => !past.includes(u))) {
      problems.push({ kind: 'deleted', seq: c.seq, eventId: null, afterSeq: null });
    }
    problems.sort((a, b) => a.seq - b.seq);
    return {
      events: this.events,
      head: this.prev ? { seq: this.prev.seq, hash: this.prev.hash } : null,
      brokenLinks: this.brokenLinks,
      problems: problems.map(withWholeSeq),
      firstBroken: problems[0] ? withWholeSeq(problems[0]) : null,
      matched: this.matched,
    };
  }
}

function classifyLink(f: LinkFacts, claimedFoundElsewhere: boolean): BrokenEvent {
  // The event before links correctly, but this one links past it: that one was slipped in.
  if (f.before && f.claimed === f.beforeBeforeHash) {
    return { kind: 'inserted', seq: f.before.seq, eventId: f.before.id };
  }
  if (claimedFoundElsewhere) return { kind: 'reordered', seq: f.row.seq, eventId: f.row.id };
  // This one links to nothing, and the next one links past it: it was slipped in.
  if (f.nextPrevHash !== undefined && f.nextPrevHash === (f.before?.hash ?? GENESIS_HASH)) {
    return { kind: 'inserted', seq: f.row.seq, eventId: f.row.id };
  }
  return { kind: 'deleted', seq: f.row.seq, eventId: f.row.id, afterSeq: f.before?.seq ?? null };
}

/** Sorting keys between two sequences become the next whole one, as shown to people. */
function withWholeSeq(p: BrokenEvent): BrokenEvent {
  if (Number.isInteger(p.seq)) return p;
  if (p.seq === Number.MIN_SAFE_INTEGER) return { ...p, seq: 1 };
  return { ...p, seq: Math.ceil(p.seq) };
}
