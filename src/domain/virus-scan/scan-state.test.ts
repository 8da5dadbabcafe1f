import { describe, expect, it } from 'vitest';
import {
  awaitsScan,
  canMoveScanState,
  isOfferable,
  SCAN_STATES,
  toScanState,
} from './scan-state.js';

describe('virus-scan states', () => {
  it('moves only from pending, to a verdict', () => {
    expect(canMoveScanState('pending', 'clean')).toBe(true);
    expect(canMoveScanState('pending', 'infected')).toBe(true);
    expect(canMoveScanState('pending', 'failed')).toBe(true);
    for (const from of SCAN_STATES.filter((s) => s !== 'pending')) {
      for (const to of SCAN_STATES) expect(canMoveScanState(from, to)).toBe(false);
    }
    expect(SCAN_STATES.filter(awaitsScan)).toEqual(['pending']);
  });

  it('hands out only a clean file, or one stored without a scanner', () => {
    expect(SCAN_STATES.filter(isOfferable)).toEqual(['clean', 'not_scanned']);
  });

  it('reads an unknown stored value as waiting, never as clean', () => {
    expect(toScanState('CLEAN')).toBe('pending');
    expect(toScanState('')).toBe('pending');
    expect(toScanState('infected')).toBe('infected');
  });
});
