import { describe, expect, it } from 'vitest';
import type { AllocationCase, ScenarioEntry } from '../allocation/model.js';
import type { Finding } from '../rules/finding.js';
import { legalTrack, LegalTrackUnknownError } from './legal-track.js';
import {
  decisionOutcomeOf,
  outcomeFromAllocation,
  OutcomeError,
  type FormalCheckRecord,
} from './outcome.js';

const call = { decision: { reserveListValidUntil: '2021-12-31' } } as Parameters<
  typeof outcomeFromAllocation
>[3];

const theCase: AllocationCase = {
  caseId: 'c1',
  caseNumber: 'SAK-KOMP21-0001',
  title: 'Sveising for havvind',
  institutionOrgnr: '954831604',
  institutionName: 'Høyskolen Kristiania',
  county: '03',
  appliedNok: 1_000_000,
  holistic: 'fund',
  meanScore: 5.5,
  budgetLines: [],
};
const entry = (over: Partial<ScenarioEntry>): ScenarioEntry => ({
  caseId: 'c1',
  placement: 'main',
  grantNok: 1_000_000,
  reduction: null,
  reservePosition: null,
  departureReason: null,
  ...over,
});
const passed: FormalCheckRecord = { result: 'passed', confirmed: [] };
const finding: Finding = {
  ruleId: 'signedAgreementRequired',
  requirementId: 'R10',
  severity: 'error',
  path: 'attachments',
  message: { nb: 'mangler', nn: 'manglar', en: 'missing' },
  citation: {
    nb: 'Det skal legges ved …',
    nn: 'Det skal leggjast ved …',
    en: 'Must be attached …',
  },
};

describe('outcome from the approved allocation (R28)', () => {
  it('grants in full on the main list at the amount applied for: innvilget', () => {
    const outcome = outcomeFromAllocation(entry({}), theCase, passed, call);
    expect(outcome).toEqual({ kind: 'innvilget', appliedNok: 1_000_000, grantNok: 1_000_000 });
    expect(decisionOutcomeOf(outcome)).toBe('innvilget');
  });

  it('grants less than applied, with the reduction: delvis_innvilget', () => {
    const reduction = { reason: 'Rammen er brukt opp', cuts: [{ lineId: 'l1', cutNok: 200_000 }] };
    const outcome = outcomeFromAllocation(
      entry({ grantNok: 800_000, reduction }),
      theCase,
      passed,
      call,
    );
    expect(outcome).toEqual({
      kind: 'delvis_innvilget',
      appliedNok: 1_000_000,
      grantNok: 800_000,
      reduction,
    });
  });

  it('gives a reserve notice with the place and the call’s last day for the list', () => {
    const outcome = outcomeFromAllocation(
      entry({ placement: 'reserve', grantNok: null, reservePosition: 2 }),
      theCase,
      passed,
      call,
    );
    expect(outcome).toEqual({
      kind: 'reserve',
      appliedNok: 1_000_000,
      position: 2,
      validUntil: '2021-12-31',
    });
    expect(decisionOutcomeOf(outcome)).toBeNull();
  });

  it('refuses a case placed as refused: avslatt', () => {
    const outcome = outcomeFromAllocation(
      entry({ placement: 'refused', grantNok: null }),
      theCase,
      passed,
      call,
    );
    expect(outcome).toEqual({ kind: 'avslatt', appliedNok: 1_000_000 });
  });

  it('rejects on a confirmed formal finding, whatever the allocation: avvist', () => {
    const confirmed = [{ finding, reason: 'Avtalen er ikke signert av virksomhetene.' }];
    const check: FormalCheckRecord = { result: 'proposed_rejection', confirmed };
    expect(outcomeFromAllocation(null, theCase, check, call)).toEqual({
      kind: 'avvist',
      appliedNok: 1_000_000,
      findings: confirmed,
    });
  });

  it.each([
    [null, passed, 'SAK-KOMP21-0001: not placed in the approved allocation'],
    [entry({}), { result: 'pending', confirmed: [] }, 'the formal check is not finished'],
    [null, { result: 'proposed_rejection', confirmed: [] }, 'without a confirmed finding'],
    [entry({ caseId: 'c2' }), passed, 'the entry is for another case (c2)'],
    [entry({ grantNok: null }), passed, 'without a grant in whole kroner'],
    [entry({ grantNok: 1_000_001 }), passed, 'is above the 1000000 applied for'],
    [entry({ grantNok: 900_000 }), passed, "a reduced grant needs the reduction's reason"],
    [entry({ placement: 'reserve', grantNok: null }), passed, 'without a position'],
  ] as const)('refuses an entry it cannot read: %#', (e, check, message) => {
    expect(() => outcomeFromAllocation(e, theCase, check as FormalCheckRecord, call)).toThrow(
      OutcomeError,
    );
    expect(() => outcomeFromAllocation(e, theCase, check as FormalCheckRecord, call)).toThrow(
      message,
    );
  });
});

describe('legal track from the register (R28)', () => {
  it('gives a private institution an enkeltvedtak and a state body a tilskuddsbrev', () => {
    const kristiania = { orgnr: '954831604', name: 'Høyskolen Kristiania' };
    const ntnu = { orgnr: '974767880', name: 'NTNU' };
    expect(legalTrack({ ...kristiania, administrativeBody: false })).toBe('enkeltvedtak');
    expect(legalTrack({ ...ntnu, administrativeBody: true })).toBe('tilskuddsbrev');
  });

  it('never guesses when the register does not know', () => {
    const unknown = { orgnr: '123456785', name: 'Ukjent', administrativeBody: null };
    expect(() => legalTrack(unknown)).toThrow(LegalTrackUnknownError);
    expect(() => legalTrack(unknown)).toThrow('administrative_body is not known for Ukjent');
  });
});
