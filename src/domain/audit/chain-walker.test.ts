import { describe, expect, it } from 'vitest';
import { ChainWalker, GENESIS_HASH, type ChainRow } from './chain-walker.js';
import type { SignedCheckpoint } from './checkpoint.js';

/** A chain of `n` events, seq 10, 20, …, hashes h1…hn, each linked to the one before. */
function chain(n: number): ChainRow[] {
  return Array.from({ length: n }, (_, i) => ({
    seq: (i + 1) * 10,
    id: `e${i + 1}`,
    prevHash: i === 0 ? GENESIS_HASH : `h${i}`,
    hash: `h${i + 1}`,
    computedHash: `h${i + 1}`,
  }));
}

function at(rows: ChainRow[], i: number): ChainRow {
  const row = rows[i];
  if (!row) throw new Error(`no row ${i}`);
  return row;
}

function checkpoint(seq: number, hash: string, count: number): SignedCheckpoint {
  return {
    id: `c${seq}`,
    at: '2021-09-20T10:00:00Z',
    reason: 'test',
    seq,
    hash,
    count,
    keyId: 'k',
    signature: 's',
  };
}

function walk(rows: ChainRow[], checkpoints: SignedCheckpoint[] = [], foundElsewhere = false) {
  const walker = new ChainWalker(checkpoints);
  for (const row of rows) walker.push(row);
  return walker.finish(foundElsewhere);
}

describe('the chain walker (R32)', () => {
  it('passes an intact chain and its checkpoints', () => {
    const result = walk(chain(5), [checkpoint(30, 'h3', 3), checkpoint(50, 'h5', 5)]);
    expect(result).toMatchObject({
      events: 5,
      firstBroken: null,
      matched: 2,
      head: { seq: 50, hash: 'h5' },
    });
  });

  it('names an edited event', () => {
    const rows = chain(5);
    rows[2] = { ...at(rows, 2), computedHash: 'other' };
    expect(walk(rows).firstBroken).toEqual({ kind: 'edited', seq: 30, eventId: 'e3' });
  });

  it('names an event slipped in, linked correctly or not', () => {
    const rows = chain(4);
    const forged = { seq: 25, id: 'x', prevHash: 'h2', hash: 'hx', computedHash: 'hx' };
    expect(walk([...rows.slice(0, 2), forged, ...rows.slice(2)]).firstBroken).toEqual({
      kind: 'inserted',
      seq: 25,
      eventId: 'x',
    });
    const garbage = { ...forged, prevHash: 'nothing' };
    expect(walk([...rows.slice(0, 2), garbage, ...rows.slice(2)]).firstBroken).toEqual({
      kind: 'inserted',
      seq: 25,
      eventId: 'x',
    });
  });

  it('names a reordered event when its predecessor is elsewhere, a deletion when it is gone', () => {
    const rows = chain(4);
    const swapped = [
      at(rows, 0),
      { ...at(rows, 2), seq: 20 },
      { ...at(rows, 1), seq: 30 },
      at(rows, 3),
    ];
    const walker = new ChainWalker([]);
    for (const row of swapped) walker.push(row);
    expect(walker.lookupNeeded()).toBe('h2');
    expect(walker.finish(true).firstBroken).toEqual({ kind: 'reordered', seq: 20, eventId: 'e3' });
    const deleted = [at(rows, 0), at(rows, 2), at(rows, 3)];
    expect(walk(deleted).firstBroken).toEqual({
      kind: 'deleted',
      seq: 30,
      eventId: 'e3',
      afterSeq: 10,
    });
  });

  it('catches a re-computed chain and deleted last events with the checkpoints', () => {
    const rechained = chain(6).map((r) =>
      r.seq >= 40
        ? {
            ...r,
            hash: `r${r.seq}`,
            computedHash: `r${r.seq}`,
            prevHash: r.seq === 40 ? 'h3' : `r${r.seq - 10}`,
          }
        : r,
    );
    expect(
      walk(rechained, [checkpoint(20, 'h2', 2), checkpoint(60, 'h6', 6)]).firstBroken,
    ).toMatchObject({
      kind: 'rechained',
      seq: 21,
      afterSeq: 20,
      toSeq: 60,
    });
    expect(walk(chain(4), [checkpoint(60, 'h6', 6)]).firstBroken).toMatchObject({
      kind: 'truncated',
      seq: 41,
      lastSeq: 40,
      checkpointSeq: 60,
      checkpointCount: 6,
      events: 4,
    });
    expect(walk([], [checkpoint(60, 'h6', 6)]).firstBroken).toMatchObject({
      kind: 'truncated',
      lastSeq: null,
    });
  });
});
