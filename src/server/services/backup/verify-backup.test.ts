import { describe, expect, it } from 'vitest';
import type { SignedCheckpoint } from '../../../domain/audit/checkpoint.js';
import { splitFileCheckpoints } from './verify-backup.js';

const cp = (id: string, at: string, seq: number): SignedCheckpoint => ({
  id,
  at,
  seq,
  reason: 'periodic',
  hash: 'h',
  count: seq,
  keyId: 'k',
  signature: 's',
});

describe('splitFileCheckpoints', () => {
  const a = cp('a', '2026-12-01T10:00:00.000Z', 5);
  const b = cp('b', '2026-12-01T11:00:00.000Z', 9);
  const c = cp('c', '2026-12-01T12:00:00.000Z', 14);

  it('R32: the file checkpoints up to the backup are expected in it, the later ones are what the restore loses', () => {
    expect(splitFileCheckpoints([a, b], [a, b, c])).toEqual({ expected: [a, b], later: [c] });
  });

  it('R32: a checkpoint removed from the backup, older than its newest, is still expected (and so caught)', () => {
    expect(splitFileCheckpoints([b], [a, b, c])).toEqual({ expected: [a, b], later: [c] });
  });

  it('R32: a backup without checkpoints expects none of the file', () => {
    expect(splitFileCheckpoints([], [a])).toEqual({ expected: [], later: [a] });
  });
});
