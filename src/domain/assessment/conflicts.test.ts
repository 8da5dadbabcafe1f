/** R26: conflicts found from registered affiliations, and the § 6 grounds as the assessor sees them. */
import { describe, expect, it } from 'vitest';
import {
  DECLARATION_GROUND_TEXTS,
  DECLARATION_GROUNDS,
  HABILITET_LAW,
  detectConflicts,
  type CaseParties,
} from './conflicts.js';

const parties: CaseParties = {
  institution: { orgnr: '974767880', name: 'Norges teknisk-naturvitenskapelige universitet NTNU' },
  partners: [
    { orgnr: '912345674', name: 'Fjordverk AS' },
    { orgnr: '998877665', name: 'Havstål AS' },
  ],
};

describe('detectConflicts', () => {
  it('R26: an affiliation with the applicant institution is a conflict', () => {
    expect(
      detectConflicts([{ orgnr: '974767880', orgName: 'NTNU', role: 'employee' }], parties),
    ).toEqual([{ orgnr: '974767880', orgName: 'NTNU', role: 'employee', party: 'institution' }]);
  });

  it('R26: an affiliation with any partner company is a conflict', () => {
    expect(
      detectConflicts(
        [
          { orgnr: '998877665', orgName: 'Havstål AS', role: 'board_member' },
          { orgnr: '912345674', orgName: 'Fjordverk AS', role: 'owner' },
        ],
        parties,
      ),
    ).toEqual([
      { orgnr: '998877665', orgName: 'Havstål AS', role: 'board_member', party: 'partner' },
      { orgnr: '912345674', orgName: 'Fjordverk AS', role: 'owner', party: 'partner' },
    ]);
  });

  it('R26: ties to other organisations, or none at all, are no conflict', () => {
    expect(
      detectConflicts([{ orgnr: '923609016', orgName: 'Equinor ASA', role: 'employee' }], parties),
    ).toEqual([]);
    expect(detectConflicts([], parties)).toEqual([]);
    expect(
      detectConflicts([{ orgnr: '974767880', orgName: 'NTNU', role: 'other' }], {
        institution: { orgnr: '971035854', name: 'Universitetet i Bergen' },
        partners: [],
      }),
    ).toEqual([]);
  });

  it('matches on orgnr, not on name, and sees through spaces in the number', () => {
    expect(
      detectConflicts([{ orgnr: '912 345 674', orgName: 'Another name', role: 'other' }], parties),
    ).toEqual([{ orgnr: '912 345 674', orgName: 'Another name', role: 'other', party: 'partner' }]);
    expect(
      detectConflicts([{ orgnr: '111111111', orgName: 'Fjordverk AS', role: 'other' }], parties),
    ).toEqual([]);
  });

  it('two roles in one organisation are two conflicts; institution wins over partner', () => {
    const both: CaseParties = { ...parties, partners: [...parties.partners, parties.institution] };
    expect(
      detectConflicts(
        [
          { orgnr: '974767880', orgName: 'NTNU', role: 'employee' },
          { orgnr: '974767880', orgName: 'NTNU', role: 'board_member' },
        ],
        both,
      ).map((c) => [c.role, c.party]),
    ).toEqual([
      ['employee', 'institution'],
      ['board_member', 'institution'],
    ]);
  });
});

describe('the grounds of forvaltningsloven § 6', () => {
  it('has the five grounds, in order, each in nb, nn and en', () => {
    expect(DECLARATION_GROUNDS).toEqual([
      'party',
      'related_to_party',
      'guardian_or_agent',
      'leads_or_board_of_party',
      'other_special_circumstances',
    ]);
    expect(Object.keys(DECLARATION_GROUND_TEXTS).sort()).toEqual([...DECLARATION_GROUNDS].sort());
    for (const ground of DECLARATION_GROUNDS) {
      const text = DECLARATION_GROUND_TEXTS[ground];
      for (const locale of ['nb', 'nn', 'en'] as const) {
        expect(text[locale].trim().length, `${ground} ${locale}`).toBeGreaterThan(10);
      }
      expect(text.nn, ground).not.toBe(text.nb);
    }
  });

  it('says the grounds in plain words', () => {
    expect(DECLARATION_GROUND_TEXTS.party.nb).toBe('Jeg er selv part i saken');
    expect(DECLARATION_GROUND_TEXTS.other_special_circumstances.nb).toBe(
      'Andre særegne forhold kan svekke tilliten til at jeg er upartisk',
    );
    expect(DECLARATION_GROUND_TEXTS.party.nn).toBe('Eg er sjølv part i saka');
  });

  it('cites § 6 in all three languages', () => {
    expect(HABILITET_LAW.requirementId).toBe('R26');
    expect(HABILITET_LAW.reference.nb).toBe('Forvaltningsloven § 6');
    expect(HABILITET_LAW.citation.nb).toContain('ugild');
    expect(HABILITET_LAW.citation.nn).toContain('ugild');
    expect(HABILITET_LAW.citation.en).toContain('disqualified');
  });
});
