import { describe, expect, it } from 'vitest';
import { deriveCaseStatus, formalResultOf } from './case-status.js';

const base = {
  formalResult: 'passed' as const,
  assignmentStatuses: [] as string[],
  submittedAssessments: 0,
  consensusRecorded: false,
  assessorsPerCase: 2,
};

describe('case status', () => {
  it('R23: a case waits for its formal check, and a confirmed error proposes rejection', () => {
    expect(deriveCaseStatus({ ...base, formalResult: 'pending' })).toBe('formal_check');
    expect(deriveCaseStatus({ ...base, formalResult: 'proposed_rejection' })).toBe(
      'proposed_rejection',
    );
    expect(formalResultOf([{ severity: 'warning', decision: null }])).toBe('pending');
    expect(formalResultOf([{ severity: 'warning', decision: 'confirmed' }])).toBe('passed');
    expect(formalResultOf([{ severity: 'error', decision: 'overruled' }])).toBe('passed');
    expect(formalResultOf([{ severity: 'error', decision: 'confirmed' }])).toBe(
      'proposed_rejection',
    );
    expect(formalResultOf([])).toBe('passed');
  });

  it('R26: assessors removed for a conflict do not count towards the panel', () => {
    expect(deriveCaseStatus({ ...base, assignmentStatuses: ['active', 'removed_conflict'] })).toBe(
      'awaiting_assessors',
    );
    expect(
      deriveCaseStatus({ ...base, assignmentStatuses: ['active', 'awaiting_declaration'] }),
    ).toBe('in_assessment');
  });

  it('R24: assessed when every current assessor has submitted, then consensus', () => {
    const two = { ...base, assignmentStatuses: ['active', 'active'] };
    expect(deriveCaseStatus({ ...two, submittedAssessments: 1 })).toBe('in_assessment');
    expect(deriveCaseStatus({ ...two, submittedAssessments: 2 })).toBe('assessed');
    expect(
      deriveCaseStatus({
        ...base,
        assignmentStatuses: ['active', 'removed_conflict'],
        submittedAssessments: 1,
      }),
    ).toBe('assessed');
    expect(deriveCaseStatus({ ...two, submittedAssessments: 2, consensusRecorded: true })).toBe(
      'consensus_recorded',
    );
  });
});
