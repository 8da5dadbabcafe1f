/** R26: a conflict registered after the assignment bars the assessor; an override covers only its own ties. */
import { describe, expect, it } from 'vitest';
import type { CaseParties, Conflict } from './conflicts.js';
import { standingConflicts } from './standing-conflicts.js';

const parties: CaseParties = {
  institution: { orgnr: '974767880', name: 'NTNU' },
  partners: [{ orgnr: '968430777', name: 'Fjordstål Verft AS' }],
};
const atNtnu = { orgnr: '974767880', orgName: 'NTNU', role: 'employee' as const };
const atPartner = { orgnr: '968430777', orgName: 'Fjordstål Verft AS', role: 'employee' as const };
const partnerConflict: Conflict = { ...atPartner, party: 'partner' };

describe('standingConflicts', () => {
  it('R26: a tie registered after a clean assignment is a standing conflict', () => {
    expect(
      standingConflicts([atNtnu], parties, { conflictsAtAssignment: [], overrideReason: null }),
    ).toEqual([{ ...atNtnu, party: 'institution' }]);
  });

  it('R26: a tie the officer overrode when assigning does not bar the assessor again', () => {
    expect(
      standingConflicts([atPartner], parties, {
        conflictsAtAssignment: [partnerConflict],
        overrideReason: 'Ingen annen fagekspert har kompetansen.',
      }),
    ).toEqual([]);
  });

  it('R26: an override does not cover a new tie registered later', () => {
    expect(
      standingConflicts([atPartner, atNtnu], parties, {
        conflictsAtAssignment: [partnerConflict],
        overrideReason: 'Ingen annen fagekspert har kompetansen.',
      }),
    ).toEqual([{ ...atNtnu, party: 'institution' }]);
  });

  it('R26: ties with organisations outside the case are no conflict', () => {
    expect(
      standingConflicts([{ orgnr: '991544712', orgName: 'Annen AS', role: 'owner' }], parties, {
        conflictsAtAssignment: [],
        overrideReason: null,
      }),
    ).toEqual([]);
  });
});
